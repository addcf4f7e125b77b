import {
  errorMessage,
  InputError,
  prepareShockableRun,
  readCountry,
  readScenario,
  runDraws,
  scenarioPair,
  sensitivity,
  summariseDraws,
  uncertainty,
  type CountryData,
  type Issue,
  type Scenario,
  type ScenarioFile,
  type ShockableRun,
} from '#engine';
import type { UncertaintyReply, UncertaintyRequest } from '../../workers/protocol';

type Job = Extract<UncertaintyRequest, { scenario: unknown }>;

class Invalid extends Error {
  readonly issues: Issue[];
  constructor(issues: readonly Issue[]) {
    super('invalid');
    this.issues = [...issues];
  }
}

/**
 * The uncertainty worker's answers, apart from its message plumbing so tests can call it directly.
 * It keeps the last country read (by key) and the run prepared for Monte Carlo draws.
 */
export function answerUncertainty(): (req: UncertaintyRequest) => UncertaintyReply {
  let country: { key: string; data: CountryData } | null = null;
  let prepared: { id: number; run: ShockableRun; lang: Job['lang'] } | null = null;

  const countryOf = (job: Job): CountryData => {
    if (country?.key === job.countryKey) return country.data;
    const r = readCountry(job.country);
    if (!r.ok) throw new Invalid(r.issues);
    country = { key: job.countryKey, data: r.value };
    return r.value;
  };
  const scenarioOf = (job: Job): Scenario => {
    const r = readScenario(job.scenario);
    if (!r.ok) throw new Invalid(r.issues);
    return r.value;
  };

  const answer = (req: UncertaintyRequest): UncertaintyReply => {
    if (req.type === 'draws') {
      if (prepared?.id !== req.id) throw new Error(`run ${req.id} was not prepared here`);
      const outputs = runDraws(prepared.run, req.seed, req.from, req.count);
      return { type: 'draws', id: req.id, from: req.from, count: req.count, outputs };
    }
    if (req.type === 'summarise') {
      if (prepared?.id !== req.id) throw new Error(`run ${req.id} was not prepared here`);
      const result = summariseDraws(prepared.run, req.outputs, req.seed, prepared.lang);
      return { type: 'summary', id: req.id, result };
    }
    const s = scenarioOf(req);
    const c = countryOf(req);
    const lang = req.lang;
    if (req.type === 'glance') {
      const options = { draws: req.draws, seed: req.seed, lang };
      return {
        type: 'glance',
        id: req.id,
        sensitivity: sensitivity(s, c, { lang }),
        bands: uncertainty(s, c, options),
      };
    }
    if (req.type === 'sensitivity') {
      const options = { measure: req.measure, lang, ...(req.year ? { year: req.year } : {}) };
      return { type: 'sensitivity', id: req.id, result: sensitivity(s, c, options) };
    }
    if (req.type === 'pair') {
      const pair = scenarioPair(req.scenario as ScenarioFile, s, c, req.result, lang);
      return { type: 'pair', id: req.id, low: pair.low, high: pair.high };
    }
    const run = prepareShockableRun(s, c);
    prepared = { id: req.id, run, lang };
    const p = run.prepared;
    return {
      type: 'prepared',
      id: req.id,
      years: Array.from({ length: p.n }, (_, i) => p.firstYear + i),
    };
  };

  return (req) => {
    try {
      return answer(req);
    } catch (e) {
      if (e instanceof Invalid) return { type: 'invalid', id: req.id, issues: e.issues };
      if (e instanceof InputError) return { type: 'invalid', id: req.id, issues: [...e.issues] };
      return { type: 'failed', id: req.id, message: errorMessage(e, 'en') };
    }
  };
}
