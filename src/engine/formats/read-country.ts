import { codedIssue } from '../messages';
import { COUNTRY_FORMAT, countrySchema, type CountryData } from './country-schema';
import { formatPath, type Issue, type ReadResult } from './issues';
import { parseWith } from './parse-with';

function checkFormat(input: unknown, prefix: PropertyKey[], expected: string): Issue | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return codedIssue(formatPath(prefix), 'format.mustBeObject', { expected });
  }
  const format = (input as Record<string, unknown>).format;
  if (format === expected) return null;
  const path = formatPath([...prefix, 'format']);
  if (format === undefined) return codedIssue(path, 'format.required', { expected });
  // Only a higher version number is newer: "spf.country/0" or "spf.country/x" is just wrong.
  const family = expected.slice(0, expected.lastIndexOf('/') + 1);
  const version =
    typeof format === 'string' && format.startsWith(family)
      ? Number(format.slice(family.length))
      : NaN;
  if (typeof format === 'string' && version > Number(expected.slice(family.length))) {
    return codedIssue(path, 'format.newer', { format, expected });
  }
  return codedIssue(path, 'format.wrong', { expected, found: String(JSON.stringify(format)) });
}

export { checkFormat };

function checkYears(years: readonly number[], path: string, issues: Issue[]): void {
  for (let i = 1; i < years.length; i++) {
    if (years[i] !== years[i - 1]! + 1) {
      issues.push(
        codedIssue(`${path}[${i}]`, 'country.yearsConsecutive', {
          expected: years[i - 1]! + 1,
          found: years[i]!,
        }),
      );
      return;
    }
  }
}

function checkLength(
  actual: number,
  expected: number,
  path: string,
  what: string,
  issues: Issue[],
): void {
  if (actual !== expected) {
    const code = what === 'value' ? 'country.oneValuePerYear' : 'country.oneRowPerYear';
    issues.push(codedIssue(path, code, { expected, found: actual }));
  }
}

/** Checks that go beyond the shape of the file: aligned series, consecutive years, the base year present. */
function checkCountryConsistency(c: CountryData, prefix: string): Issue[] {
  const issues: Issue[] = [];
  const p = (s: string) => (prefix ? `${prefix}.${s}` : s);
  const pop = c.population;
  checkYears(pop.years, p('population.years'), issues);
  checkLength(
    pop.female.length,
    pop.years.length,
    p('population.female'),
    'row of 101 numbers',
    issues,
  );
  checkLength(
    pop.male.length,
    pop.years.length,
    p('population.male'),
    'row of 101 numbers',
    issues,
  );
  if (c.births) {
    checkYears(c.births.years, p('births.years'), issues);
    checkLength(c.births.values.length, c.births.years.length, p('births.values'), 'value', issues);
  }
  const m = c.macro;
  checkYears(m.years, p('macro.years'), issues);
  if (!m.years.includes(c.baseYear)) {
    issues.push(codedIssue(p('macro.years'), 'country.macroBaseYear', { baseYear: c.baseYear }));
  }
  for (const key of [
    'gdp',
    'realGrowth',
    'inflation',
    'revenuePctGdp',
    'expenditurePctGdp',
    'fxPerUsd',
    'debtPctGdp',
    'povertyLine',
    'minimumWage',
    'averageWage',
  ] as const) {
    const series = m[key];
    if (series) checkLength(series.length, m.years.length, p(`macro.${key}`), 'value', issues);
  }
  checkPovertyLines(c, p, issues);
  return issues;
}

/**
 * `povertyLines` replaces the earlier `povertyLine` + `rates.poverty`: a file with both would say two
 * things about the same line, and a line given twice would leave the choice ambiguous.
 */
function checkPovertyLines(c: CountryData, p: (s: string) => string, issues: Issue[]): void {
  const lines = c.povertyLines;
  if (!lines) return;
  for (const old of ['povertyLine', 'rates.poverty'] as const) {
    const given = old === 'povertyLine' ? c.povertyLine : c.rates?.poverty;
    if (given !== undefined) {
      issues.push({
        path: p(old),
        message:
          'must be left out when povertyLines is given: give the amount and headcount of each line in povertyLines',
      });
    }
  }
  lines.forEach((l, i) => {
    const first = lines.findIndex((o) => o.id === l.id);
    if (first !== i) {
      issues.push({
        path: p(`povertyLines[${i}].id`),
        message: `"${l.id}" is given twice (also at povertyLines[${first}])`,
      });
    }
  });
}

/** Warnings about values that are allowed but probably wrong. */
function plausibilityWarnings(c: CountryData, prefix: string): Issue[] {
  const warnings: Issue[] = [];
  const first = c.population.female[0];
  const firstMale = c.population.male[0];
  if (first && firstMale) {
    const total = [...first, ...firstMale].reduce((s, v) => s + v, 0);
    if (total > 0 && total < 50_000) {
      warnings.push(
        codedIssue(
          prefix ? `${prefix}.population` : 'population',
          'country.populationInThousands',
          {
            year: c.population.years[0]!,
            total: Math.round(total),
          },
        ),
      );
    }
  }
  return warnings;
}

/**
 * Reads a `spf.country/1` object: checks its shape and consistency and returns every problem with its
 * field path. `prefix` locates an inline country inside a scenario (`country`).
 */
export function readCountry(input: unknown, prefix: PropertyKey[] = []): ReadResult<CountryData> {
  const formatIssue = checkFormat(input, prefix, COUNTRY_FORMAT);
  if (formatIssue) return { ok: false, issues: [formatIssue], warnings: [] };
  const parsed = parseWith(countrySchema, input, prefix);
  if (!parsed.ok) return { ok: false, issues: parsed.errors, warnings: parsed.warnings };
  const prefixText = formatPath(prefix);
  const issues = checkCountryConsistency(parsed.value, prefixText);
  const warnings = [...parsed.warnings, ...plausibilityWarnings(parsed.value, prefixText)];
  if (issues.length > 0) return { ok: false, issues, warnings };
  return { ok: true, value: parsed.value, warnings };
}
