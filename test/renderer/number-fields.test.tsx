import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BenefitsPage } from '../../renderer/src/features/benefits/BenefitsPage';
import { CellInput } from '../../renderer/src/features/country/NumberInput';
import { NumberCell } from '../../renderer/src/features/pension/NumberCell';
import { ListField } from '../../renderer/src/features/population/ListField';
import { readLocaleNumber } from '../../renderer/src/lib/format';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import en from '../../renderer/src/i18n/locales/en.json';
import es from '../../renderer/src/i18n/locales/es.json';
import fr from '../../renderer/src/i18n/locales/fr.json';
import { settle, startedStore } from './fake-app';

describe('readLocaleNumber', () => {
  it('reads grouping marks only before groups of three digits', () => {
    expect(readLocaleNumber('1,500', 'en')).toEqual({ kind: 'number', value: 1500 });
    expect(readLocaleNumber('1,234,567.25', 'en')).toEqual({ kind: 'number', value: 1234567.25 });
    expect(readLocaleNumber('25.5', 'en')).toEqual({ kind: 'number', value: 25.5 });
    expect(readLocaleNumber('-10', 'en')).toEqual({ kind: 'number', value: -10 });
    // French: comma decimal, spaces (narrow no-break from Intl) or points group.
    expect(readLocaleNumber('1\u202f234,5', 'fr')).toEqual({ kind: 'number', value: 1234.5 });
    expect(readLocaleNumber('1.500', 'fr')).toEqual({ kind: 'number', value: 1500 });
    expect(readLocaleNumber('25,5', 'fr')).toEqual({ kind: 'number', value: 25.5 });
    // Spanish: "1.234,5" as Intl writes it.
    expect(readLocaleNumber('1.234,5', 'es')).toEqual({ kind: 'number', value: 1234.5 });
  });

  it('refuses a decimal mark of the other convention instead of reading it as grouping', () => {
    // Before: "25,5" in English became 255 (the comma dropped as a thousands separator).
    expect(readLocaleNumber('25,5', 'en')).toEqual({ kind: 'wrongDecimal', suggestion: '25.5' });
    expect(readLocaleNumber('1,50', 'en')).toEqual({ kind: 'wrongDecimal', suggestion: '1.50' });
    expect(readLocaleNumber('25.5', 'es')).toEqual({ kind: 'wrongDecimal', suggestion: '25,5' });
    expect(readLocaleNumber('25.5', 'fr')).toEqual({ kind: 'wrongDecimal', suggestion: '25,5' });
    expect(readLocaleNumber('1,234,5', 'en')).toEqual({ kind: 'notNumber' });
    expect(readLocaleNumber('-', 'en')).toEqual({ kind: 'notNumber' });
    expect(readLocaleNumber('  ', 'en')).toEqual({ kind: 'empty' });
  });

  it('has the decimal hint in the three languages', () => {
    expect(en.usability.wrongDecimal).toBe('Use a point for decimals: {{suggestion}}');
    expect(fr.usability.wrongDecimal).toContain('virgule');
    expect(es.usability.wrongDecimal).toContain('coma');
  });
});

async function renderBenefits(): Promise<AppStore> {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <BenefitsPage />
    </StoreProvider>,
  );
  return store;
}

/** Types text one character at a time, as a user does, then leaves the field (Tab). */
async function typeThenTab(testId: string, text: string): Promise<HTMLInputElement> {
  const input = screen.getByTestId<HTMLInputElement>(testId);
  await act(async () => {
    fireEvent.focus(input);
    for (let i = 1; i <= text.length; i++) {
      fireEvent.change(input, { target: { value: text.slice(0, i) } });
    }
    fireEvent.blur(input);
    await settle();
  });
  return input;
}

function errorOf(input: HTMLInputElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.role === 'alert');
  return error?.textContent ?? null;
}

const child = (store: AppStore) => store.getState().draft!.benefits[0]!;

