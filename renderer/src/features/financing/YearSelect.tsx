import { useId } from 'react';

interface YearSelectProps {
  label: string;
  years: number[];
  value: number;
  onChange: (year: number) => void;
  testId?: string;
}

/** A year of the costing, chosen from a list (typing a year that is not costed is not possible). */
export function YearSelect({ label, years, value, onChange, testId }: YearSelectProps) {
  const id = useId();
  return (
    <div className="fiscal-year">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
