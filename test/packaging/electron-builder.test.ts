// The desktop package, checked statically: electron-builder and Electron's headers cannot be downloaded
// on CI machines, so these tests read electron-builder.yml, apply its file patterns with
// electron-builder's own matcher, and run the pure parts of the beforePack hook.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import beforePack, {
  addonAbi,
  packagedBindingPath,
  rebuildPlan,
  type BeforePackContext,
} from '../../scripts/electron-before-pack.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  npmRebuild?: boolean;
  beforePack?: string;
  files: (string | object)[];
  extraResources: { from: string; to: string }[];
};
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const electronVersion = (require('electron/package.json') as { version: string }).version;

/** electron-builder's Arch enum value for x64 (builder-util: ia32 = 0, x64 = 1, …). */
const X64 = 1;
const linuxX64: BeforePackContext = {
  electronPlatformName: 'linux',
  arch: X64,
  packager: { info: { framework: { version: electronVersion } } },
};

describe('the beforePack hook builds better-sqlite3 for Electron', () => {
  it('is the hook electron-builder.yml names, and electron-builder does not rebuild in place', () => {
    expect(config.beforePack).toBe('./scripts/electron-before-pack.mjs');
    expect(typeof beforePack).toBe('function');
    // An in-place rebuild would leave node_modules with Electron's build, which Node cannot load.
    expect(config.npmRebuild).toBe(false);
  });

  it('plans a build for the Electron being packed, and ships what it builds', () => {
    const plan = rebuildPlan(linuxX64, 'linux');
    expect(plan).toMatchObject({ electronVersion, platform: 'linux', arch: 'x64' });
    expect(plan.output).toBe(join(root, 'native/packaged/linux-x64/better_sqlite3.node'));
    // extraResources names the same file with electron-builder's ${platform} and ${arch} macros.
    const resource = config.extraResources.find((r) => r.to === 'native/better_sqlite3.node');
    const expanded = resource?.from.replace('${platform}', 'linux').replace('${arch}', 'x64');
    expect(expanded).toBe(relative(root, plan.output));
    expect(packagedBindingPath('/p', 'win32', 'arm64')).toBe(
      join('/p', 'native/packaged/win32-arm64/better_sqlite3.node'),
    );
  });

  it('refuses what cannot be built: another OS, or a universal macOS app', () => {
    expect(() => rebuildPlan({ ...linuxX64, electronPlatformName: 'darwin' }, 'linux')).toThrow(
      /cannot be cross-compiled: package the darwin app on darwin/,
    );
    const universal = 4;
    expect(() => rebuildPlan({ ...linuxX64, arch: universal }, 'linux')).toThrow(/universal/);
  });

  it('reads the ABI a native module was built for without loading it', () => {
    // NODE_MODULE_INIT exports node_register_module_v<NODE_MODULE_VERSION>; Electron 45's is 150.
    const electronBuilt = new TextEncoder().encode('\0\x7fELF…node_register_module_v150\0napi');
    expect(addonAbi(electronBuilt)).toBe(150);
    expect(addonAbi(new TextEncoder().encode('no entry point here'))).toBeUndefined();
    // node_modules holds the build for the Node running these tests (Node 22: 127).
    const nodeBuild = readFileSync(
      join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    );
    expect(addonAbi(nodeBuild)).toBe(Number(process.versions.modules));
  });
});

interface Matcher {
  createFilter(): (file: string, stat: object) => boolean;
}
type MatcherClass = new (
  from: string,
  to: string,
  expand: (p: string) => string,
  patterns: string[],
) => Matcher;
// electron-builder's own pattern matcher (app-builder-lib comes with electron-builder).
const { FileMatcher } = require('app-builder-lib/out/fileMatcher.js') as {
  FileMatcher: MatcherClass;
};
const patterns = config.files.filter((p): p is string => typeof p === 'string');

/** Whether electron-builder packs a file: app files by all patterns, in order. */
function packsAppFile(path: string): boolean {
  const filter = new FileMatcher(root, '/app', (p) => p, patterns).createFilter();
  return filter(join(root, path), { isDirectory: () => false });
}

/**
 * Whether electron-builder packs a file of a production dependency: it applies only the negative
 * patterns after "**\/*" (app-builder-lib's getNodeModuleFileMatcher) to node_modules/<name>/….
 */
