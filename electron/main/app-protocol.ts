import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { notFound, withAppHeaders } from './protocol-response';
import { resolveAppPath } from './url-policy';

/** `app://spf/...` serves the built renderer; registered before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(root: string): void {
  protocol.handle('app', async (request) => {
    // resolveAppPath never throws (a malformed address is null); a failing read is still a 404
    // rather than an error thrown into Electron's protocol machinery.
    const file = resolveAppPath(root, request.url);
    if (!file) return notFound();
    try {
      return withAppHeaders(await net.fetch(pathToFileURL(file).toString()));
    } catch {
      return notFound();
    }
  });
}
