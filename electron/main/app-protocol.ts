import { net, protocol } from 'electron';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `app://spf/...` serves the built renderer; registered before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Maps app://spf/<path> to a file inside `root`, refusing anything that would step outside it. */
export function resolveAppPath(root: string, url: string): string | null {
  const { pathname, host } = new URL(url);
  if (host !== 'spf') return null;
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = resolve(root, `.${relative}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

export function serveAppProtocol(root: string): void {
  protocol.handle('app', (request) => {
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
