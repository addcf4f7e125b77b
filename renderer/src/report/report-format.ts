import { formatMillions, formatNumber, formatPercent } from '../lib/format';

/** Number formats of the printed report, in the report's language. */
export interface ReportFormat {
  locale: string;
  /** Fractions as percentages, 2 decimals ("8.85%"). */
  pct: (fraction: number) => string;
  /** Fractions as percentages with at most 1 decimal, for rates and parameters ("5%", "4.6%"). */
  rate: (fraction: number) => string;
  /** LCU in millions. */
  millions: (value: number) => string;
  /** Whole numbers with grouping. */
  whole: (value: number) => string;
  /** Persons in millions, 2 decimals. */
  personsMillions: (value: number) => string;
  number: (value: number, digits: number) => string;
  date: (iso: string) => string;
}

/** A date-only ISO string is a calendar day: shown as such whatever the machine's time zone. */
function formatDate(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(d);
}

/** Rates as people write them: "25%", "4.6%", "0.5%". */
function formatRate(fraction: number, locale: string): string {
  if (!Number.isFinite(fraction)) return '–';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(fraction);
}

export function reportFormat(locale: string): ReportFormat {
  return {
    locale,
    pct: (v) => formatPercent(v, locale, 2),
    rate: (v) => formatRate(v, locale),
    millions: (v) => formatMillions(v, locale),
    whole: (v) => formatNumber(v, locale, 0),
    personsMillions: (v) => formatNumber(v / 1e6, locale, 2),
    number: (v, digits) => formatNumber(v, locale, digits),
    date: (iso) => formatDate(iso, locale),
  };
}
