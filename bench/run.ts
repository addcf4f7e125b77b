/**
 * `npm run bench`: one JSON line per case, {"case", "medianMs", "runs", ...}. Medians of many runs after a
 * warm-up, timed one run at a time with performance.now(). Numbers are for the machine it runs on.
 */
import { defaultScenario, trainingCountry } from '../src/backend/bundled-models';
import { runScenario } from '../src/costing/run-scenario';
import type { Scenario } from '../src/formats/scenario-model';

interface Case {
  name: string;
  runs: number;
  warmup: number;
  target?: number;
  run: (i: number) => void;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

function measure(c: Case): void {
  for (let i = 0; i < c.warmup; i++) c.run(i);
  const times: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const t0 = performance.now();
    c.run(i);
    times.push(performance.now() - t0);
  }
  const line: Record<string, unknown> = {
    case: c.name,
    medianMs: Number(median(times).toPrecision(4)),
    runs: c.runs,
    p95Ms: Number(percentile(times, 0.95).toPrecision(4)),
  };
  if (c.target !== undefined) {
    line.targetMs = c.target;
    line.meetsTarget = (line.medianMs as number) <= c.target;
  }
  console.log(JSON.stringify(line));
}

/** A deterministic stream of numbers in [0, 1) (mulberry32), so every run varies parameters the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1,000 variants of the default package: shares, coverage, ramps, admin rates and indexation vary. */
function variants(base: Scenario, count: number): Scenario[] {
  const rnd = prng(2025);
  const indexations = ['basis', 'prices', 'wages', 'none'] as const;
  return Array.from({ length: count }, () => ({
    ...base,
    benefits: base.benefits.map((b) => ({
      ...b,
      benefit: {
        ...b.benefit,
        share: b.benefit.share * (0.5 + rnd()),
        indexation: indexations[Math.floor(rnd() * 4)]!,
      },
      coverage: {
        startYear: 2026 + Math.floor(rnd() * 3),
        start: 0.1 + 0.3 * rnd(),
        fullYear: 2030 + Math.floor(rnd() * 6),
        full: 0.6 + 0.4 * rnd(),
      },
      adminRate: 0.02 + 0.04 * rnd(),
    })),
  }));
}

const country = trainingCountry();
const scenario = defaultScenario();
const batch = variants(scenario, 1000);

const cases: Case[] = [
  {
    name: 'full-package',
    runs: 2000,
    warmup: 500,
    target: 0.2,
    run: () => void runScenario(scenario, country),
  },
  {
    name: 'batch-1000',
    runs: 15,
    warmup: 3,
    run: () => {
      for (const s of batch) runScenario(s, country);
    },
  },
];

const only = process.argv.slice(2);
for (const c of cases) if (only.length === 0 || only.includes(c.name)) measure(c);
