import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SCENARIO_EXTENSION } from '../../electron/main/open-files';

const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('the packaged app (electron-builder.yml)', () => {
  it('flips the fuses that close code-injection doors in the shipped binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar needs the app in an asar archive: electron-builder's default, not turned off.
    expect(config.asar).not.toBe(false);
  });

  it('is a configuration electron-builder accepts (its own JSON schema)', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('associates scenario files (.spf.json) with the app, as the main process looks for them', () => {
    const associations = config.fileAssociations as {
      ext: string;
      mimeType: string;
      role: string;
    }[];
    expect(associations).toEqual([expect.objectContaining({ ext: 'spf.json', role: 'Editor' })]);
    // electron-builder writes the extension with a dot before it: the main process's extension.
    expect(`.${associations[0]?.ext}`).toBe(SCENARIO_EXTENSION);
    // Linux registers the association through the MIME type in the .desktop file.
    expect(associations[0]?.mimeType).toBe('application/x-spf-scenario+json');
  });

  it('names icons that exist for each platform, and an author', () => {
    const icon = (platform: string) => (config[platform] as { icon: string }).icon;
    expect([icon('linux'), icon('win'), icon('mac')]).toEqual([
      'build/icons',
      'build/icon.ico',
      'build/icon.icns',
    ]);
    for (const path of [icon('linux'), icon('win'), icon('mac'), 'build/icon.png']) {
      expect(existsSync(path), path).toBe(true);
    }
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { author?: unknown };
    expect(manifest.author).toBe('The SPF Costing Studio contributors');
  });
});
