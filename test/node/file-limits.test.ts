import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../src/node/read-json-file';
import { checkUnpackedSize, FILE_LIMITS, readFileLimited } from '../../src/node/read-limited';
import { readCountrySheet } from '../../src/node/spreadsheet/country-sheet';
import { spf } from '../helpers/cli';

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'spf-file-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `bytes` zero bytes that takes no disk space (sparse), to pass a limit cheaply. */
function sparseFile(name: string, bytes: number): string {
  const file = join(dir, name);
  writeFileSync(file, '');
  truncateSync(file, bytes);
  return file;
}

describe('file reads are bounded', () => {
  it('documents its limits: 64 MB for JSON and CSV, 32 MB for an .xlsx that unpacks to at most 256 MB', () => {
    expect(FILE_LIMITS).toEqual({
      json: 64 * MiB,
      csv: 64 * MiB,
      xlsx: 32 * MiB,
      xlsxUnpacked: 256 * MiB,
    });
  });

  it('stops reading /dev/zero at the limit instead of filling memory', () => {
    // Before, `spf cost --country /dev/zero` grew to 17 GB and aborted.
    expect(() => readJsonFile('/dev/zero')).toThrow(
      '/dev/zero: is larger than the limit of 64 MB for this kind of file',
    );
    expect(() => readFileLimited('/dev/zero', 3 * MiB + 1)).toThrow(
      'limit of 3.0000009536743164 MB',
    );
  });

  it('refuses a file larger than its limit before reading it', () => {
    // 64 MiB + 1 byte: one byte over the JSON limit.
    const big = sparseFile('big.json', FILE_LIMITS.json + 1);
    expect(() => readJsonFile(big)).toThrow(`${big}: is larger than the limit of 64 MB`);
    // Exactly at the limit is read (and then refused as JSON, not for its size).
    const limit = sparseFile('at-limit.json', 5);
    expect(() => readFileLimited(limit, 5)).not.toThrow();
    expect(() => readFileLimited(limit, 4)).toThrow('is larger than the limit');
  });

  it('refuses a folder and a missing file by name', () => {
    expect(() => readJsonFile(dir)).toThrow(`${dir}: is a folder, not a file`);
    expect(() => readJsonFile(join(dir, 'none.json'))).toThrow('none.json: no such file');
  });

  it('the command line answers /dev/zero as a country with one clear line', async () => {
    const r = await spf('cost', '--country', '/dev/zero');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('/dev/zero: is larger than the limit of 64 MB for this kind of file');
    expect(r.err).not.toContain('    at ');
  });

  it('refuses a country CSV over 64 MB', async () => {
    const big = sparseFile('big.csv', FILE_LIMITS.csv + 1);
    await expect(readCountrySheet(big)).rejects.toThrow(
      `${big}: is larger than the limit of 64 MB`,
    );
  });

  it('refuses a small workbook that declares 300 MB unpacked, before exceljs reads it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(100_000));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // The sheet's entry now says it unpacks to 300 MB: the shape of the workbook that took 845 MB.
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(bomb, declareSizes(bytes, 'xl/worksheets/sheet1.xml', 300 * MiB));
    await expect(readCountrySheet(bomb)).rejects.toThrow(
      `${bomb}: unpacks to more than the limit of 256 MB for a workbook`,
    );
  });

  it('counts what the parts really unpack to, whatever sizes they declare', async () => {
    const zip = new JSZip();
    zip.file('a.xml', Buffer.alloc(600_000));
    zip.file('b.xml', Buffer.alloc(600_000));
    const honest = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // 600,000 + 600,000 = 1,200,000 bytes unpacked: over a 1 MiB (1,048,576) limit, under 2 MiB.
    await expect(checkUnpackedSize(honest, 'w.xlsx', MiB)).rejects.toThrow(
      'w.xlsx: unpacks to more than the limit of 1 MB for a workbook',
    );
    await expect(checkUnpackedSize(honest, 'w.xlsx', 2 * MiB)).resolves.toBeUndefined();
    // One part of 1,200,000 bytes claiming 10: the count stops it once 1 MiB has been unpacked,
    // before its end (where JSZip would compare the sizes).
    const one = new JSZip();
    one.file('a.xml', Buffer.alloc(1_200_000));
    const single = await one.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expect(
      checkUnpackedSize(declareSizes(single, 'a.xml', 10), 'w.xlsx', MiB),
    ).rejects.toThrow('w.xlsx: unpacks to more than the limit of 1 MB');
  });
});

/**
 * A copy of a zip archive whose central-directory record for `name` declares `size` unpacked bytes
 * (PKWARE APPNOTE 4.3.12: signature 0x02014b50, uncompressed size at offset 24, name length at 28,
 * the name at 46).
 */
function declareSizes(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0;) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('latin1', at + 46, at + 46 + nameLength) === name) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
    at = out.indexOf('PK\x01\x02', at + 46, 'latin1');
  }
  throw new Error(`no entry ${name}`);
}
