import { describe, expect, it } from 'vitest';
import { estimateLeft, formatDuration, progressReporter } from '../../src/cli/progress';
import type { CliIo } from '../../src/cli/cli-io';

function captureIo(lang: CliIo['lang'] = 'en'): { io: CliIo; err: () => string } {
  let text = '';
  return { io: { out: () => {}, err: (t) => void (text += t), lang }, err: () => text };
}

describe('the time left', () => {
  it('is said in hours, minutes and seconds, rounded to whole seconds', () => {
    expect(formatDuration(45_400)).toBe('45 s');
    // 80 s = 1 min 20 s.
    expect(formatDuration(80_000)).toBe('1 min 20 s');
    // 7,500 s = 2 h 5 min (the seconds are left out past an hour).
    expect(formatDuration(7_500_000)).toBe('2 h 5 min');
    expect(formatDuration(-3)).toBe('0 s');
  });

  it('leaves out the first item, which pays for the set-up, from the second item on', () => {
    // 1 of 10 done after 5 s: 5 s each, 9 to go = 45 s.
    expect(estimateLeft({ started: 0, firstDone: 5000, now: 5000 }, 1, 10)).toBe(45_000);
    // 3 of 10: the first took 5 s, the next two 2 s together = 1 s each, 7 to go = 7 s.
    expect(estimateLeft({ started: 0, firstDone: 5000, now: 7000 }, 3, 10)).toBe(7000);
    expect(estimateLeft({ started: 0, firstDone: 0, now: 0 }, 0, 10)).toBeUndefined();
    expect(estimateLeft({ started: 0, firstDone: 5000, now: 9000 }, 10, 10)).toBeUndefined();
  });
});

describe('progress without a terminal', () => {
  it('prints one line per item with the time left, none after the last', async () => {
    const { io, err } = captureIo();
    // The clock reads 0 at the start, then 20 s, 30 s, 40 s at the three steps.
    const times = [0, 20_000, 30_000, 40_000];
    const progress = await progressReporter(io, {
      total: 3,
      bar: false,
      now: () => times.shift()!,
    });
    for (const iso3 of ['KEN', 'NPL', 'ETH']) {
      progress.step((done, total) => `${done}/${total} ${iso3} built`);
    }
    progress.stop();
    // Step 1 at 20 s: 20 s each x 2 left = 40 s. Step 2 at 30 s: (30 - 20) / 1 x 1 left = 10 s.
    expect(err()).toBe('1/3 KEN built (ETA 40 s)\n2/3 NPL built (ETA 10 s)\n3/3 ETH built\n');
  });

  it('says the time left in the user’s language', async () => {
    const fr = captureIo('fr');
    const times = [0, 80_000];
    const progress = await progressReporter(fr.io, {
      total: 2,
      bar: false,
      now: () => times.shift()!,
    });
    progress.step(() => '1/2 KEN construit');
    // 80 s for the first, 1 left: 1 min 20 s.
    expect(fr.err()).toBe('1/2 KEN construit (reste environ 1 min 20 s)\n');
  });
});
