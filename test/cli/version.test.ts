import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_DIR, spf } from '../helpers/cli';

describe('spf --version', () => {
  // package.json says "version": "0.1.0"; the test reads it so a release does not break it.
  const version = (
    JSON.parse(readFileSync(`${REPO_DIR}package.json`, 'utf8')) as { version: string }
  ).version;

  it.each([['--version'], ['-V']])('%s prints the version alone, and exits 0', async (flag) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    const r = await spf(flag);
    expect(r).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('is listed in the help', async () => {
    const r = await spf('--help');
    expect(r.out).toMatch(/-V, --version\s+print the version of spf/);
  });
});
