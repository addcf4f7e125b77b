import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describedBy,
  FieldFrame,
  useNumberDraft,
  type Interpretation,
} from '../../components/fields';
import { parseLocaleNumber } from '../../lib/format';

interface ListFieldProps {
  label: string;
  value: number | number[];
  onChange: (values: number[]) => void;
  unit?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
  digits?: number;
  /** Shown value = stored value x scale (100 shows fractions as percentages). */
  scale?: number;
  testId?: string;
}

const SEPARATOR = /\s*;\s*/;

/**
 * A path of numbers, one a year, typed in the user's format and separated by semicolons (the
 * decimal comma of French and Spanish rules out commas): "2,9; 2,7; 2,5". Applied on every valid
 * keystroke, like NumberField.
 */
export function ListField({
  label,
  value,
  onChange,
  unit,
  help,
  error,
  digits = 4,
  scale = 1,
  testId,
}: ListFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  const shown = () =>
    (typeof value === 'number' ? [value] : value)
      .map((v) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false }).format(
          Number((v * scale).toFixed(digits)),
        ),
      )
      .join('; ');
  const interpret = (raw: string): Interpretation<number[]> => {
    const parts = raw.trim().replace(/;\s*$/, '').split(SEPARATOR);
    const values = parts.map((p) => parseLocaleNumber(p, locale));
    if (values.some((v) => v === null)) {
      return { ok: false, message: t('population.editor.listInvalid') };
    }
    return { ok: true, value: (values as number[]).map((v) => v / scale) };
  };
  // Invalid text stays shown with its message until corrected or undone (fields.tsx).
  const f = useNumberDraft(shown(), interpret, onChange);

  const shownError = f.error ?? error;
  return (
    <FieldFrame id={id} label={label} unit={unit} help={help} error={shownError ?? undefined}>
      <input
        id={id}
        className="input input--list"
        type="text"
        value={f.text}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, shownError, help)}
        data-testid={testId}
        onFocus={f.onFocus}
        onBlur={f.onBlur}
        onChange={(e) => f.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
