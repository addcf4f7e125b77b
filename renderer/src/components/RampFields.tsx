import { useTranslation } from 'react-i18next';
import type { Ramp } from '#engine';
import { NumberField } from './fields';

/** The earliest and latest years a scenario field accepts (as the scenario format reads them). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2300;

interface YearFieldProps {
  label: string;
  value: number;
  error?: string | undefined;
  testId?: string | undefined;
  /** Called with a whole year. */
  onChange: (year: number) => void;
}

/** A calendar year: whole, without thousands separators, within the years a scenario accepts. */
export function YearField({ label, value, error, testId, onChange }: YearFieldProps) {
  return (
    <NumberField
      label={label}
      value={value}
      digits={0}
      grouping={false}
      min={FIRST_YEAR}
      max={LAST_YEAR}
      error={error}
      testId={testId}
      onChange={(v) => onChange(Math.round(v))}
    />
  );
}

export type RampField = keyof Ramp;

interface RampFieldsProps {
  ramp: Ramp;
  /** What the ramp's values are: the one in its first year and the one once fully phased in. */
  startLabel: string;
  fullLabel: string;
  /** The unit of the values, shown as percentages (a fraction 0.05 shows as 5). */
  unit: string;
  /** The problems of the two years (the values are bounded by their fields). */
  errors: { startYear?: string | undefined; fullYear?: string | undefined };
  /** Where a test reaches a field. */
  testIds?: Partial<Record<RampField, string>>;
  onChange: (field: RampField, value: number) => void;
}

/**
 * A phase-in: the value in its first year and the value it reaches, linear in between (the engine's
 * Ramp). Benefits ramp their coverage in, financing options their yield in % of GDP.
 */
export function RampFields({
  ramp,
  startLabel,
  fullLabel,
  unit,
  errors,
  testIds = {},
  onChange,
}: RampFieldsProps) {
  const { t } = useTranslation();
  const share = (field: 'start' | 'full', label: string) => (
    <NumberField
      label={label}
      value={ramp[field]}
      scale={100}
      digits={2}
      min={0}
      max={100}
      unit={unit}
      testId={testIds[field]}
      onChange={(v) => onChange(field, v)}
    />
  );
  return (
    <>
      <div className="field-row">
        <YearField
          label={t('benefits.startYear')}
          value={ramp.startYear}
          error={errors.startYear}
          testId={testIds.startYear}
          onChange={(v) => onChange('startYear', v)}
        />
        {share('start', startLabel)}
      </div>
      <div className="field-row">
        <YearField
          label={t('benefits.fullYear')}
          value={ramp.fullYear}
          error={errors.fullYear}
          testId={testIds.fullYear}
          onChange={(v) => onChange('fullYear', v)}
        />
        {share('full', fullLabel)}
      </div>
    </>
  );
}
