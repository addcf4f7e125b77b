/**
 * The tables of benefit kinds and financing options in docs/formats.md, written from the engine's
 * vocabulary (src/engine/vocabulary) so the documentation cannot drift from the descriptors.
 * `npm run generate:docs` rewrites them between their marker comments; a test fails when they are
 * out of date.
 */
import {
  BENEFIT_KINDS,
  benefitKind,
  FINANCING_OPTION,
  FINANCING_OPTIONS,
  type BalanceRole,
} from '#engine';

/** The documentation file holding the generated tables, relative to the repository root. */
export const VOCABULARY_DOC = 'docs/formats.md';
export const GENERATE_DOCS_COMMAND = 'npm run generate:docs';

const BEGIN = (table: string) =>
  `<!-- ${table}:begin (written by ${GENERATE_DOCS_COMMAND} from src/engine/vocabulary; do not edit) -->`;
const END = (table: string) => `<!-- ${table}:end -->`;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const code = (text: string) => `\`${text}\``;

const ROLE_WORDS: Record<BalanceRole, string> = {
  newRevenue: 'new revenue',
  reallocation: 'redirects existing spending',
  deficit: 'finances a deficit',
};

/**
 * A Markdown table laid out as Prettier lays it out (each column as wide as its widest cell, at least
 * 3), so that `prettier --check` accepts the generated file as it is.
 */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, c) => Math.max(3, h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** One row per benefit kind: what it counts and its defaults. */
export function benefitKindsTable(): string {
  const rows = BENEFIT_KINDS.map((name) => {
    const d = benefitKind(name);
    const months = d.fixedMonths === null ? String(d.months) : `${d.fixedMonths} (fixed)`;
    return [
      code(name),
      d.label,
      d.base === 'births' ? "births (mothers' ages)" : 'persons',
      `${d.ages[0]}-${d.ages[1]}`,
      months,
      d.prevalence === null ? '—' : code(d.prevalence),
      d.function === null ? '(named by the benefit)' : code(d.function),
      yesNo(d.allowsFormula),
      yesNo(d.allowsNonWageCost),
    ];
  });
  return markdownTable(
    [
      'kind',
      'label',
      'counts',
      'default ages',
      'months',
      'prevalence',
      'spending function',
      'formula',
      'non-wage cost',
    ],
    rows,
  );
}

/** One row per financing option: its role in the balance, whether it is domestic, adds to debt. */
export function financingOptionsTable(): string {
  const rows = FINANCING_OPTIONS.map((name) => {
    const d = FINANCING_OPTION[name];
    return [code(name), d.label, ROLE_WORDS[d.role], yesNo(d.domestic), yesNo(d.addsToDebt)];
  });
  return markdownTable(['option', 'label', 'role', 'domestic', 'adds to debt'], rows);
}

const TABLES = { 'benefit-kinds': benefitKindsTable, 'financing-options': financingOptionsTable };

/**
 * The document with each generated table replaced between its markers. Throws when a marker is
 * missing, so a moved or deleted table is noticed rather than silently skipped.
 */
export function withVocabularyTables(doc: string): string {
  let out = doc;
  for (const [name, table] of Object.entries(TABLES)) {
    const begin = out.indexOf(BEGIN(name));
    const end = out.indexOf(END(name));
    if (begin < 0 || end < begin) {
      throw new Error(`${VOCABULARY_DOC}: the markers of the ${name} table are missing`);
    }
    out = `${out.slice(0, begin)}${BEGIN(name)}\n\n${table()}\n\n${out.slice(end)}`;
  }
  return out;
}
