import type { TFunction } from 'i18next';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readLocaleNumber, type NumberReading } from '../lib/format';

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

/** What a field's text means: a value to store (undefined: left empty), or why it cannot be. */
export type Interpretation<T = number | undefined> =
  { ok: true; value: T } | { ok: false; message: string };

export interface NumberDraft {
  text: string;
  error: string | null;
  onFocus: () => void;
  onBlur: () => void;
  onChange: (raw: string) => void;
}

interface Draft {
  text: string;
  error: string | null;
  /** The stored value's text when the draft was typed: once it changes (undo), the draft is stale. */
  base: string;
}

/**
 * The text of a number input. The field never shows a value the user did not type: valid text is
 * stored at each keystroke (results follow as they type); invalid text stays, with its message, after
 * the field loses the focus, until corrected or undone, while the last valid value keeps costing.
 */
export function useNumberDraft<T = number | undefined>(
  shown: string,
  interpret: (raw: string) => Interpretation<T>,
  commit: (value: T) => void,
): NumberDraft {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [focused, setFocused] = useState(false);
  // An invalid draft left behind is dropped when the stored value changes under it (undo, reload).
  const live = draft !== null && (focused || draft.base === shown) ? draft : null;
  return {
    text: live?.text ?? shown,
    error: live?.error ?? null,
    onFocus: () => {
      setFocused(true);
      if (live === null) setDraft({ text: shown, error: null, base: shown });
    },
    onBlur: () => {
      setFocused(false);
      // Valid text goes back to the stored value in the user's format ("1500" shows "1,500").
      if (live === null || live.error === null) setDraft(null);
    },
    onChange: (raw) => {
      const meaning = interpret(raw);
      if (!meaning.ok) {
        setDraft({ text: raw, error: meaning.message, base: shown });
        return;
      }
      setDraft({ text: raw, error: null, base: shown });
      commit(meaning.value);
    },
  };
}

/** The message for text that is not a number in the user's language, or null if it is one. */
export function numberProblem(reading: NumberReading, t: TFunction): string | null {
  switch (reading.kind) {
    case 'number':
      return null;
    case 'wrongDecimal':
      return t('usability.wrongDecimal', { suggestion: reading.suggestion });
    default:
      return t('field.notNumber');
  }
}

/** The ids that describe an input to screen readers: its error first, then its help. */
export function describedBy(
  id: string,
  error: string | null | undefined,
  help: string | undefined,
) {
  return (
    [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined
  );
}

/** What a table cell's number input shows: its text and its message, from a number draft. */
export interface CellDraft {
  text: string;
  error: string | null;
  onFocus: () => void;
  onBlur: () => void;
  onChange: (text: string) => void;
}

/**
 * A number in a table cell: no visible label (the column header is one), its message under it and
 * tied to it for screen readers. `invalid` marks a value that reads but breaks a rule of the table.
 */
export function CellNumberInput({
  draft,
  label,
  invalid = false,
  testId,
}: {
  draft: CellDraft;
  /** Read by screen readers: the column and the row, e.g. "Inflation, % — 2027". */
  label: string;
  invalid?: boolean;
  testId?: string | undefined;
}) {
  const id = useId();
  const bad = invalid || draft.error !== null;
  return (
    <div className={`cell-input${bad ? ' cell-input--error' : ''}`}>
      <input
        className="input input--number input--cell"
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={bad ? true : undefined}
        aria-describedby={describedBy(id, draft.error, undefined)}
        value={draft.text}
        data-testid={testId}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
        onChange={(e) => draft.onChange(e.target.value)}
      />
      {draft.error ? (
        <span className="cell-input__error" role="alert" id={`${id}-error`}>
          {draft.error}
        </span>
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
  testId?: string | undefined;
}

/**
 * A number typed in the user's own format ("1 234,5" in French). Every valid keystroke updates the
 * scenario, so results follow as the user types; out-of-range values stay shown with their message
 * and are not applied.
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
  const interpret = (raw: string): Interpretation => {
    const reading = readLocaleNumber(raw, locale);
    const problem = numberProblem(reading, t);
    if (reading.kind !== 'number') return { ok: false, message: problem ?? t('field.notNumber') };
    const n = reading.value;
    if (min !== undefined && n < min) {
      return {
        ok: false,
        message: t('field.atLeast', { min: trim(min, digits, locale, grouping) }),
      };
    }
    if (max !== undefined && n > max) {
      return {
        ok: false,
        message: t('field.atMost', { max: trim(max, digits, locale, grouping) }),
      };
    }
    return { ok: true, value: n / scale };
  };
  const f = useNumberDraft(trim(value * scale, digits, locale, grouping), interpret, (v) => {
    if (v !== undefined) onChange(v);
  });

  const shownError = f.error ?? error;
  return (
    <FieldFrame id={id} label={label} unit={unit} help={help} error={shownError ?? undefined}>
      <input
        id={id}
        className="input input--number"
        type="text"
        inputMode="decimal"
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
        className="input input--text"
        type="text"
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
