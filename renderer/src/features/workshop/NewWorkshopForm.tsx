import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CountrySummary,
  ScenarioSummary,
  WorkshopDetails,
} from '../../../../src/contract/bridge';
import { useErrorText } from '../../components/error-text';
import { NumberField, SelectField, TextField } from '../../components/fields';
import { useApp } from '../../stores/store-context';
import { defaultEnvelopeYear } from './workshop-figures';

/** The limits the library checks (docs/library.md, "Workshops"), offered by the form first. */
const MIN_GROUPS = 2;
const MAX_GROUPS = 12;
/** A common first envelope: 5% of GDP, about what a full floor costs in a low-income country. */
const DEFAULT_ENVELOPE = 0.05;

interface GroupDraft {
  /** Null while the group keeps its translated default name ("Group 3"). */
  name: string | null;
  envelopePctGdp: number;
}

interface Props {
  onCreated: (workshop: WorkshopDetails) => void;
  onCancel: () => void;
}

interface GroupFieldsProps {
  groups: GroupDraft[];
  nameOf: (g: GroupDraft, i: number) => string;
  onChange: (i: number, change: Partial<GroupDraft>) => void;
}

/** Each group's name and fiscal envelope. */
function GroupFields({ groups, nameOf, onChange }: GroupFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="ws-form__groups">
      <legend>{t('workshop.form.groupList')}</legend>
      {groups.map((g, i) => (
        <div className="ws-form__group" key={i}>
          <TextField
            label={t('workshop.form.groupName', { n: i + 1 })}
            value={nameOf(g, i)}
            onChange={(v) => onChange(i, { name: v })}
            testId={`workshop-group-name-${i + 1}`}
          />
          <NumberField
            label={t('workshop.form.groupEnvelope', { n: i + 1 })}
            value={g.envelopePctGdp}
            onChange={(v) => onChange(i, { envelopePctGdp: v })}
            scale={100}
            unit={t('workshop.pctGdpUnit')}
            min={0}
            max={50}
            testId={`workshop-group-envelope-${i + 1}`}
          />
        </div>
      ))}
    </fieldset>
  );
}

/** The countries and saved scenarios to start from; empty until read. */
function useChoices() {
  const countriesRequested = useApp((s) => s.countriesRequested);
  const listRequested = useApp((s) => s.compareListRequested);
  const [countries, setCountries] = useState<CountrySummary[]>([]);
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  useEffect(() => {
    void countriesRequested()
      .then(setCountries)
      .catch(() => setCountries([]));
    void listRequested()
      .then(setScenarios)
      .catch(() => setScenarios([]));
  }, [countriesRequested, listRequested]);
  return { countries, scenarios };
}

/**
 * Starting a workshop: its name, a country and a baseline scenario from the library (locked once the
 * workshop starts), two to twelve named groups with their fiscal envelopes, and the envelope year.
 */
export function NewWorkshopForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const { countries, scenarios } = useChoices();
  const create = useApp((s) => s.workshopCreated);
  const scenarioRead = useApp((s) => s.scenarioRead);
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [baselineId, setBaselineId] = useState('');
  const [year, setYear] = useState<number>(new Date().getFullYear() + 5);
  const [common, setCommon] = useState(DEFAULT_ENVELOPE);
  const [groups, setGroups] = useState<GroupDraft[]>(
    Array.from({ length: 3 }, () => ({ name: null, envelopePctGdp: DEFAULT_ENVELOPE })),
  );
  const [error, setError] = useState<{ thrown: unknown } | null>(null);
  const [busy, setBusy] = useState(false);

  const chosenCountry = country || countries[0]?.code || '';
  const baselines = useMemo(
    () => scenarios.filter((s) => s.country === chosenCountry && !s.deleted),
    [scenarios, chosenCountry],
  );
  const chosenBaseline = baselineId || String(baselines[0]?.id ?? '');

  // The envelope year follows the baseline: its first year of full coverage (or base year + 5).
  useEffect(() => {
    if (!chosenBaseline) return;
    let live = true;
    void scenarioRead(Number(chosenBaseline))
      .then((stored) => {
        if (live) setYear(defaultEnvelopeYear(stored.scenario));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [chosenBaseline, scenarioRead]);

  const groupName = (g: GroupDraft, i: number) =>
    g.name ?? t('workshop.form.defaultGroup', { n: i + 1 });
  const resize = (n: number) =>
    setGroups((gs) =>
      Array.from({ length: n }, (_, i) => gs[i] ?? { name: null, envelopePctGdp: common }),
    );
  const setGroup = (i: number, change: Partial<GroupDraft>) =>
    setGroups((gs) => gs.map((g, j) => (j === i ? { ...g, ...change } : g)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const created = await create({
        name,
        country: chosenCountry,
        baselineId: Number(chosenBaseline),
        envelopeYear: year,
        groups: groups.map((g, i) => ({ name: groupName(g, i), envelopePctGdp: g.envelopePctGdp })),
      });
      setError(null);
      onCreated(created);
    } catch (thrown) {
      setError({ thrown });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel ws-form" data-testid="workshop-form" onSubmit={(e) => void submit(e)}>
      <h3>{t('workshop.form.title')}</h3>
      <TextField
        label={t('workshop.form.name')}
        value={name}
        onChange={setName}
        help={t('workshop.form.nameHelp')}
        testId="workshop-name"
      />
      <SelectField
        label={t('workshop.form.country')}
        value={chosenCountry}
        options={countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
        onChange={(code) => {
          setCountry(code);
          setBaselineId('');
        }}
        testId="workshop-country"
      />
      <SelectField
        label={t('workshop.form.baseline')}
        value={chosenBaseline}
        options={baselines.map((s) => ({ value: String(s.id), label: s.name }))}
        onChange={setBaselineId}
        help={t('workshop.form.baselineHelp')}
        testId="workshop-baseline"
      />
      <NumberField
        label={t('workshop.form.year')}
        value={year}
        onChange={setYear}
        grouping={false}
        digits={0}
        help={t('workshop.form.yearHelp')}
        testId="workshop-year"
      />
      <NumberField
        label={t('workshop.form.groups')}
        value={groups.length}
        onChange={(n) => resize(Math.round(n))}
        digits={0}
        min={MIN_GROUPS}
        max={MAX_GROUPS}
        testId="workshop-group-count"
      />
      <NumberField
        label={t('workshop.form.envelopeAll')}
        value={common}
        onChange={(v) => {
          setCommon(v);
          setGroups((gs) => gs.map((g) => ({ ...g, envelopePctGdp: v })));
        }}
        scale={100}
        unit={t('workshop.pctGdpUnit')}
        min={0}
        max={50}
        help={t('workshop.form.envelopeHelp')}
        testId="workshop-envelope-all"
      />
      <GroupFields groups={groups} nameOf={groupName} onChange={setGroup} />
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="workshop-form-error">
          {errorText(error.thrown)}
        </p>
      ) : null}
      <div className="toolbar">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || !chosenBaseline}
          data-testid="workshop-create"
        >
          {t('workshop.form.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('workshop.form.cancel')}
        </button>
      </div>
    </form>
  );
}
