import { describe, expect, it } from 'vitest';
import { libraryLocation, userDataDir, type PathContext } from '../../../src/node/paths';

const linux = (env: Record<string, string> = {}): PathContext => ({
  platform: 'linux',
  env,
  home: '/home/ama',
});

describe("the library file, where Electron's app.getPath('userData') puts it", () => {
  it('on Linux: $XDG_CONFIG_HOME or ~/.config', () => {
    expect(userDataDir(linux())).toBe('/home/ama/.config/SPF Costing Studio');
    expect(userDataDir(linux({ XDG_CONFIG_HOME: '/data/cfg' }))).toBe(
      '/data/cfg/SPF Costing Studio',
    );
    expect(libraryLocation(undefined, linux())).toEqual({
      path: '/home/ama/.config/SPF Costing Studio/library.sqlite',
      from: 'default',
    });
  });

  it('on macOS: ~/Library/Application Support', () => {
    expect(
      libraryLocation(undefined, { platform: 'darwin', env: {}, home: '/Users/ama' }).path,
    ).toBe('/Users/ama/Library/Application Support/SPF Costing Studio/library.sqlite');
  });

  it('on Windows: %APPDATA%', () => {
    const ctx: PathContext = {
      platform: 'win32',
      env: { APPDATA: 'C:\\Users\\ama\\AppData\\Roaming' },
      home: 'C:\\Users\\ama',
    };
    expect(libraryLocation(undefined, ctx).path).toBe(
      'C:\\Users\\ama\\AppData\\Roaming\\SPF Costing Studio\\library.sqlite',
    );
    expect(userDataDir({ ...ctx, env: {} })).toBe(
      'C:\\Users\\ama\\AppData\\Roaming\\SPF Costing Studio',
    );
  });

  it('--db first, then $SPF_DB, then the default', () => {
    const ctx = linux({ SPF_DB: '/tmp/env.sqlite' });
    expect(libraryLocation('/tmp/option.sqlite', ctx)).toEqual({
      path: '/tmp/option.sqlite',
      from: 'option',
    });
    expect(libraryLocation(undefined, ctx)).toEqual({ path: '/tmp/env.sqlite', from: 'env' });
    expect(libraryLocation(undefined, linux({ SPF_DB: ' ' })).from).toBe('default');
  });
});
