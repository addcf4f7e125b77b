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

/** Reads a number typed by a user in their locale ("1 234,5" in French, "1,234.5" in English). */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const cleaned = text
    .trim()
    .replace(/\s|\u00a0|\u202f/g, '')
    .split(group === '.' || group === ',' ? group : '\u0000')
    .join('')
    .replace(decimal, '.');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
