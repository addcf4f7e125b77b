import i18next from 'i18next';
import type { ScenarioDraft } from '../../stores/draft';

/**
 * The description a scenario made from the default package starts with: what it holds and the
 * country it is costed on, in the user's language. Written when the scenario is made, so it never
 * carries the template's words about another country.
 */
export function describeNewScenario(draft: ScenarioDraft, countryName: string): string {
  const benefits = draft.benefits.filter((b) => b.enabled);
  const starts = benefits.map((b) => b.coverage.startYear);
  const fulls = benefits.map((b) => b.coverage.fullYear);
  const facts = {
    count: benefits.length,
    benefits: benefits.map((b) => b.label).join(', '),
    first: draft.years[0],
    last: draft.years[1],
    country: countryName,
    options: draft.financing.length,
  };
  if (benefits.length === 0) return i18next.t('lifecycle.describe.empty', facts);
  return i18next.t('lifecycle.describe.package', {
    ...facts,
    from: Math.min(...starts),
    to: Math.max(...fulls),
  });
}
