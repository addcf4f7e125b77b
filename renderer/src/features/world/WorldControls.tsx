import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_GROUPS, type IncomeGroup } from '#engine';
import { YearSelect } from '../financing/YearSelect';
import type { Metric, WorldFilter } from './world-data';
import { incomeGroupName, regionName } from '../../lib/country-words';

interface WorldControlsProps {
  years: number[];
  year: number;
  onYear: (year: number) => void;
  metric: Metric;
  onMetric: (metric: Metric) => void;
  regions: string[];
  filter: WorldFilter;
  onFilter: (filter: WorldFilter) => void;
  /** While the gap of a new year runs, the year cannot change again. */
  busy: boolean;
}

/** The year of the gap, what the map shows (gap or cost), and the income-group and region filters. */
export function WorldControls(props: WorldControlsProps) {
  const { t } = useTranslation();
  const { filter, onFilter } = props;
  const groupId = useId();
  const regionId = useId();
  return (
    <div className="world-controls" data-testid="world-controls">
      <fieldset className="world-controls__metric" disabled={props.busy}>
        <legend className="field__label">{t('world.metric.label')}</legend>
        {(['gap', 'cost'] as const).map((m) => (
          <label key={m} className="world-controls__choice">
            <input
              type="radio"
              name="world-metric"
              value={m}
              checked={props.metric === m}
              data-testid={`world-metric-${m}`}
              onChange={() => props.onMetric(m)}
            />
            {t(`world.metric.${m}`)}
          </label>
        ))}
      </fieldset>
      <YearSelect
        label={t('world.year')}
        years={props.years}
        value={props.year}
        onChange={props.onYear}
        testId="world-year"
      />
      <div className="world-controls__filter">
        <label className="field__label" htmlFor={groupId}>
          {t('world.filter.incomeGroup')}
        </label>
        <select
          id={groupId}
          className="input"
          value={filter.incomeGroup}
          data-testid="world-filter-group"
          onChange={(e) =>
            onFilter({ ...filter, incomeGroup: e.target.value as IncomeGroup | 'all' })
          }
        >
          <option value="all">{t('world.filter.all')}</option>
          {INCOME_GROUPS.map((g) => (
            <option key={g} value={g}>
              {incomeGroupName(g, t)}
            </option>
          ))}
        </select>
      </div>
      <div className="world-controls__filter">
        <label className="field__label" htmlFor={regionId}>
          {t('world.filter.region')}
        </label>
        <select
          id={regionId}
          className="input"
          value={filter.region}
          data-testid="world-filter-region"
          onChange={(e) => onFilter({ ...filter, region: e.target.value })}
        >
          <option value="all">{t('world.filter.all')}</option>
          {props.regions.map((r) => (
            <option key={r} value={r}>
              {regionName(r, t)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
