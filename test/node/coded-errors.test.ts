import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorMessage, InputError } from '#engine';
import { createDispatcher, internalReply } from '../../src/node/bridge-dispatch';
import { errorDetail } from '../../src/node/error-detail';
import { readJsonFile } from '../../src/node/read-json-file';
import { readFileLimited } from '../../src/node/read-limited';
import { scanCsv } from '../../src/node/shared-data/csv-scan';
import { readCountrySheet, writeCountryTemplate } from '../../src/node/spreadsheet/country-sheet';
import { startWebServer } from '../../src/node/web-server';

const dir = mkdtempSync(join(tmpdir(), 'spf-coded-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What was thrown (or rejected) by `run`. */
async function thrownBy(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
}

/** JSZip's own words for bytes that are not a zip archive (the reason the catalogue quotes). */
const NOT_A_ZIP =
  "Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/documentation/howto/read_zip.html";

describe('a file the app cannot read, named with its reason in the user’s language', () => {
  it('an .xlsx that is not a workbook: the file, then sheet.xlsx.unreadable with the reason', async () => {
    const file = join(dir, 'notes.xlsx');
    writeFileSync(file, 'not a zip archive');
    const e = await thrownBy(() => readCountrySheet(file));
    expect(e).toBeInstanceOf(InputError);
    // sheet.xlsx.unreadable: "is not an Excel workbook (.xlsx) that can be read: {{reason}}", in fr
    // "n’est pas un classeur Excel (.xlsx) lisible : {{reason}}", in es "no es un libro de Excel
    // (.xlsx) legible: {{reason}}"; the reason is JSZip's, as it said it.
    expect(errorMessage(e, 'en')).toBe(
      `${file}: is not an Excel workbook (.xlsx) that can be read: ${NOT_A_ZIP}`,
    );
    expect(errorMessage(e, 'fr')).toBe(
      `${file}: n’est pas un classeur Excel (.xlsx) lisible : ${NOT_A_ZIP}`,
    );
    expect(errorMessage(e, 'es')).toBe(
      `${file}: no es un libro de Excel (.xlsx) legible: ${NOT_A_ZIP}`,
    );
  });

  it('a missing file, a folder and a file over its limit', async () => {
    const missing = join(dir, 'none.json');
    // file.noSuchFile: "no such file" / "fichier introuvable" / "el archivo no existe".
    expect(errorMessage(await thrownBy(() => readJsonFile(missing)), 'fr')).toBe(
      `${missing}: fichier introuvable`,
    );
    // file.isFolder in Spanish.
    expect(errorMessage(await thrownBy(() => readJsonFile(dir)), 'es')).toBe(
      `${dir}: es una carpeta, no un archivo`,
    );
    // 5 bytes against a limit of 4 bytes, told in MB as the limits are: 4 / 1,048,576 MB.
    const five = join(dir, 'five.json');
    writeFileSync(five, '');
    truncateSync(five, 5);
    expect(errorMessage(await thrownBy(() => readFileLimited(five, 4)), 'fr')).toBe(
      `${five}: dépasse la limite de ${4 / (1024 * 1024)} MB pour ce type de fichier`,
    );
  });

  it('a folder given as a shared-data CSV, and a missing one', async () => {
    const folder = join(dir, 'wpp');
    mkdirSync(folder);
    // file.isFolderNotCsv in French.
    expect(errorMessage(await thrownBy(() => scanCsv(folder, { required: [] })), 'fr')).toBe(
      `${folder}: est un dossier, pas un fichier CSV`,
    );
    const missing = join(dir, 'none.csv');
    expect(errorMessage(await thrownBy(() => scanCsv(missing, { required: [] })), 'es')).toBe(
      `${missing}: el archivo no existe`,
    );
  });

  it('a file that is neither .xlsx nor .csv, at the option that named it', async () => {
    // sheet.file.format (es): "debe indicar un archivo .xlsx o .csv; se encontró {{found}}", at FILE.
    expect(errorMessage(await thrownBy(() => readCountrySheet('plan.txt')), 'es')).toBe(
      'FILE: debe indicar un archivo .xlsx o .csv; se encontró "plan.txt"',
    );
    expect(errorMessage(await thrownBy(() => writeCountryTemplate('plan.ods')), 'en')).toBe(
      '--out: must name a .xlsx or .csv file, found "plan.ods"',
    );
  });

  it('a template that cannot be written: --out, the file and the system’s reason', async () => {
    const file = join(dir, 'no-such-folder', 'template.csv');
    const e = await thrownBy(() => writeCountryTemplate(file));
    expect(e).toBeInstanceOf(InputError);
    const issue = (e as InputError).issues[0]!;
    expect([issue.path, issue.code]).toEqual(['--out', 'cli.cannotWriteFile']);
    // cli.cannotWriteFile in French: "impossible d’écrire {{file}} : {{reason}}".
    expect(errorMessage(e, 'fr')).toBe(
      `--out: impossible d’écrire ${file} : ${String(issue.params?.reason)}`,
    );
    expect(String(issue.params?.reason)).toMatch(/^ENOENT/);
  });
});

describe('a failure nobody expected', () => {
  it('gets one reply, whoever answers: the dispatcher or the web server', async () => {
    // Before, the web server read `.message` of what was thrown: a thrown null failed again.
    expect(internalReply(new Error('boom'))).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong: boom' },
    });
    expect(internalReply(null)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong: null' },
    });
    const logged: unknown[] = [];
    const dispatch = createDispatcher(
      {
        'app:info': () => {
          throw new Error('boom');
        },
      },
      (e) => logged.push(e),
    );
    expect(await dispatch('app:info', {})).toEqual(internalReply(new Error('boom')));
    expect(logged).toHaveLength(1);
  });

  it('from the web server’s own dispatch, is answered 500 with the same reply', async () => {
    const renderer = mkdtempSync(join(dir, 'renderer-'));
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>SPF</title>');
    const server = await startWebServer({
      // A dispatch that rejects with something that is not an Error at all: what is tested here.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      dispatch: () => Promise.reject(null),
      token: 'secret-token',
      rendererDir: `${renderer}/`,
    });
    try {
      const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/app:info',
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
        req.end('{}');
      });
      expect(reply.status).toBe(500);
      expect(JSON.parse(reply.body)).toEqual(internalReply(null));
    } finally {
      await server.close();
    }
  });

  it('is logged with its stack when it is an Error, as text otherwise', () => {
    const e = new Error('boom');
    expect(errorDetail(e)).toBe(e.stack);
    expect(errorDetail(e).startsWith('Error: boom\n')).toBe(true);
    expect(errorDetail('plain words')).toBe('plain words');
    expect(errorDetail(null)).toBe('null');
  });
});
