import { CSP } from '../../src/contract/csp';

/** Headers every app:// response carries, whatever file it serves. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  // The session also sets the CSP on responses it sees; sending it from the protocol itself means the
  // policy (with frame-ancestors, which a <meta> tag cannot carry) holds for every app:// page.
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
};

/** The same response with the app's security headers added. */
export function withAppHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(APP_RESPONSE_HEADERS)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The reply for an app:// address that names no file of the app. */
export function notFound(): Response {
  return withAppHeaders(new Response('Not found', { status: 404 }));
}
