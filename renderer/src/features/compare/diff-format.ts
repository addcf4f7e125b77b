import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/format';
import { ABSENT, type DiffRow } from './diff-scenarios';

/** Values that are fractions and read as percentages. */
const SHARES = new Set([
  'benefit.share',
  'benefit.nonWageCostRate',
  'eligibility.exclusionError',
  'eligibility.share',
  'coverage.start',
  'coverage.full',
  'adminRate',
  'start',
  'full',
  'realGrowth',
  'inflation',
  'revenuePctGdp',
  'expenditurePctGdp',
  'fiscal.interestRate',
  'fiscal.debtCeilingPctGdp',
]);

/** Shares by prefix: current spending by function, % of GDP. */
const SHARE_PREFIXES = ['fiscal.currentSpendingPctGdp.'];

/** Values that are years: shown without thousands separators. */
const YEARS = new Set(['coverage.startYear', 'coverage.fullYear', 'startYear', 'fullYear']);

/** Values that name one of a list of choices, translated through that list's section. */
const CHOICES: Record<string, string> = {
  sex: 'sex',
  kind: 'kind',
  'benefit.basis': 'basis',
  'benefit.indexation': 'indexation',
};

/** The same, for the fields of items of other lists (crisis measures). */
const LIST_CHOICES: Record<string, string> = {
  kind: 'compare.crisisKind',
  unit: 'compare.crisisUnit',
};

/** Fields of list items that are fractions. */
const LIST_SHARES = new Set(['share', 'adminRate']);

/** The field of a row as an i18n key: dots would be read as nesting, so they become "_". */
function fieldKey(field: string): string {
  return field.replace(/\./g, '_');
}

/** "Universal child benefit › Benefit level", "Raise tax revenue › Full year", "Years". */
export function diffLabel(row: DiffRow, t: TFunction): string {
  const field = row.section === 'assumptions' ? row.path.replace(/^assumptions\.?/, '') : row.field;
  const group = row.section === 'list' ? row.list : row.section;
  const own = field
    ? t(`compare.field.${group}.${fieldKey(field)}`, { defaultValue: field })
    : t(`compare.field.present`);
  if (row.list) return `${sectionTitle(row, t)} › ${own}`;
  if (row.section === 'assumptions') return `${t('compare.field.assumptionsTitle')} › ${own}`;
  return own;
}

/** The benefit's own label, the financing option in the user's language, "Crisis measure “…”". */
export function sectionTitle(row: DiffRow, t: TFunction): string {
  if (row.section === 'financing') {
    const option = row.key.replace(/#\d+$/, '');
    return t(`option.${option}`, { defaultValue: row.sectionLabel || option });
  }
  if (row.section === 'list') {
    const list = t(`compare.field.lists.${row.list}`, { defaultValue: row.list });
    return `${list} “${row.sectionLabel || row.key}”`;
  }
  return row.sectionLabel || row.key;
}

function percent(v: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(v);
}

function plain(v: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(v);
}

/** A value of a diff row as a reader expects it: shares as %, years as years, choices in words. */
export function formatDiffValue(
  row: DiffRow,
  value: unknown,
  absent: boolean,
  t: TFunction,
  locale: string,
): string {
  if (absent) return ABSENT;
  const field = row.section === 'assumptions' ? row.path.replace(/^assumptions\.?/, '') : row.field;
  if (!field && row.list) return t('compare.value.present');
  if (row.section === 'list' && typeof value === 'string' && LIST_CHOICES[field]) {
    return t(`${LIST_CHOICES[field]}.${value}`, { defaultValue: value });
  }
  if (field === 'years' && Array.isArray(value) && value.length === 2) {
    return `${String(value[0])}–${String(value[1])}`;
  }
  if (field === 'ages' && Array.isArray(value) && value.length === 2) {
    return t('compare.value.ages', { from: value[0] as number, to: value[1] as number });
  }
  if (field === 'enabled' && typeof value === 'boolean') {
    return value ? t('compare.value.included') : t('compare.value.leftOut');
  }
  if (field === 'eligibility.targeting') {
    if (value === null) return t('targeting.universal');
    if (value === 'poverty') return t('targeting.poverty');
    if (typeof value === 'number') return `${t('targeting.share')}: ${percent(value, locale)}`;
  }
  if (field === 'eligibility.prevalence') {
    if (value === null) return t('prevalence.none');
    if (typeof value === 'string') return t(`prevalence.${value}`, { defaultValue: value });
  }
  if (row.section !== 'list' && typeof value === 'string' && CHOICES[field]) {
    return t(`${CHOICES[field]}.${value}`, { defaultValue: value });
  }
  if (typeof value === 'boolean') return value ? t('compare.value.yes') : t('compare.value.no');
  if (value === null) return t('compare.value.none');
  const one = (v: unknown): string => {
    if (typeof v !== 'number') return typeof v === 'string' ? v : JSON.stringify(v);
    if (YEARS.has(field)) return String(v);
    const share =
      row.section === 'list'
        ? LIST_SHARES.has(field)
        : SHARES.has(field) || SHARE_PREFIXES.some((p) => field.startsWith(p));
    if (share) return percent(v, locale);
    if (field === 'fxPerUsd' || field === 'benefit.amount') return formatNumber(v, locale, 2);
    return plain(v, locale);
  };
  if (Array.isArray(value)) {
    const shown = value.slice(0, 6).map(one).join('; ');
    return value.length > 6 ? `${shown}; … (${value.length})` : shown;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return one(value);
}
