/**
 * JSON text for a country file: indented like JSON.stringify(v, null, 2), but a list of numbers
 * (a population row, a series) stays on one line, so a file of 36 years x 202 ages stays readable.
 */
export function formatCountryJson(value: unknown): string {
  return `${format(value, '')}\n`;
}

function isFlat(list: readonly unknown[]): boolean {
  return list.every(
    (v) =>
      v === null ||
      typeof v !== 'object' ||
      (Array.isArray(v) && v.length <= 4 && v.every((x) => typeof x === 'number')),
  );
}

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (isFlat(value)) {
      return `[${value.map((v) => (Array.isArray(v) ? `[${v.join(', ')}]` : JSON.stringify(v))).join(', ')}]`;
    }
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
