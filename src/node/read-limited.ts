import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import JSZip from 'jszip';
import { codedIssue, errorMessage, InputError, type Issue } from '#engine';

const MiB = 1024 * 1024;

/**
 * The largest files the app reads. A country file with 36 years of single-age population is about
 * 1 MB and its workbook about 2 MB (20 MB once unpacked), so these leave room for a century of data
 * while refusing files that would exhaust memory (`/dev/zero`, a 395 KB workbook that unpacks to
 * 300 MB). Documented in docs/formats.md, "Limits".
 */
export const FILE_LIMITS = {
  /** Country and scenario JSON files. */
  json: 64 * MiB,
  /** The long CSV form of a country. */
  csv: 64 * MiB,
  /** An .xlsx workbook as stored on disk. */
  xlsx: 32 * MiB,
  /** An .xlsx workbook's parts once unpacked, all together. */
  xlsxUnpacked: 256 * MiB,
} as const;

const CHUNK = MiB;

function mib(bytes: number): string {
  return `${bytes / MiB} MB`;
}

/** The file refused for one problem, coded so that each host words it in its user's language. */
function refuse(file: string, issue: Issue): InputError {
  return new InputError([issue], file);
}

/** Why a file could not be opened or read: the operating system's code, else its own words. */
export function openFailure(e: unknown): Issue {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return codedIssue('', 'file.noSuchFile');
  if (code === 'EISDIR') return codedIssue('', 'file.isFolder');
  if (code === 'EACCES') return codedIssue('', 'file.permissionDenied');
  return codedIssue('', 'file.unreadable', { reason: errorMessage(e) });
}

/** A workbook that is not a zip archive JSZip can read. */
function notWorkbook(file: string, e: unknown): InputError {
  return refuse(file, codedIssue('', 'sheet.xlsx.unreadable', { reason: errorMessage(e) }));
}

/**
 * Reads a file the user named, refusing it past `limit` bytes. The size on disk is checked first; the
 * reading then stops one chunk past the limit whatever the size said, so a device (`/dev/zero`), a pipe
 * or a file that grows cannot make the app read without end.
 */
export function readFileLimited(file: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw refuse(file, openFailure(e));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw refuse(file, codedIssue('', 'file.isFolder'));
    const tooLarge = () => refuse(file, codedIssue('', 'file.tooLarge', { limit: mib(limit) }));
    if (stat.isFile() && stat.size > limit) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, CHUNK, null);
      } catch (e) {
        throw refuse(file, openFailure(e));
      }
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge();
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** A text file (UTF-8) read with readFileLimited. */
export function readTextLimited(file: string, limit: number): string {
  return readFileLimited(file, limit).toString('utf8');
}

/**
 * Checks that an .xlsx (a zip archive) does not unpack to more than `limit` bytes before a spreadsheet
 * library inflates it whole. The sizes the archive declares are added up first; as they can lie, each
 * part is then unpacked as a stream and counted, so memory stays at one chunk and the work stops at
 * the limit.
 */
export async function checkUnpackedSize(bytes: Buffer, file: string, limit: number): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw notWorkbook(file, e);
  }
  const tooLarge = () =>
    refuse(file, codedIssue('', 'file.unpacksTooLarge', { limit: mib(limit) }));
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  // What the archive says first: refusing a declared 300 MB costs nothing.
  const declared = entries.reduce((sum, entry) => sum + declaredSize(entry), 0);
  if (declared > limit) throw tooLarge();
  let total = 0;
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          reject(tooLarge());
        }
      });
      stream.on('end', () => resolve());
      stream.on('error', (e: Error) => reject(notWorkbook(file, e)));
    });
  }
}

/**
 * The unpacked size an archive entry declares in the zip's central directory. JSZip keeps it on the
 * entry's compressed data without a public accessor; an entry without it counts as 0 here and is
 * still counted when unpacked.
 */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}
