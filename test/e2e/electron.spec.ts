import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with scripts/start-electron.mjs
import { electronBinary } from '../../scripts/electron-binary.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = (electronBinary as () => string | null)();

// Electron's binary is downloaded from GitHub on first use; where it is absent these tests cannot run.
test.skip(binary === null, 'no Electron binary on this machine (it cannot be downloaded here)');

test.beforeAll(() => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('building the Electron bundles failed');
});

test('opens a locked-down window that costs the default package', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'spf-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(root, 'dist', 'electron', 'main.js')],
    env: { ...process.env, SPF_DB: join(userData, 'library.sqlite') },
  });
  const window = await app.firstWindow();
  await expect(window.getByTestId('total-pct-gdp')).toHaveText('8.85%');
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows()[0]!;
    // Not in Electron's type definitions, but present at run time.
    const wc = w.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown> | null;
    };
    const p = wc.getLastWebPreferences();
    return {
      contextIsolation: p?.contextIsolation,
      sandbox: p?.sandbox,
      nodeIntegration: p?.nodeIntegration,
    };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  // The renderer sees one bridge object and no Node.
  expect(
    await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
  ).toBe('undefined');
  expect(
    await window.evaluate(() => Object.keys((window as unknown as { spf: object }).spf).sort()),
  ).toEqual(['invoke', 'on', 'platform']);
  // A channel outside the contract is refused by the preload.
  const refused = await window.evaluate(() =>
    (window as unknown as { spf: { invoke(c: string, r: unknown): Promise<unknown> } }).spf.invoke(
      'fs:read',
      {},
    ),
  );
  expect(refused).toMatchObject({ ok: false });
  await app.close();
});
