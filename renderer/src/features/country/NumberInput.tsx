import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CellNumberInput,
  FieldFrame,
  numberProblem,
  useNumberDraft,
  type Interpretation,
  type NumberDraft,
} from '../../components/fields';
import { formatNumber, readLocaleNumber } from '../../lib/format';
import { checkRange, type RangeProblem, type SeriesRule } from './country-helpers';

type Rule = Pick<SeriesRule, 'scale' | 'digits' | 'min' | 'minExclusive' | 'max'>;

function shownText(value: number | undefined, rule: Rule, locale: string): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const v = Number((value * rule.scale).toFixed(rule.digits));
  return new Intl.NumberFormat(locale, { maximumFractionDigits: rule.digits }).format(v);
}

/**
 * The text of a number input in the user's own format. Every valid keystroke is applied (so results
 * follow as the user types); a value that is not a number or out of range is shown with a message
 * and not applied.
 */
function useNumberText(
  value: number | undefined,
  rule: Rule,
  unit: string,
  onCommit: (stored: number) => void,
): NumberDraft {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const problemText = (p: RangeProblem) =>
    t(`country.error.${p.kind}`, { limit: formatNumber(p.limit, locale, 0), unit });

  const interpret = (raw: string): Interpretation => {
    const reading = readLocaleNumber(raw, locale);
    if (reading.kind === 'wrongDecimal') {
      return { ok: false, message: numberProblem(reading, t) ?? t('country.error.notNumber') };
    }
    if (reading.kind !== 'number') return { ok: false, message: t('country.error.notNumber') };
    const problem = checkRange(reading.value, rule);
    if (problem) return { ok: false, message: problemText(problem) };
    return { ok: true, value: reading.value / rule.scale };
  };
  // Invalid text stays shown with its message (shared draft, fields.tsx) and is not applied.
  return useNumberDraft(shownText(value, rule, locale), interpret, (v) => {
    if (v !== undefined) onCommit(v);
  });
}

interface CellInputProps {
  value: number | undefined;
  rule: Rule;
  /** Read by screen readers: the column and the row, e.g. "Inflation, % — 2027". */
  label: string;
  unit: string;
  onCommit: (stored: number) => void;
  testId?: string;
}

/** A number in a table cell: no visible label (the column header is one), its error under it. */
export function CellInput({ value, rule, label, unit, onCommit, testId }: CellInputProps) {
  const f = useNumberText(value, rule, unit, onCommit);
  return <CellNumberInput draft={f} label={label} testId={testId} />;
}

interface ParamFieldProps {
  label: string;
  value: number | undefined;
  rule: Rule;
  unit: string;
  help?: string;
  onCommit: (stored: number) => void;
  testId?: string;
  placeholder?: string;
}

/** A labelled parameter with its unit and help beside it, like NumberField, but may be empty. */
export function ParamField({
  label,
  value,
  rule,
  unit,
  help,
  onCommit,
  testId,
  placeholder,
}: ParamFieldProps) {
  const id = useId();
  const f = useNumberText(value, rule, unit, onCommit);
  return (
    <FieldFrame id={id} label={label} unit={unit} help={help} error={f.error ?? undefined}>
      <input
        id={id}
        className="input input--number input--wide"
        type="text"
        inputMode="decimal"
        value={f.text}
        placeholder={placeholder}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={
          [f.error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') ||
          undefined
        }
        data-testid={testId}
        onFocus={f.onFocus}
        onBlur={f.onBlur}
        onChange={(e) => f.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
