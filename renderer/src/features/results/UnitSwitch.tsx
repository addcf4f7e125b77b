import { useTranslation } from 'react-i18next';
import type { Unit } from '../../lib/format';
import { useApp } from '../../stores/store-context';

const UNITS: Unit[] = ['nominal', 'real', 'usd', 'pctGdp'];

/** LCU nominal, base-year prices, USD or % of GDP for every result chart and table. */
export function UnitSwitch() {
  const { t } = useTranslation();
  const unit = useApp((s) => s.unit);
  const change = useApp((s) => s.unitChanged);
  const currency = useApp((s) => s.country?.currency ?? '');
  const baseYear = useApp((s) => s.country?.baseYear ?? '');
  return (
    <div className="segmented" role="radiogroup" aria-label={t('results.unit')}>
      {UNITS.map((u) => (
        <button
          key={u}
          type="button"
          role="radio"
          aria-checked={unit === u}
          className={`segmented__item${unit === u ? ' segmented__item--on' : ''}`}
          data-testid={`unit-${u}`}
          onClick={() => change(u)}
        >
          {t(`unitSwitch.${u}`, { currency, baseYear })}
        </button>
      ))}
    </div>
  );
}
