import {
  benefitKind,
  coverageToFile,
  readScenario,
  type BenefitSpec,
  type CountryData,
  type DemographyVariantFile,
  type PensionFile,
  type Scenario,
} from '#engine';

/**
 * The scenario being edited: every field explicit, the country named by its code. The pension and
 * demography blocks are kept in their file form, as the user wrote them.
 */
export type ScenarioDraft = Omit<Scenario, 'country' | 'pension' | 'demography'> & {
  country: string;
  pension?: PensionFile;
  demography?: DemographyVariantFile;
};

/** A draft from a scenario file; the country data travel separately. */
export function draftFromFile(
  file: unknown,
): { draft: ScenarioDraft; country: CountryData | null } | null {
  const r = readScenario(file);
  if (!r.ok) return null;
  const { pension: _p, demography: _d, ...s } = r.value;
  const country = typeof s.country === 'string' ? null : s.country;
  const code = typeof s.country === 'string' ? s.country : s.country.code;
  const raw = file as { pension?: PensionFile; demography?: DemographyVariantFile };
  const draft: ScenarioDraft = { ...s, country: code };
  if (raw.pension !== undefined) draft.pension = structuredClone(raw.pension);
  if (raw.demography !== undefined) draft.demography = structuredClone(raw.demography);
  return { draft, country };
}

/** A benefit in file form: every value explicit, except those the format allows only elsewhere. */
export function benefitToFile(b: BenefitSpec): Record<string, unknown> {
  const { formula, function: fn, benefit, coverage, ...rest } = b;
  const { amount, nonWageCostRate, ...money } = benefit;
  // Year-by-year coverage is written as byYear alone: its ramp fields only summarise it.
  const out: Record<string, unknown> = {
    ...rest,
    benefit: money,
    coverage: coverageToFile(coverage),
  };
  if (benefit.basis === 'fixed') out.benefit = { ...money, amount };
  const kind = benefitKind(b.kind);
  if (kind.allowsNonWageCost) {
    (out.benefit as Record<string, unknown>).nonWageCostRate = nonWageCostRate;
  }
  if (formula) out.formula = formula;
  // The function is written unless it is the kind's own (which the reader falls back on), so a
  // file's choice of another function survives a save.
  if (fn && fn !== kind.function) out.function = fn;
  return out;
}

/** A crisis measure in file form: a top-up names either its share or its amount, not both. */
function crisisToFile(c: ScenarioDraft['crisis'][number]): Record<string, unknown> {
  if (c.kind !== 'topUp') return { ...c };
  const { share, amountPerMonth, ...rest } = c;
  return share !== null ? { ...rest, share } : { ...rest, amountPerMonth };
}

/** The spf.scenario/1 file of a draft (what is saved, exported and sent to the engine). */
export function draftToFile(d: ScenarioDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {
    format: 'spf.scenario/1',
    name: d.name,
    country: d.country,
    years: d.years,
    assumptions: d.assumptions,
    benefits: d.benefits.map(benefitToFile),
    financing: d.financing,
    fiscal: d.fiscal,
    crisis: d.crisis.map(crisisToFile),
  };
  if (d.pension !== undefined) out.pension = d.pension;
  if (d.demography !== undefined) out.demography = d.demography;
  if (d.uncertainty !== undefined) out.uncertainty = d.uncertainty;
  if (d.description !== undefined) out.description = d.description;
  if (d.notes !== undefined) out.notes = d.notes;
  if (d.tags !== undefined) out.tags = d.tags;
  return out;
}

/** A fresh copy that an edit can change freely. */
export function cloneDraft(d: ScenarioDraft): ScenarioDraft {
  return structuredClone(d);
}

/** An id not used by any benefit yet: "child", "child-2", ... */
export function freeBenefitId(d: ScenarioDraft, wanted: string): string {
  const used = new Set(d.benefits.map((b) => b.id));
  if (!used.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!used.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}
