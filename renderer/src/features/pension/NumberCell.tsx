import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from '../../components/fields';
import { parseLocaleNumber } from '../../lib/format';

/**
 * The text of a number input in the user's format: what they type while the input has the focus,
 * the stored value otherwise. Every valid keystroke is applied; `undefined` means left empty.
 */
function useLocaleNumber(
  value: number | undefined,
  scale: number,
  digits: number,
  optional: boolean,
  onChange: (v: number | undefined) => void,
) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const shown = () =>
    value === undefined
      ? ''
      : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(
          Number((value * scale).toFixed(digits)),
        );
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    text: editing ?? shown(),
    error,
    onFocus: () => setEditing(shown()),
    onBlur: () => {
      setEditing(null);
      setError(null);
    },
    onChange: (raw: string) => {
      setEditing(raw);
      if (optional && raw.trim() === '') {
        setError(null);
        onChange(undefined);
        return;
      }
      const n = parseLocaleNumber(raw, locale);
      if (n === null) {
        setError(t('field.notNumber'));
        return;
      }
      setError(null);
      onChange(n / scale);
    },
  };
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

/** A number in a table cell: the column header is its visible label. */
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
  const bad = invalid === true || f.error !== null;
  return (
    <input
      className={`input input--number input--cell${bad ? ' input--invalid' : ''}`}
      type="text"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={bad ? true : undefined}
      title={f.error ?? undefined}
      value={f.text}
      data-testid={testId}
      onFocus={f.onFocus}
      onBlur={f.onBlur}
      onChange={(e) => f.onChange(e.target.value)}
    />
  );
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
        aria-describedby={help ? `${id}-help` : undefined}
        data-testid={testId}
        onFocus={f.onFocus}
        onBlur={f.onBlur}
        onChange={(e) => f.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
