/**
 * A library must survive its process being killed at any moment, and two processes writing at once:
 * after each, SQLite's integrity check passes and every save that was reported done is there.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LibraryError, openLibrary, type Library } from '../../../src/node/library/index';
import { openDatabase } from '../../../src/node/library/db';
import { REPO_DIR } from '../../helpers/cli';
import {
  defaultScenarioFile,
  fingerprint,
  integrityCheck,
  rawSql,
  tempLibraryPath,
} from '../../helpers/library';

const WRITER = fileURLToPath(new URL('../../helpers/library-writer.ts', import.meta.url));

interface Writer {
  /** Complete lines printed so far: `id rev tag n`, each after a committed save. */
  lines: string[];
  stderr: () => string;
  /** Resolves at the first reported save (or at exit, whichever comes first). */
  firstSave: Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: () => void;
}

function startWriter(db: string, tag: string, count = 1_000_000): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, db, tag, String(count)], {
    cwd: REPO_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  let err = '';
  let firstSeen: () => void = () => undefined;
  const firstSave = new Promise<void>((resolve) => (firstSeen = resolve));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? ''; // a line cut short by the kill is not a report
    lines.push(...parts);
    if (lines.length > 0) firstSeen();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      firstSeen();
      resolve({ code, signal });
    }),
  );
  return { lines, stderr: () => err, firstSave, exit, kill: () => child.kill('SIGKILL') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** mulberry32: the same "random" kill moments on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Checks the file, then that every reported save reads back as the save that reported it. */
function expectAllReported(db: string, lines: readonly string[]): void {
  expect(integrityCheck(db)).toBe('ok');
  expect(rawSql(db, (d) => d.pragma('foreign_key_check'))).toEqual([]);
  const library = openLibrary(db);
  try {
    for (const line of lines) {
      const [id, rev, tag, n] = line.split(' ');
      const saved = library.getRevision(Number(id), Number(rev));
      expect(saved.note, line).toBe(`${tag} ${n}`);
      expect((JSON.parse(saved.json) as { description: string }).description, line).toBe(
        `${tag} ${n}`,
      );
    }
    // Revisions are numbered without gaps: no half-written save left a hole or a duplicate.
    for (const s of library.listScenarios()) {
      expect(library.history(s.id).map((r) => r.rev)).toEqual(
        Array.from({ length: s.revisions }, (_, i) => i + 1),
      );
    }
  } finally {
    library.close();
  }
}

describe('crash safety', () => {
  it('keeps every reported save when the writer is killed at random moments, 25 times', async () => {
    const db = tempLibraryPath();
    const rnd = random(20251122);
    const reported: string[] = [];
    for (let k = 0; k < 25; k++) {
      const w = startWriter(db, `k${k}`);
      if (k % 3 === 0) {
        // Any time from the start: while opening, upgrading a new file, or saving.
        await sleep(200 + rnd() * 600);
      } else {
        await w.firstSave;
        await sleep(rnd() * 40);
      }
      w.kill();
      const { signal, code } = await w.exit;
      expect(signal ?? code, w.stderr()).toBe('SIGKILL');
      reported.push(...w.lines);
    }
    expect(reported.length).toBeGreaterThan(25);
    expectAllReported(db, reported);
    // 25 writer processes, each compiling TypeScript and loading the formula engine at start: a few
    // seconds each on a loaded 2-core machine. The limit only guards against a hang.
  }, 300_000);

  it('lets two processes write at once: both finish (or one reports busy), nothing is lost', async () => {
    const db = tempLibraryPath();
    const a = startWriter(db, 'a', 60);
    const b = startWriter(db, 'b', 60);
    const results = await Promise.all([a.exit, b.exit]);
    for (const [i, w] of [a, b].entries()) {
      const { code } = results[i]!;
      if (code === 3) expect(w.stderr()).toContain('is busy');
      else expect(code, w.stderr()).toBe(0);
    }
    expect(a.lines.length + b.lines.length).toBeGreaterThan(60);
    expectAllReported(db, [...a.lines, ...b.lines]);
  }, 120_000);

  it('reports a clear "busy" error after the timeout, and changes nothing', () => {
    const db = tempLibraryPath();
    const library = openLibrary(db, { busyTimeoutMs: 50 });
    library.saveScenario(defaultScenarioFile());
    const before = fingerprint(db);
    const other = openDatabase(db);
    other.prepare('BEGIN IMMEDIATE').run(); // another process in the middle of a write
    let error: unknown;
    try {
      library.saveScenario(defaultScenarioFile({ name: 'Second' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('busy');
    expect((error as LibraryError).message).toBe(
      `the scenario library ${db} is busy: another SPF Costing Studio window or command is writing to it; nothing was changed, try again in a moment`,
    );
    // Reading still works while the other writes (WAL).
    expect(library.listScenarios()).toHaveLength(1);
    other.prepare('ROLLBACK').run();
    other.close();
    expect(fingerprint(db)).toBe(before);
    expect(library.saveScenario(defaultScenarioFile({ name: 'Second' })).id).toBe(2);
    library.close();
  });

  it('keeps the last good revision when a save fails halfway through its transaction', () => {
    const db = tempLibraryPath();
    const library: Library = openLibrary(db);
    const { id } = library.saveScenario(defaultScenarioFile());
    const before = fingerprint(db);
    // Make the second statement of the save fail after the first has run.
    rawSql(db, (d) =>
      d.exec(`CREATE TRIGGER fail_update BEFORE UPDATE OF last_rev ON scenarios
              BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`),
    );
    const withTrigger = fingerprint(db);
    expect(() =>
      library.saveScenario(defaultScenarioFile({ years: [2025, 2030] }), { id }),
    ).toThrow('disk trouble');
    expect(fingerprint(db)).toBe(withTrigger);
    rawSql(db, (d) => d.exec('DROP TRIGGER fail_update'));
    expect(fingerprint(db)).toBe(before);
    expect(library.history(id)).toHaveLength(1);
    expect(JSON.parse(library.getRevision(id).json)).toEqual(defaultScenarioFile());
    library.close();
  });
});
