import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveAppPath } from './url-policy';

/** `app://spf/...` serves the built renderer; registered before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(root: string): void {
  protocol.handle('app', (request) => {
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
