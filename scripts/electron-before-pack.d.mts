// Types of scripts/electron-before-pack.mjs (a plain ES module, because electron-builder imports its
// hooks with Node), for test/packaging.

/** The part of electron-builder's BeforePackContext the hook reads. */
export interface BeforePackContext {
  /** Node's name of the target platform: linux, darwin, win32. */
  electronPlatformName: string;
  /** electron-builder's Arch enum: ia32 = 0, x64 = 1, armv7l = 2, arm64 = 3, universal = 4. */
  arch: number;
  packager: { info: { framework: { version: string } } };
}

export interface RebuildPlan {
  electronVersion: string;
  platform: string;
  arch: string;
  /** The staged copy of better-sqlite3 that @electron/rebuild builds in. */
  stage: string;
  /** Where the binding is left for electron-builder.yml's extraResources. */
  output: string;
}

export const NATIVE_MODULE: 'better-sqlite3';
export const BINDING_FILE: 'better_sqlite3.node';
export function packagedBindingPath(projectRoot: string, platform: string, arch: string): string;
export function addonAbi(binary: Uint8Array): number | undefined;
export function rebuildPlan(context: BeforePackContext, hostPlatform?: string): RebuildPlan;
/** Builds better-sqlite3 for Electron as `plan` says (npm start and the hook). */
export function buildForElectron(plan: RebuildPlan): Promise<void>;
export default function beforePack(context: BeforePackContext): Promise<void>;
