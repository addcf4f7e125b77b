import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { MAX_BODY_BYTES, startWebServer, type RunningWebServer } from '../../src/node/web-server';

/**
 * The loopback server's edge: requests no browser would send must get an answer and leave the server
 * running (before the fix, an absolute-form target or a bad percent-escape threw out of the request
 * handler and ended the process).
 */
describe('the loopback web server facing malformed requests', () => {
  let server: RunningWebServer;
  const LIMIT = 1024;
  beforeAll(async () => {
    const renderer = mkdtempSync(join(tmpdir(), 'spf-renderer-edge-'));
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>SPF</title>');
    server = await startWebServer({
      dispatch: createDispatcher({
        'app:info': () => ({ version: '1', host: 'web', databasePath: '/x' }),
      }),
      token: 'secret-token',
      rendererDir: `${renderer}/`,
      maxBodyBytes: LIMIT,
    });
  });
  afterAll(() => server.close());

  /** Sends bytes as they are (no client library to tidy them up) and returns the status line. */
  function raw(text: string, whole = false): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write(text));
      let reply = '';
      socket.on('data', (c: Buffer) => {
        reply += c.toString();
        if (!whole && reply.includes('\r\n')) {
          socket.destroy();
          resolve(reply.slice(0, reply.indexOf('\r\n')));
        }
      });
      socket.on('error', reject);
      socket.on('end', () => resolve(reply));
    });
  }

  function post(path: string, body: string) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path,
          method: 'POST',
          headers: { 'X-SPF-Token': 'secret-token' },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  async function stillServing() {
    const r = await post('/api/app:info', '{}');
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { host: 'web' } });
  }

  it('sends frame-ancestors in its CSP header (a <meta> CSP cannot carry it)', async () => {
    const reply = await raw(
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`,
      true,
    );
    expect(reply).toMatch(/^content-security-policy: .*frame-ancestors 'none'/im);
  });

  it('answers an absolute-form request target with 400 and keeps serving', async () => {
    const host = `127.0.0.1:${server.port}`;
    expect(await raw(`GET http://[/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).toBe(
      'HTTP/1.1 400 Bad Request',
    );
    expect(
      await raw(`GET http://${host}/api/x HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
    ).toBe('HTTP/1.1 400 Bad Request');
    await stillServing();
  });

  it('answers a channel with a broken percent-escape with 400 and keeps serving', async () => {
    const r = await post('/api/%E0%A4%A', '{}');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'the channel name is not valid percent-encoding' },
    });
    // The static side decodes too: a broken escape there is a plain 404 (sirv guards its decoding).
    expect(await raw(`GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`)).toBe(
      'HTTP/1.1 404 Not Found',
    );
    await stillServing();
  });

  it('answers a body over the cap with its 413 reply, not a reset connection', async () => {
    // LIMIT is 1,024 bytes; 1,025 is one byte over, 200 kB is far over (several socket writes).
    for (const size of [LIMIT + 1, 200_000]) {
      const r = await post('/api/app:info', `"${'x'.repeat(size - 2)}"`);
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body)).toEqual({
        ok: false,
        error: { code: 'bad-input', message: 'the request is larger than the limit of 1024 bytes' },
      });
    }
    // Exactly at the cap is accepted (and then refused by the contract, not by size).
    expect((await post('/api/app:info', `"${'x'.repeat(LIMIT - 2)}"`)).status).toBe(200);
    await stillServing();
  });
});

describe('the loopback web server at its default body cap', () => {
  it('answers a body one byte over MAX_BODY_BYTES (60 MiB) with 413', async () => {
    const renderer = mkdtempSync(join(tmpdir(), 'spf-renderer-cap-'));
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>SPF</title>');
    const server = await startWebServer({
      dispatch: createDispatcher({}),
      token: 't',
      rendererDir: `${renderer}/`,
    });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/api/app:info', method: 'POST' },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.setHeader('X-SPF-Token', 't');
        req.on('error', reject);
        req.end(Buffer.alloc(MAX_BODY_BYTES + 1, 0x20));
      });
      expect(status).toBe(413);
    } finally {
      await server.close();
    }
  });
});
