import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the checkout holds the spec and the public data; CI puts it there. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

export function sharedPath(relative: string): string {
  const path = `${SHARED_DIR}${relative}`;
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: these tests need ../shared (spec and public data) beside the checkout`,
    );
  }
  return path;
}

export function readSharedJson(relative: string): unknown {
  return JSON.parse(readFileSync(sharedPath(relative), 'utf8')) as unknown;
}
