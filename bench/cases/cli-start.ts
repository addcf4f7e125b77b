import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../measure';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SPF = `${ROOT}bin/spf.mjs`;
const RUNS = 20;
const WARMUP = 2;
/** Targets of issue 11: against plain Node's start-up in the same run, and peak memory. */
const TARGET_HELP_RATIO = 3;
const TARGET_COST_RATIO = 5;
const TARGET_PEAK_RSS_MB = 90;

/** Starts `node ...args` from the checkout and returns its wall time in ms; it must succeed. */
function timedNode(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

/**
 * Peak resident memory of `spf ...argv` in MB: the same Node process loads bin/spf.mjs and reports its
 * own maxRSS (kilobytes, from getrusage) as it exits, on stderr after everything spf wrote.
 */
function peakRssMb(argv: readonly string[]): number {
  const wrapper =
    "import { writeSync } from 'node:fs';" +
    "process.on('exit', () => writeSync(2, '\\nmaxRssKb=' + process.resourceUsage().maxRSS + '\\n'));" +
    'await import(process.argv[1]);';
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, SPF, ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const kb = /maxRssKb=(\d+)/.exec(r.stderr);
  if (r.status !== 0 || !kb) throw new Error(`spf ${argv.join(' ')} failed: ${r.stderr}`);
  return Number(kb[1]) / 1024;
}

const round = (x: number) => Number(x.toPrecision(3));

/**
 * How fast `spf` answers, as a user starts it: `spf --help` and `spf cost` (the default scenario) in
 * child processes, against `node -e 0` timed in the same run and interleaved with them so a busy
 * machine slows all three alike; and the peak memory of `spf cost`. Builds the bundle first, so it
 * measures the current sources as `npm ci` would ship them. Prints one JSON line.
 */
export function cliStartCase(): void {
  const build = spawnSync(process.execPath, [`${ROOT}scripts/build-cli.mjs`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  const node: number[] = [];
  const help: number[] = [];
  const cost: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const times = [timedNode(['-e', '0']), timedNode([SPF, '--help']), timedNode([SPF, 'cost'])];
    if (i < WARMUP) continue;
    node.push(times[0]!);
    help.push(times[1]!);
    cost.push(times[2]!);
  }
  const nodeMs = median(node);
  const helpRatio = median(help) / nodeMs;
  const costRatio = median(cost) / nodeMs;
  const rss = median(Array.from({ length: 5 }, () => peakRssMb(['cost'])));
  console.log(
    JSON.stringify({
      case: 'cli-start',
      medianMs: round(median(cost)),
      runs: RUNS,
      nodeMs: round(nodeMs),
      helpMs: round(median(help)),
      helpRatio: round(helpRatio),
      targetHelpRatio: TARGET_HELP_RATIO,
      costRatio: round(costRatio),
      targetCostRatio: TARGET_COST_RATIO,
      costPeakRssMb: round(rss),
      targetPeakRssMb: TARGET_PEAK_RSS_MB,
      meetsTarget:
        helpRatio <= TARGET_HELP_RATIO &&
        costRatio <= TARGET_COST_RATIO &&
        rss <= TARGET_PEAK_RSS_MB,
    }),
  );
}
