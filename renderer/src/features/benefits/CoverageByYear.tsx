import { useTranslation } from 'react-i18next';
import {
  coverageFromPoints,
  LIMITS,
  rampPoints,
  type BenefitSpec,
  type Coverage,
  type CoveragePoint,
} from '#engine';
import { NumberField, SelectField } from '../../components/fields';
import { YearField } from '../../components/RampFields';
import type { BenefitGroupProps } from './benefit-group-props';

/** How a benefit's coverage is written: the linear phase-in, or take-up rates by year. */
export type CoverageForm = 'phaseIn' | 'byYear';

export function coverageForm(c: Coverage): CoverageForm {
  return c.byYear ? 'byYear' : 'phaseIn';
}

/**
 * The same coverage in the other form, keeping every year's rate where it can: a phase-in becomes
 * its two points; year-by-year rates become the phase-in from their first point to their last (which
 * their ramp fields already summarise).
 */
export function switchCoverageForm(c: Coverage, to: CoverageForm): Coverage {
  if (to === 'byYear') return c.byYear ? c : coverageFromPoints(rampPoints(c));
  const { byYear: _points, ...ramp } = c;
  return ramp;
}

/** The coverage with one point changed, added or removed; the ramp fields follow the points. */
export function withPoints(points: readonly CoveragePoint[]): Coverage {
  const summary = coverageFromPoints(points);
  // The rows stay in the order typed, so that a row does not jump while its year is being typed;
  // the engine reads them sorted (the file is a map of year to rate).
  return { ...summary, byYear: points.map((p) => ({ ...p })) };
}

/** A new row: the year after the last one given, at the last rate (the path held, so no change). */
export function nextPoint(points: readonly CoveragePoint[], firstYear: number): CoveragePoint {
  if (points.length === 0) return { year: firstYear, rate: 1 };
  const last = points.reduce((a, b) => (b.year > a.year ? b : a));
  return { year: last.year + 1, rate: last.rate };
}

/** Years given more than once: each would overwrite the other in the file. */
function repeatedYears(points: readonly CoveragePoint[]): Set<number> {
  const seen = new Set<number>();
  const twice = new Set<number>();
  for (const p of points) (seen.has(p.year) ? twice : seen).add(p.year);
  return twice;
}

/** The choice between the phase-in and year-by-year rates. */
export function CoverageFormField({ benefit: b, set }: Omit<BenefitGroupProps, 'issue'>) {
  const { t } = useTranslation();
  return (
    <SelectField<CoverageForm>
      label={t('benefits.coverageForm')}
      value={coverageForm(b.coverage)}
      options={[
        { value: 'phaseIn', label: t('benefits.coverageFormPhaseIn') },
        { value: 'byYear', label: t('benefits.coverageFormByYear') },
      ]}
      testId="coverage-form"
      onChange={(to) =>
        set(
          'coverageForm',
          (x: BenefitSpec) => void (x.coverage = switchCoverageForm(x.coverage, to)),
        )
      }
    />
  );
}

/** Year-by-year take-up: one row per year given (year, rate), rows added and removed. */
export function CoverageByYearRows({ benefit: b, set, issue }: BenefitGroupProps) {
  const { t } = useTranslation();
  const points = b.coverage.byYear ?? [];
  const twice = repeatedYears(points);
  const edit = (label: string, change: (p: CoveragePoint[]) => CoveragePoint[]) =>
    set(label, (x) => void (x.coverage = withPoints(change([...(x.coverage.byYear ?? [])]))));
  const firstYear = b.coverage.startYear;
  return (
    <div className="coverage-by-year" data-testid="coverage-by-year">
      {points.map((p, j) => (
        <div className="field-row" key={j}>
          <YearField
            label={t('benefits.byYearYear', { n: j + 1 })}
            value={p.year}
            error={twice.has(p.year) ? t('benefits.byYearTwice', { year: p.year }) : undefined}
            testId={`by-year-year-${j}`}
            onChange={(year) =>
              edit(`byYearYear.${j}`, (ps) => ps.map((q, k) => (k === j ? { ...q, year } : q)))
            }
          />
          <NumberField
            label={t('benefits.byYearRate', { n: j + 1 })}
            value={p.rate}
            scale={100}
            digits={2}
            min={0}
            max={100}
            unit="%"
            error={issue(`coverage.byYear.${p.year}`)}
            testId={`by-year-rate-${j}`}
            onChange={(rate) =>
              edit(`byYearRate.${j}`, (ps) => ps.map((q, k) => (k === j ? { ...q, rate } : q)))
            }
          />
          <button
            type="button"
            className="button button--small"
            disabled={points.length <= 1}
            aria-label={t('benefits.byYearRemove', { year: p.year })}
            data-testid={`by-year-remove-${j}`}
            onClick={() => edit('byYearRemove', (ps) => ps.filter((_, k) => k !== j))}
          >
            {t('benefits.byYearRemoveShort')}
          </button>
        </div>
      ))}
      {issue('coverage.byYear') ? (
        <p className="field__error" role="alert">
          {issue('coverage.byYear')}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--small"
        disabled={points.length >= LIMITS.coverageYears}
        data-testid="by-year-add"
        onClick={() => edit('byYearAdd', (ps) => [...ps, nextPoint(ps, firstYear)])}
      >
        {t('benefits.byYearAdd')}
      </button>
    </div>
  );
}
