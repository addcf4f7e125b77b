/**
 * The benefit editor and the saved file follow the kind's descriptor (src/engine/vocabulary), not its
 * name: a new kind gets the right fields without touching the editor. Every kind is reachable from the
 * "add benefit" menu, which lists the bundled templates.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BENEFIT_KINDS, benefitKind, type BenefitKind, type BenefitSpec } from '#engine';
import templates from '../../models/benefit-templates.json';
import { BenefitEditor } from '../../renderer/src/features/benefits/BenefitEditor';
import { benefitToFile } from '../../renderer/src/stores/draft';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { startedStore } from './fake-app';

afterEach(cleanup);

/** The draft's benefit of a kind, added from its template when the default package has none. */
function benefitOfKind(
  store: AppStore,
  kind: BenefitKind,
): { benefit: BenefitSpec; index: number } {
  const find = () => store.getState().draft!.benefits.findIndex((b) => b.kind === kind);
  if (find() < 0) {
    const template = templates.templates.find((t) => t.benefit.kind === kind)!;
    store.getState().benefitAdded(template.id);
  }
  const index = find();
  return { benefit: store.getState().draft!.benefits[index]!, index };
}

function renderEditor(store: AppStore, kind: BenefitKind) {
  const { benefit, index } = benefitOfKind(store, kind);
  render(
    <StoreProvider store={store}>
      <BenefitEditor benefit={benefit} index={index} />
    </StoreProvider>,
  );
  return screen.getByTestId('benefit-editor');
}

describe('every kind can be added', () => {
  it('has a template in models/benefit-templates.json, which the "add benefit" menu lists', () => {
    const templated = new Set(templates.templates.map((t) => t.benefit.kind));
    const missing = BENEFIT_KINDS.filter((k) => !templated.has(k));
    expect(missing, 'add a template for these kinds to models/benefit-templates.json').toEqual([]);
  });
});

describe('the benefit editor shows the fields of the kind', () => {
  it.each(BENEFIT_KINDS)(
    '%s: months, non-wage cost, formulas and mothers as its descriptor says',
    async (kind) => {
      const { store } = await startedStore();
      const editor = within(renderEditor(store, kind));
      const d = benefitKind(kind);
      expect(editor.queryByTestId('months') !== null, 'months').toBe(d.fixedMonths === null);
      expect(editor.queryByText('Non-wage costs') !== null, 'non-wage').toBe(d.allowsNonWageCost);
      expect(editor.queryByText('Formulas') !== null, 'formulas').toBe(d.allowsFormula);
      expect(editor.queryByText('Mothers from age') !== null, 'mothers').toBe(d.base === 'births');
      expect(editor.queryByText('Sex') === null, 'sex').toBe(d.base === 'births');
    },
  );

  it('maternity asks for the mothers\u2019 ages; health offers only GDP per capita or a fixed amount', async () => {
    const { store } = await startedStore();
    expect(within(renderEditor(store, 'maternity')).getByText('Mothers from age')).toBeTruthy();
    cleanup();
    const health = within(renderEditor(store, 'health'));
    const basis = health.getByTestId<HTMLSelectElement>('basis');
    expect([...basis.options].map((o) => o.value)).toEqual(['gdpPerCapita', 'fixed']);
  });
});

describe('a benefit in file form', () => {
  it("writes the non-wage cost only for kinds that allow one, the function only where it is not the kind's own", async () => {
    const { store } = await startedStore();
    const file = (kind: BenefitKind) => benefitToFile(benefitOfKind(store, kind).benefit);
    const money = (kind: BenefitKind) => file(kind).benefit as Record<string, unknown>;
    // Employment guarantees carry a non-wage cost (0 unless set); child benefits never do.
    expect('nonWageCostRate' in money('unemployment')).toBe(true);
    expect('nonWageCostRate' in money('child')).toBe(false);
    // The custom template names "children"; a child benefit falls back on its kind's own function.
    expect(file('custom').function).toBe('children');
    expect('function' in file('child')).toBe(false);
  });

  it("keeps a function the file chose over the kind's own (maternity counted under health)", async () => {
    // A file may count maternity cash toward current health spending; saving must not drop that
    // choice and silently move the benefit back to the "maternity" function of the gap analysis.
    const { store } = await startedStore();
    const maternity = benefitOfKind(store, 'maternity').benefit;
    expect(benefitToFile({ ...maternity, function: 'health' }).function).toBe('health');
    expect('function' in benefitToFile({ ...maternity, function: 'maternity' })).toBe(false);
  });
});
