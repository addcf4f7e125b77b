import { useTranslation } from 'react-i18next';

/**
 * The formulas of docs/methodology.md in short. The equations are written once here (they read the
 * same in every language); the explanations are translated.
 */
const STEPS: { key: string; equations: string[] }[] = [
  {
    key: 'country',
    equations: [
      'GDP[t] = GDP[t−1] × (1 + g[t]) × (1 + π[t])',
      'I[t] = I[t−1] × (1 + π[t]),  I[y0] = 1',
      'W[t] = GDPpc[t] / GDPpc[y0]',
    ],
  },
  {
    key: 'eligible',
    equations: [
      'E[t] = Σ over sex s and age a in [a0, a1] of P[t][s][a] × F[s][a]',
      'F = prevalence × targeting × (1 − e) × pension test × share',
    ],
  },
  { key: 'coverage', equations: ['N[t] = E[t] × c[t]'] },
  {
    key: 'amount',
    equations: ['u[t] = share × basis[t] × months / 12'],
  },
  {
    key: 'cost',
    equations: ['X[t] = N[t] × u[t],  A[t] = adm × X[t]', 'C[t] = X[t] + NW[t] + A[t]'],
  },
  {
    key: 'shares',
    equations: ['% of GDP = C / GDP', '% of government expenditure = C / (exp × GDP)'],
  },
  {
    key: 'financing',
    equations: [
      'resources[o][t] = share[o][t] × GDP[t]',
      'gap[t] = max(0, C[t] − Σ resources[o][t])',
      'balance after = R + new revenue − (G − reallocation) − C',
    ],
  },
  { key: 'debt', equations: ['B[t] = B[t−1] × (1 + i) + borrowing[t]'] },
  { key: 'spendingGap', equations: ['gap[f] = max(0, cost[f] − current spending[f])'] },
  { key: 'crisis', equations: ['cost per month = recipients × amount × (1 + adm)'] },
];

export function MethodologySection() {
  const { t } = useTranslation();
  return (
    <section
      className="report-section"
      data-testid="report-methodology"
      aria-labelledby="methodology-title"
    >
      <h2 id="methodology-title">{t('report.methodology.title')}</h2>
      <p>{t('report.methodology.intro')}</p>
      {STEPS.map((s) => (
        <div key={s.key} className="report-method">
          <h3>{t(`report.methodology.${s.key}.title`)}</h3>
          <p>{t(`report.methodology.${s.key}.text`)}</p>
          {s.equations.map((e) => (
            <p key={e} className="report-equation">
              {e}
            </p>
          ))}
        </div>
      ))}
      <p className="report-note">{t('report.methodology.more')}</p>
    </section>
  );
}