describe('number fields keep what the user typed', () => {
  it('keeps 150 in "Coverage in the start year" with its message, costing the last valid 15%', async () => {
    const store = await renderBenefits();
    // models/scenarios/default.json: the child benefit starts at 20% coverage in 2026.
    expect(child(store).coverage.start).toBe(0.2);
    const input = await typeThenTab('start-coverage', '150');
    // Before the fix, Tab put back "15" (the last valid keystroke) and hid the message.
    expect(input.value).toBe('150');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(input)).toBe('Must be at most 100');
    // "1" then "15" were valid keystrokes: 15% is the last valid value and keeps costing.
    expect(child(store).coverage.start).toBe(0.15);
  });

  it('keeps 999999 in "From age" and -10 with their messages until corrected', async () => {
    const store = await renderBenefits();
    let input = await typeThenTab('age-from', '999999');
    expect(input.value).toBe('999999');
    expect(errorOf(input)).toBe('Must be at most 100');
    // "9" and "99" were valid; "999" onwards is over 100.
    expect(child(store).ages[0]).toBe(99);

    input = await typeThenTab('age-from', '-10');
    expect(input.value).toBe('-10');
    expect(errorOf(input)).toBe('Must be at least 0');
    expect(child(store).ages[0]).toBe(99);

    // Corrected: the value is stored and the field shows it without a message.
    input = await typeThenTab('age-from', '5');
    expect(input.value).toBe('5');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(errorOf(input)).toBeNull();
    expect(child(store).ages[0]).toBe(5);
  });

  it('refuses "25,5" in English with the decimal hint, and drops an invalid entry on undo', async () => {
    const store = await renderBenefits();
    const input = await typeThenTab('start-coverage', '25,5');
    expect(input.value).toBe('25,5');
    expect(errorOf(input)).toBe('Use a point for decimals: 25.5');
    // "2" and "25" were valid keystrokes; 255% was never stored (before the fix it was 2.55).
    expect(child(store).coverage.start).toBe(0.25);
    await act(async () => {
      store.getState().undoRequested();
      await settle();
    });
    // Undo restores the 20% of the default scenario, and the field shows it again.
    expect(child(store).coverage.start).toBe(0.2);
    expect(input.value).toBe('20');
    expect(errorOf(input)).toBeNull();
  });
});

describe('every number input shares that rule', () => {
  it('a pension table cell, a population list and a country table cell keep invalid text after Tab', async () => {
    const stored: unknown[] = [];
    render(
      <>
        <NumberCell
          value={0.05}
          scale={100}
          label="Rate"
          testId="cell"
          onChange={(v) => stored.push(v)}
        />
        <ListField label="Path" value={[2.9, 2.7]} testId="list" onChange={(v) => stored.push(v)} />
        <CellInput
          value={0.03}
          rule={{ scale: 100, digits: 2, min: -100, minExclusive: true, max: 1000 }}
          label="Inflation"
          unit="%"
          testId="macro"
          onCommit={(v) => stored.push(v)}
        />
      </>,
    );
    // Typed as a whole (paste), then Tab: each stays as typed, with its message, and nothing is stored.
    const cell = await typeThenTab('cell', '7,5');
    expect(cell.value).toBe('7,5');
    expect(errorOf(cell)).toBe('Use a point for decimals: 7.5');
    const list = await typeThenTab('list', '2.9; x');
    expect(list.value).toBe('2.9; x');
    expect(errorOf(list)).not.toBeNull();
    const macro = await typeThenTab('macro', '2,5');
    expect(macro.value).toBe('2,5');
    expect(errorOf(macro)).toBe('Use a point for decimals: 2.5');
    // Only valid prefixes were stored, keystroke by keystroke: "7" (0.07); the list "2", "2.", "2.9",
    // "2.9;" and "2.9; " ([2], [2], then [2.9] three times); "2" (0.02). "7,", "2.9; x", "2," were not.
    expect(stored).toEqual([0.07, [2], [2], [2.9], [2.9], [2.9], 0.02]);
  });
});
