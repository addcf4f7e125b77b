import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CellNumberInput,
  describedBy,
  FieldFrame,
  numberProblem,
  useNumberDraft,
  type Interpretation,
  type NumberDraft,
} from '../../components/fields';
import { readLocaleNumber } from '../../lib/format';

/**
 * A number input's text in the user's format, through the shared draft (fields.tsx): every valid
 * keystroke is applied, invalid text stays with its message; `undefined` means left empty.
 */
function useLocaleNumber(
  value: number | undefined,
  scale: number,
  digits: number,
  optional: boolean,
  onChange: (v: number | undefined) => void,
): NumberDraft {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const shown =
    value === undefined
      ? ''
      : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(
          Number((value * scale).toFixed(digits)),
        );
  const interpret = (raw: string): Interpretation => {
    const reading = readLocaleNumber(raw, locale);
    if (reading.kind === 'empty' && optional) return { ok: true, value: undefined };
    if (reading.kind !== 'number') {
      return { ok: false, message: numberProblem(reading, t) ?? t('field.notNumber') };
    }
    return { ok: true, value: reading.value / scale };
  };
  return useNumberDraft(shown, interpret, onChange);
}

interface NumberCellProps {
  value: number;
  label: string;
  onChange: (v: number) => void;
  scale?: number;
  digits?: number;
  invalid?: boolean;
  testId?: string;
}

/**
 * A number in a table cell: the column header is its visible label; a message about the text typed
 * shows under the input (as in the country tables' cells), tied to it for screen readers.
 */
export function NumberCell({
  value,
  label,
  onChange,
  scale = 1,
  digits = 2,
  invalid,
  testId,
}: NumberCellProps) {
  const f = useLocaleNumber(value, scale, digits, false, (v) => {
    if (v !== undefined) onChange(v);
  });
  return <CellNumberInput draft={f} label={label} invalid={invalid === true} testId={testId} />;
}

interface OptionalNumberFieldProps {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  /** Shown when empty: what the engine uses instead. */
  placeholder: string;
  scale?: number;
  digits?: number;
  unit?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
  testId?: string;
}

/** A labelled number that may be left empty (the engine's default then applies). */
export function OptionalNumberField({
  label,
  value,
  onChange,
  placeholder,
  scale = 1,
  digits = 0,
  unit,
  help,
  error,
  testId,
}: OptionalNumberFieldProps) {
  const id = useId();
  const f = useLocaleNumber(value, scale, digits, true, onChange);
  const shownError = f.error ?? error;
  return (
    <FieldFrame id={id} label={label} unit={unit} help={help} error={shownError ?? undefined}>
      <input
        id={id}
        className="input input--number input--wide"
        type="text"
        inputMode="decimal"
        value={f.text}
        placeholder={placeholder}
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
