// Every `spf` command in README.md's code blocks, run as written, in order, in a fresh folder laid out
// as a clone (models/ and ../shared beside it) with its own library (SPF_DB). Commands run in this
// process through main(); `id=$(… spf …)` keeps the id for a later "$id", as a shell would.
// Skipped, by this rule only: commands that need the network or a browser window (`spf web`).
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { REPO_DIR, spfWithEnv } from '../helpers/cli';

/** The ways the README starts `spf`: through npx, the installed command, or the script itself. */
const LAUNCHER = /^(?:npx spf|node_modules\/\.bin\/spf|node bin\/spf\.mjs|spf)(?=\s|$)/;
/** Commands that open a browser window or need the network. */
const NEEDS_A_WINDOW_OR_NETWORK = /^web(\s|$)/;

interface ReadmeCommand {
  /** The line of README.md it is on, to name it in a failure. */
  line: number;
  /** What follows `spf`, split into words as the shell would (quotes removed). */
  args: string[];
  /** The shell variable `name=$(…)` keeps its output in. */
  captureAs?: string;
}

/** The code blocks' lines, with their line numbers; only shell blocks (```sh). */
function shellLines(markdown: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let inShell = false;
  markdown.split('\n').forEach((text, i) => {
    if (text.startsWith('```')) inShell = !inShell && text.trim() === '```sh';
    else if (inShell) lines.push({ line: i + 1, text });
  });
  return lines;
}

/** The `spf` commands of one shell line: split at `;` and `&&`, comments dropped. */
function spfCommands(line: number, text: string): ReadmeCommand[] {
  const code = text.replace(/(^|\s)#.*$/, '');
  return code.split(/;|&&/).flatMap((part): ReadmeCommand[] => {
    const capture = /^\s*(\w+)=\$\((.*)\)\s*$/.exec(part);
    const command = (capture ? capture[2]! : part).trim();
    const launcher = LAUNCHER.exec(command);
    if (!launcher) return [];
    const args = command
      .slice(launcher[0].length)
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '')
      .map((w) => w.replace(/^"(.*)"$/, '$1'));
    return [{ line, args, ...(capture ? { captureAs: capture[1]! } : {}) }];
  });
}

const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
const commands = shellLines(readme).flatMap(({ line, text }) => spfCommands(line, text));

describe('reading the README', () => {
  it('finds each form of command, its comment dropped and its capture kept', () => {
    expect(spfCommands(1, 'npm ci && npx spf cost')).toEqual([{ line: 1, args: ['cost'] }]);
    expect(spfCommands(2, 'npx spf a 1 ; npx spf b   # why')).toEqual([
      { line: 2, args: ['a', '1'] },
      { line: 2, args: ['b'] },
    ]);
    expect(spfCommands(3, 'id=$(node_modules/.bin/spf scenarios save f.json)')).toEqual([
      { line: 3, args: ['scenarios', 'save', 'f.json'], captureAs: 'id' },
    ]);
    expect(spfCommands(4, 'npm test')).toEqual([]);
    expect(shellLines('x\n```sh\nnpx spf cost\n```\n```\nnpx spf no\n```')).toEqual([
      { line: 3, text: 'npx spf cost' },
    ]);
  });

  it('finds the commands of the command-line section', () => {
    const words = commands.map((c) => c.args.slice(0, 2).join(' '));
    expect(words).toEqual(
      expect.arrayContaining(['cost', 'pension models/examples/my-scheme.json', '--version']),
    );
    expect(commands.length).toBeGreaterThanOrEqual(15);
  });
});

describe('every README command works as written on a fresh clone', () => {
  const root = mkdtempSync(join(tmpdir(), 'spf-readme-'));
  const clone = join(root, 'clone');
  const variables = new Map<string, string>();
  const startDir = process.cwd();
  const startDb = process.env.SPF_DB;

  beforeAll(() => {
    mkdirSync(clone);
    // What a clone has that the commands read: the models, and the public data beside it.
    symlinkSync(join(REPO_DIR, 'models'), join(clone, 'models'));
    symlinkSync(join(REPO_DIR, '..', 'shared'), join(root, 'shared'));
    process.chdir(clone);
    process.env.SPF_DB = join(root, 'library.db');
  });

  afterAll(() => {
    process.chdir(startDir);
    if (startDb === undefined) delete process.env.SPF_DB;
    else process.env.SPF_DB = startDb;
  });

  const runnable = commands.filter((c) => !NEEDS_A_WINDOW_OR_NETWORK.test(c.args.join(' ')));
  it.each(runnable.map((c) => [`README.md:${c.line}: spf ${c.args.join(' ')}`, c] as const))(
    '%s',
    async (_name, command) => {
      const args = command.args.map((a) =>
        a.replace(/^\$(\w+)$/, (_, v: string) => variables.get(v) ?? a),
      );
      const r = await spfWithEnv({}, ...args);
      expect(r.err.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
      expect(r.code).toBe(0);
      if (command.captureAs) variables.set(command.captureAs, r.out.trim());
    },
    120_000,
  );
});
