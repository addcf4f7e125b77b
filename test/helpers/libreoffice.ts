import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const INSTALL_HINT =
  'LibreOffice (soffice) is not installed, and these tests recompute the workbooks with it: apt-get install -y libreoffice-calc (with --no-install-recommends for a smaller install; CI installs it)';

const CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'];

/**
 * The soffice binary (SOFFICE_PATH, the usual places, then PATH), or an error that says how to install
 * it: the tests that need it fail, never skip.
 */
export function sofficePath(
  candidates: readonly (string | undefined)[] = [process.env.SOFFICE_PATH, ...CANDIDATES],
  searchPath: string | undefined = process.env.PATH,
): string {
  for (const c of candidates) if (c && existsSync(c)) return c;
  for (const dir of (searchPath ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
  }
  throw new Error(INSTALL_HINT);
}

/**
 * A throwaway LibreOffice profile that recalculates every formula on load (toolchain.md section 6):
 * without it LibreOffice may keep stale cached values. It also keeps runs from clashing with any other
 * soffice instance.
 */
export function recalcProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spf-lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Recalculates .xlsx files with LibreOffice headless in one soffice run (xlsx -> xlsx, which writes the
 * computed values into the cells) and returns the paths of the recalculated copies in `outDir`, in the
 * order given. Input files in one run must have distinct names.
 */
export function recalculate(files: readonly string[], outDir: string, profile?: string): string[] {
  const own = profile === undefined;
  const dir = profile ?? recalcProfile();
  try {
    return convert(files, outDir, dir);
  } finally {
    if (own) rmSync(dir, { recursive: true, force: true });
  }
}

function convert(files: readonly string[], outDir: string, profile: string): string[] {
  const soffice = sofficePath();
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 110_000 },
  );
  const outputs = files.map((f) => join(outDir, basename(f)));
  const missing = outputs.filter((o) => !existsSync(o));
  if (r.status !== 0 || missing.length > 0) {
    throw new Error(
      `LibreOffice did not recalculate ${missing.join(', ') || 'the files'} (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}): ${r.stderr}`,
    );
  }
  return outputs;
}
