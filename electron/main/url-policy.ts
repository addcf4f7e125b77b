import { resolve, sep } from 'node:path';

/** Hosts a link in the app may open, in the system browser only. */
export const EXTERNAL_ALLOWLIST = new Set([
  'www.ilo.org',
  'ilo.org',
  'github.com',
  'mathjs.org',
  'population.un.org',
]);

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_ALLOWLIST.has(u.hostname);
  } catch {
    return false;
  }
}

/** The app's own pages: the built renderer served from the app:// protocol. */
export function isAppUrl(url: string): boolean {
  return url.startsWith('app://spf/');
}

/** Maps app://spf/<path> to a file inside `root`, refusing anything that would step outside it. */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'app:' || parsed.host !== 'spf') return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  } catch {
    return null; // a broken percent-escape ("%E0%A4%A") names no file
  }
  const file = resolve(root, `.${relative}`);
  return file.startsWith(root + sep) ? file : null;
}
