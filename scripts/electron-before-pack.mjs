// electron-builder's `beforePack` hook (electron-builder.yml): builds better-sqlite3 for the ABI of the
// Electron being packed, with @electron/rebuild, and leaves it where `extraResources` ships it from.
// The packaged main process loads it from resources/native (electron/main/native-binding.ts).
// It builds in a staged copy, not in node_modules, so the Node build that the command line and the
// tests use survives `npm run dist`. It needs Electron's headers (electronjs.org) and a C++ toolchain,
// so it runs on a connected packaging machine; test/packaging checks the configuration statically.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NATIVE_MODULE = 'better-sqlite3';
export const BINDING_FILE = 'better_sqlite3.node';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Names of electron-builder's `Arch` enum values (builder-util: ia32 = 0 … universal = 4). */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * Where the hook leaves the binding for one platform and architecture. electron-builder.yml's
 * `extraResources` names the same place with its `${platform}` and `${arch}` macros.
 * @param {string} projectRoot
 * @param {string} platform Node's name for it: linux, darwin, win32
 * @param {string} arch x64, arm64, …
 */
export function packagedBindingPath(projectRoot, platform, arch) {
  return join(projectRoot, 'native', 'packaged', `${platform}-${arch}`, BINDING_FILE);
}

/**
 * The ABI (NODE_MODULE_VERSION) a compiled Node addon was built for, read from the name of the
 * entry point its `NODE_MODULE_INIT` exports (`node_register_module_v<ABI>`), without loading it:
 * a module built for Electron cannot be loaded by Node, and one built for another OS not at all.
 * @param {Uint8Array} binary the .node file's bytes
 * @returns {number | undefined}
 */
export function addonAbi(binary) {
  const match = /node_register_module_v(\d+)/.exec(Buffer.from(binary).toString('latin1'));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * What to build for the app electron-builder is about to pack. Native modules cannot be
 * cross-compiled, so packing for another OS, or a universal macOS app, is refused with the reason.
 * @param {{ electronPlatformName: string, arch: number, packager: { info: { framework: { version: string } } } }} context
 * @param {string} hostPlatform
 */
export function rebuildPlan(context, hostPlatform = process.platform) {
  const arch = ARCH_NAMES[context.arch];
  const platform = context.electronPlatformName;
  if (arch === undefined || arch === 'universal') {
    throw new Error(`better-sqlite3 is built for one architecture at a time, not "${arch}".`);
  }
  if (platform !== hostPlatform) {
    throw new Error(
      `better-sqlite3 cannot be cross-compiled: package the ${platform} app on ${platform} (this is ${hostPlatform}).`,
    );
  }
  const electronVersion = context.packager.info.framework.version;
  return {
    electronVersion,
    platform,
    arch,
    stage: join(root, '.cache', 'electron-rebuild', `${platform}-${arch}`),
    output: packagedBindingPath(root, platform, arch),
  };
}

/**
 * A minimal app holding a copy of better-sqlite3's sources (without its Node build), so the
 * rebuild cannot touch node_modules.
 * @param {string} stage
 */
function stageModule(stage) {
  const source = join(root, 'node_modules', NATIVE_MODULE);
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const manifest = {
    name: 'spf-native-stage',
    private: true,
    dependencies: { [NATIVE_MODULE]: version },
  };
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest));
  const buildDir = join(source, 'build') + sep;
  cpSync(source, join(stage, 'node_modules', NATIVE_MODULE), {
    recursive: true,
    filter: (path) => !(path + sep).startsWith(buildDir),
  });
}

/**
 * Builds better-sqlite3 for one Electron version with @electron/rebuild, in a staged copy, checks the
 * ABI of what it built and copies it to `output`. Used by this hook and by `npm start`.
 * @param {{ electronVersion: string, platform: string, arch: string, stage: string, output: string }} plan
 */
export async function buildForElectron(plan) {
  stageModule(plan.stage);
  const { rebuild } = await import('@electron/rebuild');
  const { getAbi } = await import('node-abi');
  await rebuild({
    buildPath: plan.stage,
    projectRootPath: plan.stage,
    electronVersion: plan.electronVersion,
    platform: /** @type {NodeJS.Platform} */ (plan.platform),
    arch: plan.arch,
    onlyModules: [NATIVE_MODULE],
    force: true,
    buildFromSource: true,
  });
  const built = join(plan.stage, 'node_modules', NATIVE_MODULE, 'build', 'Release', BINDING_FILE);
  const abi = addonAbi(readFileSync(built));
  const expected = Number(getAbi(plan.electronVersion, 'electron'));
  if (abi !== expected) {
    throw new Error(
      `${built} was built for ABI ${abi}; Electron ${plan.electronVersion} needs ${expected}.`,
    );
  }
  mkdirSync(dirname(plan.output), { recursive: true });
  copyFileSync(built, plan.output);
  console.log(
    `better-sqlite3 built for Electron ${plan.electronVersion} (ABI ${abi}): ${plan.output}`,
  );
}

/** @param {Parameters<typeof rebuildPlan>[0]} context */
export default async function beforePack(context) {
  await buildForElectron(rebuildPlan(context));
}