function packsModuleFile(path: string): boolean {
  const negatives = ['**/*', ...patterns.filter((p) => p.startsWith('!'))];
  const filter = new FileMatcher(root, '/app', (p) => p, negatives).createFilter();
  return filter(join(root, path), { isDirectory: () => false, moduleFullFilePath: path });
}

describe('what the package holds (electron-builder.yml files)', () => {
  it('packs the main and preload bundles, the renderer and the models', () => {
    for (const path of [
      'dist/electron/main.js',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-4f2a.js',
      'models/scenarios/default.json',
      'models/training/exercise-1.spf.json',
      'package.json',
    ]) {
      expect(packsAppFile(path), path).toBe(true);
    }
  });

  it('leaves out sources, source maps and generators', () => {
    for (const path of [
      'dist/electron/main.js.map',
      'dist/renderer/assets/index-4f2a.js.map',
      'src/engine/index.ts',
      'electron/main/index.ts',
      'models/training-country/generate.ts',
    ]) {
      expect(packsAppFile(path), path).toBe(false);
    }
  });

  it('packs better-sqlite3 as JavaScript only, and no other package', () => {
    for (const path of [
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/better-sqlite3/package.json',
      'node_modules/bindings/bindings.js',
      'node_modules/file-uri-to-path/index.js',
    ]) {
      expect(packsModuleFile(path), path).toBe(true);
    }
    for (const path of [
      // C++ sources, SQLite's amalgamation, and the build for Node (wrong ABI for Electron)
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/binding.gyp',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      // the command line's libraries, inlined in the main bundle or not used by the app at all
      'node_modules/tsx/dist/cli.mjs',
      'node_modules/esbuild/bin/esbuild',
      'node_modules/@esbuild/linux-x64/bin/esbuild',
      'node_modules/exceljs/dist/es5/index.js',
      'node_modules/mathjs/lib/cjs/index.js',
      'node_modules/playwright-core/index.js',
    ]) {
      expect(packsModuleFile(path), path).toBe(false);
    }
  });
});

/** The packages a folder's sources import (bare specifiers, scoped names kept whole). */
function importedPackages(folder: string): Set<string> {
  const found = new Set<string>();
  const specifier = /(?:from\s+|import\s*\()\s*'([^'.#/][^']*)'/g;
  for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|mjs|js)$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, spec = ''] of text.matchAll(specifier)) {
      if (spec.startsWith('node:')) continue;
      const parts = spec.split('/');
      found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
    }
  }
  return found;
}

describe('dependencies: what is installed with the package, and packed', () => {
  const runtime = new Set([...importedPackages('src'), ...importedPackages('bin')]);
  const rendererOnly = [...importedPackages('renderer/src')].filter((p) => !runtime.has(p));

  it('holds no library only the renderer uses (Vite bundles those)', () => {
    expect(rendererOnly).toEqual(
      expect.arrayContaining([
        'react',
        'react-dom',
        'react-i18next',
        'i18next',
        'chart.js',
        'zustand',
      ]),
    );
    const packed = rendererOnly.filter((p) => p in manifest.dependencies);
    expect(packed).toEqual([]);
  });

  it('holds every library the command line and the Node side import at run time', () => {
    // electron is the desktop shell's; the Node side (src/node) never imports it.
    const missing = [...runtime].filter((p) => p !== 'electron' && !(p in manifest.dependencies));
    expect(missing).toEqual([]);
    // The PDF renderer runs at run time, so it is installed with the package.
    expect(manifest.dependencies['playwright-core']).toBeDefined();
  });
});

describe('every package target has the metadata it needs', () => {
  it('builds a .deb only once package.json names a homepage and an author with an email', () => {
    // electron-builder's deb target (fpm) stops without a maintainer email and a homepage.
    const targets = (
      load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
        linux: { target: string[] };
      }
    ).linux.target;
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: string | { email?: string };
    };
    const hasEmail =
      typeof pkg.author === 'string' ? /<[^>]+@[^>]+>/.test(pkg.author) : !!pkg.author?.email;
    if (targets.includes('deb'))
      expect({ homepage: !!pkg.homepage, hasEmail }).toEqual({ homepage: true, hasEmail: true });
    expect(targets).toContain('AppImage');
  });
});
