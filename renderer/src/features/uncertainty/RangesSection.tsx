import type { InputUnit, SensitivityEntry } from '#engine';
import { useTranslation } from 'react-i18next';
import { ScrollRegion, TableTools } from '../../components/DataTable';
import {
  CellNumberInput,
  NumberField,
  numberProblem,
  useNumberDraft,
} from '../../components/fields';
import { formatNumber, readLocaleNumber } from '../../lib/format';
import { useApp } from '../../stores/store-context';
import { UNIT_VIEW } from './input-units';

/** One row of the ranges: an input in use (from the tornado) or one the user switched off. */
interface RangeRow {
  name: string;
  label: string;
  unit: InputUnit | null;
  low: number | null;
  high: number | null;
  enabled: boolean;
}

/** The key of an input's explanation: mortality's shift is a rate of decline, not a growth rate. */
const meaningKey = (row: RangeRow) => (row.name === 'mortality' ? 'mortality' : row.unit);

/**
 * One end of a range, typed in the input's own unit. The table shows the range in use (after the
 * spread); what is typed is stored before the spread, so that the range in use becomes the number
 * typed: stored = central + (typed - central) / spread.
 */
function RangeCell({ row, end, spread }: { row: RangeRow; end: 'low' | 'high'; spread: number }) {
  const { t, i18n } = useTranslation();
  const edit = useApp((s) => s.uncertaintyRangeEdited);
  const view = UNIT_VIEW[row.unit!];
  const value = row[end]!;
  const shown = formatNumber(view.toShown(value), i18n.language, view.digits);
  const draft = useNumberDraft(
    shown,
    (raw) => {
      const reading = readLocaleNumber(raw, i18n.language);
      if (reading.kind !== 'number') {
        return { ok: false, message: numberProblem(reading, t) ?? t('field.notNumber') };
      }
      return { ok: true, value: view.fromShown(reading.value) };
    },
    (v) => {
      if (v !== undefined) edit(row.name, end, view.central + (v - view.central) / spread);
    },
  );
  return (
    <CellNumberInput
      draft={draft}
      label={`${row.label}, ${t(`uncertainty.ranges.${end}`)}`}
      testId={`range-${end}-${row.name}`}
    />
  );
}

function rangeRows(
  entries: SensitivityEntry[],
  overrides: Record<string, { enabled: boolean }>,
): RangeRow[] {
  const rows: RangeRow[] = entries.map((e) => ({
    name: e.name,
    label: e.label,
    unit: e.unit,
    low: e.lowValue,
    high: e.highValue,
    enabled: true,
  }));
  for (const [name, o] of Object.entries(overrides)) {
    if (!o.enabled)
      rows.push({ name, label: name, unit: null, low: null, high: null, enabled: false });
  }
  // A stable order while ranges are typed (the tornado's order moves with every swing).
  return rows.sort((a, b) => a.label.localeCompare(b.label));
}

function RangeTableRow({ row, spread }: { row: RangeRow; spread: number }) {
  const { t, i18n } = useTranslation();
  const toggle = useApp((s) => s.uncertaintyInputToggled);
  const view = row.unit ? UNIT_VIEW[row.unit] : null;
  const editable = row.enabled && spread > 0 && view !== null;
  const central = view ? formatNumber(view.toShown(view.central), i18n.language, view.digits) : '';
  return (
    <tr>
      <th scope="row">
        {row.label}
        {row.unit ? (
          <span className="uncertainty__meaning">
            {t(`uncertainty.ranges.meaning.${meaningKey(row)}`)}
          </span>
        ) : null}
      </th>
      <td>{editable ? <RangeCell row={row} end="low" spread={spread} /> : '–'}</td>
      <td>
        {central}
        {row.unit ? (
          <span className="uncertainty__meaning">
            {t(`uncertainty.ranges.unitName.${row.unit}`)}
          </span>
        ) : null}
      </td>
      <td>{editable ? <RangeCell row={row} end="high" spread={spread} /> : '–'}</td>
      <td>
        <input
          type="checkbox"
          checked={row.enabled}
          aria-label={t('uncertainty.ranges.inUseFor', { input: row.label })}
          data-testid={`range-enabled-${row.name}`}
          onChange={(e) => toggle(row.name, e.target.checked)}
        />
      </td>
    </tr>
  );
}

/**
 * The ranges behind the tornado and the bands (issue 12): each input's low, central and high value,
 * editable (written to the scenario's `uncertainty` block through the draft, so undo and save work),
 * each with what its range means, and the spread that scales them all.
 */
export function RangesSection() {
  const { t, i18n } = useTranslation();
  const result = useApp((s) => s.tornado.result);
  const settings = useApp((s) => s.draft?.uncertainty);
  const setSpread = useApp((s) => s.uncertaintySpreadEdited);
  const spread = settings?.spread ?? 1;
  const rows = rangeRows(result?.inputs ?? [], settings?.inputs ?? {});
  const header = [
    t('uncertainty.table.input'),
    t('uncertainty.ranges.low'),
    t('uncertainty.ranges.central'),
    t('uncertainty.ranges.high'),
    t('uncertainty.ranges.unit'),
  ];
  const exported = rows.map((r) => {
    const v = r.unit ? UNIT_VIEW[r.unit] : null;
    const shown = (x: number | null) => (v && x !== null ? v.toShown(x) : '');
    const unit = r.unit ? t(`uncertainty.ranges.unitName.${r.unit}`) : '';
    return [r.label, shown(r.low), v ? v.toShown(v.central) : '', shown(r.high), unit];
  });
  return (
    <section className="panel" aria-labelledby="ranges-title">
      <h2 id="ranges-title">{t('uncertainty.ranges.title')}</h2>
      <p className="field__help">{t('uncertainty.ranges.help')}</p>
      <NumberField
        label={t('uncertainty.ranges.spread')}
        value={spread}
        onChange={setSpread}
        min={0}
        max={5}
        help={t('uncertainty.ranges.spreadHelp')}
        testId="uncertainty-spread"
      />
      <div className="table-block" data-testid="ranges-table">
        <TableTools
          caption={t('uncertainty.ranges.caption')}
          header={header}
          rows={exported}
          fileName="uncertainty-ranges"
          testId="ranges-table"
        />
        <ScrollRegion label={t('uncertainty.ranges.caption')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">
                  {t('uncertainty.table.input')} · {t('uncertainty.ranges.meaningTitle')}
                </th>
                <th scope="col">{t('uncertainty.ranges.low')}</th>
                <th scope="col">{t('uncertainty.ranges.central')}</th>
                <th scope="col">{t('uncertainty.ranges.high')}</th>
                <th scope="col">{t('uncertainty.ranges.inUse')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <RangeTableRow key={`${row.name} ${i18n.language}`} row={row} spread={spread} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
