import cliProgress from 'cli-progress';
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

/** A time left as people say it: "45 s", "1 min 20 s", "2 h 5 min" (rounded to whole seconds). */
export function formatDuration(io: CliIo, ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return say(io, 'cli.duration.hours', { h, min });
  if (min > 0) return say(io, 'cli.duration.minutes', { min, s });
  return say(io, 'cli.duration.seconds', { s });
}

/**
 * Time left if the items still to do take as long on average as those done: elapsed / done x
 * (total - done). Undefined before the first item and after the last.
 */
export function estimateLeft(elapsedMs: number, done: number, total: number): number | undefined {
  if (done <= 0 || done >= total) return undefined;
  return (elapsedMs / done) * (total - done);
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
export function progressReporter(io: CliIo, options: ProgressOptions): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { total } = options;
  let done = 0;
  const etaText = (): string => {
    const left = estimateLeft(now() - started, done, total);
    return left === undefined ? '' : say(io, 'cli.batch.eta', { eta: formatDuration(io, left) });
  };
  if (options.bar ?? errIsTerminal(io)) {
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {status} {eta}', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { status: '', eta: '' });
    return {
      step(status) {
        done++;
        bar.update(done, { status: status(done, total), eta: etaText() });
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
