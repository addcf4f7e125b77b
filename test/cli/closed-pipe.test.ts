import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { endQuietlyOnClosedPipe } from '../../src/cli/cli-io';
import { REPO_DIR } from '../helpers/cli';

describe('spf writing to a reader that went away', () => {
  it('ends quietly with 0 when stdout is closed early (spf cost --format json | head -c 10)', async () => {
    // A real shell pipe, as a user types it: the JSON (about 136 kB) is more than the pipe holds, so
    // spf is still writing when head has its 10 bytes and exits. The shell exits with spf's status.
    const child = spawn(
      'bash',
      [
        '-c',
        '"$0" "$1" cost --format json | head -c 10; exit "${PIPESTATUS[0]}"',
        process.execPath,
        `${REPO_DIR}bin/spf.mjs`,
      ],
      { cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(out).toBe('{\n  "forma');
    // Before: "Error: write EPIPE" with a stack trace, and exit 1.
    expect(err).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('raises other stream errors as they are', () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    endQuietlyOnClosedPipe(stream, (code) => exits.push(code));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
    expect(() =>
      stream.emit('error', Object.assign(new Error('no space left'), { code: 'ENOSPC' })),
    ).toThrow('no space left');
  });
});
