/**
 * docs/formats.md holds the tables of benefit kinds and financing options that scripts/vocabulary-docs.ts
 * writes from the engine's vocabulary: a kind or option added without regenerating the docs fails here,
 * naming the command to run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  benefitKindsTable,
  financingOptionsTable,
  GENERATE_DOCS_COMMAND,
  markdownTable,
  VOCABULARY_DOC,
  withVocabularyTables,
} from '../../scripts/vocabulary-docs';

const doc = () => readFileSync(new URL(`../../${VOCABULARY_DOC}`, import.meta.url), 'utf8');

describe('the vocabulary tables of the documentation', () => {
  it(`are what the descriptors write (run ${GENERATE_DOCS_COMMAND} after changing a kind or an option)`, () => {
    const published = doc();
    expect(
      published === withVocabularyTables(published),
      `${VOCABULARY_DOC} is out of date with src/engine/vocabulary: run ${GENERATE_DOCS_COMMAND}`,
    ).toBe(true);
  });

  it('lays a table out as Prettier does: columns as wide as their widest cell, at least 3', () => {
    // Column 1: "a" and "bbbb" -> width 4; column 2: "x" and "y" -> the minimum, 3.
    expect(markdownTable(['a', 'x'], [['bbbb', 'y']])).toBe(
      ['| a    | x   |', '| ---- | --- |', '| bbbb | y   |'].join('\n'),
    );
  });

  it("writes each kind's descriptor: maternity counts births, health pays 12 fixed months", () => {
    const rows = benefitKindsTable().split('\n');
    const row = (kind: string) =>
      rows
        .find((r) => r.startsWith(`| \`${kind}\``))!
        .split('|')
        .map((c) => c.trim());
    // Cells: '', kind, label, counts, ages, months, prevalence, function, formula, non-wage cost, ''.
    expect(row('maternity').slice(3, 8)).toEqual([
      "births (mothers' ages)",
      '15-49',
      '4',
      '—',
      '`maternity`',
    ]);
    expect(row('health').slice(5, 7)).toEqual(['12 (fixed)', '`healthUncovered`']);
    expect(row('custom').slice(7, 10)).toEqual(['(named by the benefit)', 'yes', 'yes']);
  });

  it('writes each option: borrowing alone adds to the debt, aid alone is not domestic', () => {
    const cells = (option: string) =>
      financingOptionsTable()
        .split('\n')
        .find((r) => r.startsWith(`| \`${option}\``))!
        .split('|')
        .map((c) => c.trim())
        .slice(3, 6);
    expect(cells('borrowing')).toEqual(['finances a deficit', 'yes', 'yes']);
    expect(cells('aid')).toEqual(['new revenue', 'no', 'no']);
  });

  it('refuses a document whose markers are gone rather than skipping the table', () => {
    expect(() => withVocabularyTables('# no tables here\n')).toThrow(/markers .* missing/);
  });
});
