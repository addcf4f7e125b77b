import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from '../../components/fields';
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
  const [editing, setEditing] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);

  const apply = (raw: string) => {
    setEditing(raw);
    const parts = raw.trim().replace(/;\s*$/, '').split(SEPARATOR);
    const values = parts.map((p) => parseLocaleNumber(p, locale));
    if (parts.length === 0 || values.some((v) => v === null)) {
      setLocalError(t('population.editor.listInvalid'));
      return;
    }
    setLocalError(null);
    onChange((values as number[]).map((v) => v / scale));
  };

  const shownError = localError ?? error;
  return (
    <FieldFrame id={id} label={label} unit={unit} help={help} error={shownError ?? undefined}>
      <input
        id={id}
        className="input input--list"
        type="text"
        value={editing ?? shown()}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={help ? `${id}-help` : undefined}
        data-testid={testId}
        onFocus={() => setEditing(shown())}
        onBlur={() => {
          setEditing(null);
          setLocalError(null);
        }}
        onChange={(e) => apply(e.target.value)}
      />
    </FieldFrame>
  );
}
