/** One benchmark case: `run` is timed `runs` times after `warmup` untimed runs. */
export interface BenchCase {
  name: string;
  runs: number;
  warmup: number;
  targetMs?: number;
  /** Runs once before warm-up (not timed); returns nothing. */
  setup?: () => void | Promise<void>;
  run: (i: number) => void;
  /** Extra fields for the output line, computed after the runs (e.g. a ratio). */
  extra?: () => Record<string, unknown>;
  teardown?: () => void;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

/** Times a case and prints its JSON line: {"case", "medianMs", "runs", "p95Ms", ...}. */
export async function measure(c: BenchCase): Promise<void> {
  await c.setup?.();
  for (let i = 0; i < c.warmup; i++) c.run(i);
  const times: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const t0 = performance.now();
    c.run(c.warmup + i);
    times.push(performance.now() - t0);
  }
  c.teardown?.();
  const line: Record<string, unknown> = {
    case: c.name,
    medianMs: Number(median(times).toPrecision(4)),
    runs: c.runs,
    p95Ms: Number(percentile(times, 0.95).toPrecision(4)),
  };
  if (c.targetMs !== undefined) {
    line.targetMs = c.targetMs;
    line.meetsTarget = (line.medianMs as number) <= c.targetMs;
  }
  Object.assign(line, c.extra?.());
  console.log(JSON.stringify(line));
}

/** A deterministic stream of numbers in [0, 1) (mulberry32), so every run varies inputs the same way. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
