/**
 * The public data for the country-build tests: where it is (failing loudly when ../shared/data is
 * missing), built countries cached per test file, an independent reader of the raw CSV files to
 * check values against, and throw-away data folders with edited copies of the files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  buildCountry,
  type BuildCountryOptions,
  type BuildCountryResult,
} from '../../src/node/country-build/build-country';
import { SHARED_FILES, type SharedFileKey } from '../../src/node/shared-data/shared-files';
import { InputError } from '#engine';
import { sharedPath } from './shared-spec';

/** ../shared/data; throws (failing the test) with a clear message when it is missing. */
export function dataDir(): string {
  return sharedPath('data/');
}

export function dataFile(key: SharedFileKey): string {
  return sharedPath(`data/${SHARED_FILES[key]}`);
}

const builds = new Map<string, Promise<BuildCountryResult>>();

/** A country built with the default options, once per test file. */
export function built(iso3: string): Promise<BuildCountryResult> {
  let p = builds.get(iso3);
  if (!p) {
    p = buildCountry({ iso3, dataDir: dataDir() });
    builds.set(iso3, p);
  }
  return p;
}

const parsed = new Map<string, Record<string, string>[]>();

/** Every row of a shared file as {column: text}, parsed with papaparse once per test file. */
export function rawRows(key: SharedFileKey): Record<string, string>[] {
  let rows = parsed.get(key);
  if (!rows) {
    rows = Papa.parse<Record<string, string>>(readFileSync(dataFile(key), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    parsed.set(key, rows);
  }
  return rows;
}

/** The rows of one country. */
export function rawCountryRows(key: SharedFileKey, iso3: string): Record<string, string>[] {
  return rawRows(key).filter((r) => r.iso3 === iso3);
}

const lineCache = new Map<string, string[]>();

/** The header line and the lines of some countries of a shared file, as text (cached). */
export function fileLines(key: SharedFileKey, codes: readonly string[] = ['KEN']): string[] {
  const cacheKey = `${key} ${codes.join(' ')}`;
  let out = lineCache.get(cacheKey);
  if (!out) {
    const lines = readFileSync(dataFile(key), 'utf8').split('\n');
    out = [lines[0]!, ...lines.slice(1).filter((l) => codes.some((c) => l.startsWith(`${c},`)))];
    lineCache.set(cacheKey, out);
  }
  return [...out];
}

/**
 * A throw-away data folder holding Kenya's lines of every shared file (so builds are quick), with
 * some files replaced by edited text.
 */
export function kenyaDataDir(
  edits: Partial<Record<SharedFileKey, (lines: string[]) => string>> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'spf-country-data-'));
  for (const key of Object.keys(SHARED_FILES) as SharedFileKey[]) {
    const lines =
      key === 'whoGhedIndicators'
        ? readFileSync(dataFile(key), 'utf8').trimEnd().split('\n')
        : fileLines(key);
    const edit = edits[key];
    writeFileSync(join(dir, SHARED_FILES[key]), edit ? edit(lines) : `${lines.join('\n')}\n`);
  }
  return dir;
}

/** The InputError a build gives; fails the test if it succeeds or throws anything else. */
export async function buildError(options: BuildCountryOptions): Promise<InputError> {
  try {
    await buildCountry(options);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`expected an InputError, got ${(e as Error).stack ?? String(e)}`);
  }
  throw new Error('expected the build to fail, but it succeeded');
}
