/** Number formatting by the user's language, with the unit always stated. */

export type Unit = 'nominal' | 'real' | 'usd' | 'pctGdp';

export function formatNumber(value: number, locale: string, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(fraction: number, locale: string, digits = 2): string {
  if (!Number.isFinite(fraction)) return '–';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(fraction);
}

/** Large amounts in millions, which is how costing tables are read in ministries. */
export function formatMillions(value: number, locale: string): string {
  return formatNumber(value / 1e6, locale, Math.abs(value) < 1e8 ? 1 : 0);
}

/** Compact amounts for big numbers on screen: "1.2 bn", "345 M". */
export function formatCompact(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** What a user typed into a number field, read in their language's conventions. */
export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'notNumber' }
  /** The grouping mark used as a decimal one ("25,5" in English): refused, with the fix. */
  | { kind: 'wrongDecimal'; suggestion: string };

/**
 * The decimal mark of the language (Intl), and the other of comma and point as the grouping mark:
 * "1,500.5" in English, "1.500,5" in Spanish and French (which also group with spaces).
 */
function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  return { decimal, group: decimal === ',' ? '.' : ',' };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a number typed in the user's language. A grouping mark counts only before exact groups of
 * three digits ("1,500" is 1500 in English), so a decimal comma typed in English ("25,5") is refused
 * rather than silently read as 255; spaces (also no-break and narrow no-break) are grouping.
 */
export function readLocaleNumber(text: string, locale: string): NumberReading {
  const { decimal, group } = separators(locale);
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { kind: 'empty' };
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  const wellFormed = new RegExp(
    `^([-+]?)(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([-+]?\\d+))?$`,
  );
  const m = wellFormed.exec(compact);
  if (m && (m[2] !== '' || (m[3] ?? '') !== '')) {
    const digits = m[2]!.split(group).join('') || '0';
    const value = Number(`${m[1]}${digits}.${m[3] || '0'}e${m[4] ?? '0'}`);
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'notNumber' };
  }
  if (new RegExp(`^[-+]?\\d*${g}\\d+$`).test(compact)) {
    return { kind: 'wrongDecimal', suggestion: compact.replace(group, decimal) };
  }
  return { kind: 'notNumber' };
}

/** Reads a number typed by a user in their locale ("1 234,5" in French, "1,234.5" in English). */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const r = readLocaleNumber(text, locale);
  return r.kind === 'number' ? r.value : null;
}
