import { renderMessage, type MessageCode, type MessageParams } from '#engine';
import { processIo, type CliIo } from './cli-io';

/** Says how a long run goes, one item at a time. */
export interface ProgressReporter {
  /** One more item is done; `status` says how it went, e.g. "12/252 KEN built". */
  step(status: (done: number, total: number) => string): void;
  /** The run is over: a bar is cleared from the terminal. */
  stop(): void;
}

/** A message of the catalogue in the command's language. */
export function say(io: CliIo, code: MessageCode, params?: MessageParams): string {
  return renderMessage(code, params, io.lang ?? 'en') ?? code;
}

/**
 * A time left as people say it: "45 s", "1 min 20 s", "2 h 5 min" (rounded to whole seconds). The
 * units are the SI symbols, written the same in English, French and Spanish.
 */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${min} min`;
  if (min > 0) return `${min} min ${s} s`;
  return `${s} s`;
}

/** When the items were done: the first one, and the latest (milliseconds on the reporter's clock). */
export interface ProgressTimes {
  started: number;
  firstDone: number;
  now: number;
}

/**
 * Time left if the items still to do take as long on average as those done. The first item often
 * pays for the whole run's set-up (a batch of countries reads the shared files while building the
 * first), so from the second item on the average leaves it out: (now - firstDone) / (done - 1) x
 * (total - done). Undefined before the first item and after the last.
 */
export function estimateLeft(t: ProgressTimes, done: number, total: number): number | undefined {
  if (done <= 0 || done >= total) return undefined;
  const perItem = done === 1 ? t.now - t.started : (t.now - t.firstDone) / (done - 1);
  return perItem * (total - done);
}

/** Whether the command writes its messages to the process's terminal (where a bar can redraw). */
export function errIsTerminal(io: CliIo): boolean {
  return io.err === processIo.err && process.stderr.isTTY;
}

export interface ProgressOptions {
  total: number;
  /** A bar on the terminal (default: when stderr is one), else one line per item. */
  bar?: boolean;
  /** Milliseconds since some origin (tests pass a fake clock). */
  now?: () => number;
}

/**
 * Progress of `total` items with the time left: a bar on a terminal (cli-progress), plain lines
 * "12/252 KEN built (ETA 1 min 20 s)" on stderr otherwise (a log, a pipe, CI).
 */
export async function progressReporter(
  io: CliIo,
  options: ProgressOptions,
): Promise<ProgressReporter> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { total } = options;
  let done = 0;
  let firstDone = started;
  const etaText = (): string => {
    const at = now();
    if (done === 1) firstDone = at;
    const left = estimateLeft({ started, firstDone, now: at }, done, total);
    return left === undefined ? '' : say(io, 'cli.batch.eta', { eta: formatDuration(left) });
  };
  if (options.bar ?? errIsTerminal(io)) {
    // Loaded only to draw a bar, so that other commands start without it.
    const { default: cliProgress } = await import('cli-progress');
    const bar = new cliProgress.SingleBar(
      // `left`, not `eta`: cli-progress fills its own `{eta}` token (seconds) over a payload's.
      { format: '{bar} {status} {left}', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { status: '', left: '' });
    return {
      step(status) {
        done++;
        bar.update(done, { status: status(done, total), left: etaText() });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    step(status) {
      done++;
      const eta = etaText();
      io.err(`${status(done, total)}${eta ? ` (${eta})` : ''}\n`);
    },
    stop() {},
  };
}
