import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import type { Library } from '../../src/node/library/index';
import { startWebServer, type RunningWebServer } from '../../src/node/web-server';
import { CSP } from '../../src/contract/csp';
import { BusyError, InputError, NotFoundError } from '#engine';
import { defaultScenarioFile, openTestLibrary } from '../helpers/library';

describe('the bridge dispatcher', () => {
  const dispatch = createDispatcher({
    'app:info': () => ({ version: '1', host: 'web', databasePath: '/x' }),
    'scenarios:get': ({ id }) => {
      if (id === 404) throw new NotFoundError('scenario 404 does not exist');
      if (id === 409) throw new BusyError('the library is busy');
      if (id === 400) throw new InputError([{ path: 'benefits[0].kind', message: 'bad' }]);
      throw new Error('boom');
    },
  });

  it('answers a known channel with its value', async () => {
    expect(await dispatch('app:info', {})).toEqual({
      ok: true,
      value: { version: '1', host: 'web', databasePath: '/x' },
    });
  });

  it('refuses unknown channels, channels without a handler and malformed requests before any handler runs', async () => {
    expect(await dispatch('fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: 'unknown channel "fs:readFile"' },
    });
    expect(await dispatch('scenarios:list', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: '"scenarios:list" is not available here' },
    });
    const bad = await dispatch('scenarios:get', { id: 'one', extra: true });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: 'invalid request for "scenarios:get"' },
    });
    expect(!bad.ok && bad.error.issues?.map((i) => i.path)).toEqual(['id', '']);
  });

  it('turns every thrown error into a plain error value with a code', async () => {
    const code = async (id: number) => {
      const r = await dispatch('scenarios:get', { id });
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code(404)).toBe('not-found');
    expect(await code(409)).toBe('busy');
    expect(await code(400)).toBe('bad-input');
    expect(await code(1)).toBe('internal');
  });
});

describe('the library handlers', () => {
  let library: Library;
  beforeAll(() => {
    library = openTestLibrary();
  });
  afterAll(() => library.close());
  const dispatch = () =>
    createDispatcher(libraryHandlers(library, { version: '0.1.0', host: 'web' }));

  it('saves, lists, reopens with the country, restores and keeps drafts', async () => {
    const d = dispatch();
    const saved = await d('scenarios:save', { scenario: defaultScenarioFile(), note: 'first' });
    expect(saved).toEqual({ ok: true, value: { id: 1, rev: 1 } });
    await d('scenarios:save', { id: 1, scenario: defaultScenarioFile({ years: [2025, 2040] }) });
    await d('scenarios:addTags', { id: 1, tags: ['workshop'] });
    const list = await d('scenarios:list', {});
    expect(list).toMatchObject({
      ok: true,
      value: [{ id: 1, country: 'XTA', revisions: 2, tags: ['workshop'], deleted: false }],
    });
    const got = await d('scenarios:get', { id: 1, rev: 1 });
    expect(got.ok && got.value).toMatchObject({ id: 1, rev: 1, tags: ['workshop'] });
    expect(got.ok && (got.value as { country: { code: string } }).country.code).toBe('XTA');
    expect(await d('scenarios:restore', { id: 1, rev: 1 })).toEqual({
      ok: true,
      value: { id: 1, rev: 3 },
    });
    expect(
      await d('drafts:save', { key: 'k1', scenarioId: 1, scenario: { name: 'x' }, country: {} }),
    ).toMatchObject({ ok: true });
    expect(await d('drafts:list', {})).toMatchObject({
      ok: true,
      value: [{ key: 'k1', scenarioId: 1 }],
    });
    expect(await d('scenarios:get', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('keeps country data a user edited inline with the scenario, so it reopens with them', async () => {
    const d = dispatch();
    const country = library.getCountry('XTA').data;
    const edited = { ...country, povertyLine: 123456 };
    const saved = await d('scenarios:save', { scenario: defaultScenarioFile(), country: edited });
    const id = saved.ok ? (saved.value as { id: number }).id : 0;
    const got = await d('scenarios:get', { id });
    expect(got.ok && (got.value as { country: { povertyLine: number } }).country.povertyLine).toBe(
      123456,
    );
  });

  it('links the library version when the country data sent are unchanged, so compare sees the same data', async () => {
    const d = dispatch();
    // The app sends the country data with every new scenario: unchanged XTA data link version 1.
    const country = library.getCountry('XTA').data;
    const saved = await d('scenarios:save', { scenario: defaultScenarioFile(), country });
    const id = saved.ok ? (saved.value as { id: number }).id : 0;
    const got = await d('scenarios:get', { id });
    expect(got.ok && got.value).toMatchObject({ countryVersion: 1 });
    const other = await d('scenarios:save', { scenario: defaultScenarioFile() });
    const otherId = other.ok ? (other.value as { id: number }).id : 0;
    const gotOther = await d('scenarios:get', { id: otherId });
    const hashOf = (r: typeof got) =>
      r.ok ? (r.value as { countryHash: string }).countryHash : '';
    expect(hashOf(gotOther)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(gotOther)).toBe(hashOf(got));
  });

  it('imports a country file and refuses one that is not JSON, naming the file', async () => {
    const d = dispatch();
    const bad = await d('countries:import', { fileName: 'ken.json', text: '{"format": ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(!bad.ok && bad.error.message).toContain('ken.json: not valid JSON at line 1, column 12');
  });
});

describe('the loopback web server', () => {
  let server: RunningWebServer;
  let library: Library;
  const renderer = mkdtempSync(join(tmpdir(), 'spf-renderer-'));
  beforeAll(async () => {
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>SPF</title>');
    library = openTestLibrary();
    server = await startWebServer({
      dispatch: createDispatcher(libraryHandlers(library, { version: '0.1.0', host: 'web' })),
      token: 'secret-token',
      rendererDir: `${renderer}/`,
    });
  });
  afterAll(async () => {
    await server.close();
    library.close();
  });

  function call(
    path: string,
    options: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path,
            method: options.method ?? 'GET',
            headers: options.headers ?? {},
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
            );
          },
        );
        req.on('error', reject);
        if (options.body) req.write(options.body);
        req.end();
      },
    );
  }

  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=secret-token`);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the renderer with the Content Security Policy', async () => {
    const r = await call('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>SPF</title>');
    expect(r.headers['content-security-policy']).toBe(CSP);
  });

  it('answers the bridge only with the token, from its own origin and host', async () => {
    const body = '{}';
    const ok = await call('/api/app:info', {
      method: 'POST',
      headers: { 'X-SPF-Token': 'secret-token' },
      body,
    });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { host: 'web' } });
    expect((await call('/api/app:info', { method: 'POST', body })).status).toBe(401);
    expect(
      (await call('/api/app:info', { method: 'POST', headers: { 'X-SPF-Token': 'wrong' }, body }))
        .status,
    ).toBe(401);
    const foreign = await call('/api/app:info', {
      method: 'POST',
      headers: { 'X-SPF-Token': 'secret-token', Origin: 'http://evil.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    const rebound = await call('/api/app:info', {
      method: 'POST',
      headers: { 'X-SPF-Token': 'secret-token', Host: `evil.example:${server.port}` },
      body,
    });
    expect(rebound.status).toBe(403);
    expect(
      (await call('/api/app:info', { headers: { 'X-SPF-Token': 'secret-token' } })).status,
    ).toBe(403);
  });

  it('reports a body that is not JSON as bad input', async () => {
    const r = await call('/api/scenarios:list', {
      method: 'POST',
      headers: { 'X-SPF-Token': 'secret-token' },
      body: '{oops',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: 'the request is not JSON' },
    });
  });
});
