import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseLocaleNumber } from '../lib/format';

interface FieldFrameProps {
  id: string;
  label: string;
  unit?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/** Label, input, unit and help side by side, with the error (if any) under them. */
export function FieldFrame({ id, label, unit, help, error, children }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="field__control">
        {children}
        {unit ? <span className="field__unit">{unit}</span> : null}
      </div>
      {help ? (
        <p className="field__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** Shown value = stored value x scale (100 shows a fraction as a percentage). */
  scale?: number;
  /** Thousands separators (off for years). */
  grouping?: boolean;
  digits?: number;
  min?: number;
  max?: number;
  unit?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
  testId?: string;
}

/**
 * A number typed in the user's own format ("1 234,5" in French). Every valid keystroke updates the
 * scenario, so results follow as the user types; out-of-range values are shown and not applied.
 */
export function NumberField({
  label,
  value,
  onChange,
  scale = 1,
  grouping = true,
  digits = 2,
  min,
  max,
  unit,
  help,
  error,
  testId,
}: NumberFieldProps) {
  const { i18n, t } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  const shown = (v: number) => trim(v * scale, digits, locale, grouping);
  // While the user types, the input shows their text; otherwise it shows the stored value.
  const [editing, setEditing] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const text = editing ?? shown(value);

  const apply = (raw: string) => {
    setEditing(raw);
    const n = parseLocaleNumber(raw, locale);
    if (n === null) {
      setLocalError(t('field.notNumber'));
      return;
    }
    if (min !== undefined && n < min) {
      setLocalError(t('field.atLeast', { min: formatNumber(min, locale, digits) }));
      return;
    }
    if (max !== undefined && n > max) {
      setLocalError(t('field.atMost', { max: formatNumber(max, locale, digits) }));
      return;
    }
    setLocalError(null);
    onChange(n / scale);
  };

  const shownError = localError ?? error;
  return (
    <FieldFrame id={id} label={label} unit={unit} help={help} error={shownError ?? undefined}>
      <input
        id={id}
        className="input input--number"
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={help ? `${id}-help` : undefined}
        data-testid={testId}
        onFocus={() => setEditing(shown(value))}
        onBlur={() => {
          setEditing(null);
          setLocalError(null);
        }}
        onChange={(e) => apply(e.target.value)}
      />
    </FieldFrame>
  );
}

function trim(v: number, digits: number, locale: string, grouping: boolean): string {
  const rounded = Number(v.toFixed(digits));
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    useGrouping: grouping,
  }).format(rounded);
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  help?: string | undefined;
  error?: string | undefined;
  testId?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  help,
  error,
  testId,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} help={help} error={error}>
      <select
        id={id}
        className="input"
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  help?: string | undefined;
  testId?: string;
}

export function CheckboxField({ label, checked, onChange, help, testId }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <div className="field__control">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          data-testid={testId}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id} className="field__label">
          {label}
        </label>
      </div>
      {help ? <p className="field__help">{help}</p> : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string | undefined;
  testId?: string;
}

export function TextField({ label, value, onChange, help, testId }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} help={help}>
      <input
        id={id}
        className="input"
        type="text"
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
