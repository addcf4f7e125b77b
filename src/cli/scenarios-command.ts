import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { bundledCountry, DEFAULT_SCENARIO_FILE } from '../node/bundled-models';
import type {
  Library,
  OpenedScenario,
  ScenarioDetails,
  ScenarioPage,
  ScenarioPageQuery,
} from '../node/library/index';
import { DEFAULT_PAGE_LIMIT, LibraryError } from '../node/library/index';
import {
  MAX_PAGE_LIMIT,
  SCENARIO_SORTS,
  type ScenarioSort,
  type SortDirection,
} from '../contract/scenario-list';
import { readJsonFile } from '../node/read-json-file';
import {
  checkScenarioOnCountry,
  readScenario,
  renderMessage,
  type BenefitSpec,
  type CountryData,
  type FinancingSpec,
  type Issue,
  type MessageLanguage,
  type MessageParams,
} from '#engine';
import { issueLine, type CliIo } from './cli-io';
import { countryFromDatabaseWithNote } from './countries-database';
import {
  about,
  addDbOption,
  emit,
  forCommandLine,
  LIST_FORMATS,
  parsePositive,
  parseScenarioId,
  table,
  when,
  withExistingLibrary,
  readLibrary,
  withLibrary,
  type DbOptions,
  type ListFormat,
} from './library-commands';

const pct = (v: number) => `${Number((v * 100).toFixed(2))}%`;

function warn(io: CliIo, where: string, warnings: readonly Issue[]): void {
  for (const w of warnings) io.err(`warning: ${where}: ${issueLine(io, w)}\n`);
}

function amount(b: BenefitSpec): string {
  const v = b.benefit;
  const base = v.basis === 'fixed' ? `${v.amount} a month` : `${pct(v.share)} of ${v.basis}`;
  return v.months === 12 ? base : `${base}, ${v.months} months`;
}

function ramp(r: { startYear: number; start: number; fullYear: number; full: number }): string {
  return r.startYear === r.fullYear
    ? `${pct(r.full)} from ${r.startYear}`
    : `${pct(r.start)} in ${r.startYear} to ${pct(r.full)} in ${r.fullYear}`;
}

function benefitsTable(benefits: readonly BenefitSpec[]): string {
  const rows = benefits.map((b) => [
    b.id,
    b.kind,
    `${b.label}${b.enabled ? '' : ' (off)'}`,
    `${b.ages[0]}-${b.ages[1]}`,
    amount(b),
    ramp(b.coverage),
  ]);
  return table(['id', 'kind', 'label', 'ages', 'benefit', 'coverage'], rows);
}

function financingTable(financing: readonly FinancingSpec[]): string {
  const rows = financing.map((f) => [f.option, f.label, `${ramp(f)} of GDP`]);
  return table(['option', 'label', 'ramp'], rows);
}

function countryLabel(country: string, version: number | null, data: CountryData): string {
  return version === null
    ? `${country} (inline in the scenario), ${data.name}`
    : `${country} version ${version}, ${data.name}`;
}

/** The readable summary of `spf scenarios show`. */
function describe(d: ScenarioDetails, opened: OpenedScenario): string {
  const s = opened.scenario;
  const c = d.current;
  const lines = [
    `Scenario ${d.id}: ${d.name}`,
    `  Country:    ${countryLabel(c.country, c.countryVersion, opened.country)}`,
    `  Years:      ${s.years[0]}-${s.years[1]}`,
    `  Revisions:  ${d.revisions} (current: ${c.rev}, saved ${when(c.savedAt)}${c.note ? `, "${c.note}"` : ''})`,
    `  Created:    ${when(d.createdAt)}`,
    `  Updated:    ${when(d.updatedAt)}`,
    `  Tags:       ${d.tags.length ? d.tags.join(', ') : '(none)'}`,
  ];
  if (d.sets.length) lines.push(`  Sets:       ${d.sets.join(', ')}`);
  if (d.deletedAt) lines.push(`  In the recycle bin since ${when(d.deletedAt)}`);
  if (s.description) lines.push(`  About:      ${s.description}`);
  let text = `${lines.join('\n')}\n`;
  text += d.notes.length ? `\nNotes:\n` : '';
  for (const n of d.notes) text += `  ${when(n.createdAt)}  ${n.text}\n`;
  text += `\nBenefits (${s.benefits.length}):\n${s.benefits.length ? benefitsTable(s.benefits) : '  (none)\n'}`;
  if (s.financing.length) {
    text += `\nFinancing (${s.financing.length}):\n${financingTable(s.financing)}`;
  }
  return text;
}

interface ListOptions extends DbOptions {
  format: ListFormat;
  search?: string;
  tag?: string;
  country?: string;
  deleted?: boolean;
  limit?: string;
  after?: string;
  sort?: ScenarioSort;
  direction?: SortDirection;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The page asked for on the command line: 50 rows from the start unless told otherwise. */
function pageQuery(o: ListOptions): ScenarioPageQuery {
  return {
    ...(o.search === undefined ? {} : { search: o.search }),
    ...(o.tag === undefined ? {} : { tag: o.tag }),
    ...(o.country === undefined ? {} : { country: o.country }),
    deleted: o.deleted === true,
    ...(o.sort === undefined ? {} : { sort: o.sort }),
    ...(o.direction === undefined ? {} : { direction: o.direction }),
    ...(o.after === undefined ? {} : { cursor: o.after }),
    limit: o.limit === undefined ? DEFAULT_PAGE_LIMIT : parsePositive(o.limit, '--limit'),
  };
}

/** "showing 50 of 1,234 — next: --after X", or null when the page holds every match. */
function moreLine(page: ScenarioPage): string | null {
  if (page.nextCursor === null) return null;
  return `showing ${count(page.rows.length)} of ${count(page.total)} — next: --after ${page.nextCursor}\n`;
}

/** The list as text for stdout; the line about the next page goes to stderr in JSON, so it still parses. */
function listScenarios(library: Library, o: ListOptions, io: CliIo): string {
  const page = library.listScenarioPage(pageQuery(o));
  const found = page.rows;
  const more = moreLine(page);
  if (o.format === 'json') {
    if (more) io.err(more);
    const rows = found.map(({ id, name, country, revisions, updatedAt }) => ({
      id,
      name,
      country,
      revisions,
      updatedAt,
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  if (found.length === 0 && o.after === undefined) {
    if (o.deleted) return 'The recycle bin is empty.\n';
    const filtered = o.search !== undefined || o.tag !== undefined || o.country !== undefined;
    return filtered
      ? 'No scenario matches.\n'
      : 'The library has no scenarios yet; save one with "spf scenarios save FILE".\n';
  }
  const rows = found.map((s) => [
    String(s.id),
    s.name,
    s.country,
    String(s.revisions),
    when(o.deleted ? s.deletedAt : s.updatedAt),
  ]);
  const text = table(['id', 'name', 'country', 'revs', o.deleted ? 'deleted' : 'updated'], rows, [
    'id',
    'revs',
  ]);
  return more ? `${text}${more}` : text;
}

/**
 * The description a scenario made from the default package starts with: its guarantees, phase-in,
 * years and the country it is on (the same words as the app's "New" in English). Written for each new
 * scenario, so the template's description never follows the package to another country.
 */
export function describeNewScenario(
  scenario: { years: [number, number]; benefits: readonly BenefitSpec[] },
  countryName: string,
  lang: MessageLanguage = 'en',
): string {
  const benefits = scenario.benefits.filter((b) => b.enabled);
  const [first, last] = scenario.years;
  const where = { first, last, country: countryName };
  if (benefits.length === 0) return englishOr('cli.describe.none', where, lang);
  const params = {
    ...where,
    count: benefits.length,
    benefits: benefits.map((b) => b.label).join(', '),
    from: Math.min(...benefits.map((b) => b.coverage.startYear)),
    to: Math.max(...benefits.map((b) => b.coverage.fullYear)),
  };
  return englishOr(benefits.length === 1 ? 'cli.describe.one' : 'cli.describe.many', params, lang);
}

/** A catalogue text in `lang` (every code here has its three languages, checked by a test). */
function englishOr(code: string, params: MessageParams, lang: MessageLanguage): string {
  return renderMessage(code, params, lang) ?? renderMessage(code, params, 'en') ?? code;
}

/** `spf scenarios new`: the bundled default package, as a file, on the country asked for. */
function newScenario(
  o: { country?: string; name?: string; db?: string },
  io: CliIo,
): Record<string, unknown> {
  const value = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as Record<string, unknown>;
  if (o.name !== undefined) value.name = o.name;
  const wanted = (o.country ?? String(value.country)).trim();
  const country =
    bundledCountry(wanted) ??
    withExistingLibrary(o.db, io, (library) => library?.findCountry(wanted)) ??
    countryFromDatabaseWithNote(wanted, io);
  if (!country) {
    throw forCommandLine(
      LibraryError.of('country-not-found', `"${wanted}" is not a country in the library`),
    );
  }
  value.country = country.code;
  const r = readScenario(value);
  if (!r.ok) return value;
  value.description = describeNewScenario(r.value, country.name, io.lang);
  // Say now what would stop it from being costed there (e.g. population years), not at `spf cost`.
  const { checked } = checkScenarioOnCountry(r.value, country);
  warn(io, `the new scenario on ${country.code}`, [...checked.issues, ...checked.warnings]);
  return value;
}

type Cmd = (command: Command) => Command;
/** Adds `spf scenarios NAME` with its description, the --db option and what `more` adds. */
type Sub = (name: string, description: string, more?: Cmd) => Command;

const formatOption = () =>
  new Option('--format <FORMAT>', 'table (readable) or json')
    .choices(LIST_FORMATS)
    .default('table');

/** `save`, then the commands that only read: `list`, `show`, `export`, `history`. */
function saveAndReadCommands(sub: Sub, io: CliIo): void {
  sub('save', 'save a scenario file: a new scenario, or with --id a new revision of one', (c) =>
    c
      .argument('<FILE>', 'a spf.scenario/1 JSON file')
      .option('--id <ID>', 'save as a new revision of this scenario')
      .option('--note <TEXT>', 'what changed, shown in the history')
      .option(
        '--country-version <N>',
        'pin this version of the country (default: the version the scenario had, or the latest)',
      )
      .addHelpText(
        'after',
        '\nOnly the scenario id goes to standard output (the message goes to standard error), so\n' +
          'id=$(spf scenarios save my-scenario.json) keeps it in a shell variable.',
      ),
  ).action(
    (file: string, o: DbOptions & { id?: string; note?: string; countryVersion?: string }) => {
      const id = o.id === undefined ? undefined : parseScenarioId(o.id);
      const version =
        o.countryVersion === undefined
          ? undefined
          : o.countryVersion === 'latest'
            ? ('latest' as const)
            : parsePositive(o.countryVersion, '--country-version');
      const input = readJsonFile(file);
      withLibrary(o, io, (library) => {
        const r = about(file, () =>
          library.saveScenario(input, {
            ...(id === undefined ? {} : { id }),
            ...(o.note === undefined ? {} : { note: o.note }),
            ...(version === undefined ? {} : { countryVersion: version }),
          }),
        );
        warn(io, file, r.warnings);
        const country =
          r.countryVersion === null
            ? `${r.country} (inline)`
            : `${r.country} version ${r.countryVersion}`;
        io.err(
          `Saved ${r.created ? 'new scenario' : 'scenario'} ${r.id} revision ${r.rev}: "${r.name}" on ${country}\n`,
        );
        io.out(`${r.id}\n`);
      });
    },
  );

  sub('list', 'list the scenarios a page at a time, most recently changed first', (c) =>
    c
      .addOption(formatOption())
      .option('--search <TEXT>', 'part of the name, a tag or a country code')
      .option('--tag <TAG>', 'only scenarios with this tag')
      .option('--country <CODE>', 'only scenarios on this country')
      .option('--deleted', 'list the recycle bin instead')
      .addOption(
        new Option('--sort <COLUMN>', 'the column to sort by')
          .choices(SCENARIO_SORTS)
          .default('updated'),
      )
      .addOption(
        new Option(
          '--direction <DIR>',
          'asc or desc (default: desc for updated and revisions, asc for name and country)',
        ).choices(['asc', 'desc']),
      )
      .option(
        '--limit <N>',
        `rows on the page, 1-${MAX_PAGE_LIMIT} (default ${DEFAULT_PAGE_LIMIT})`,
      )
      .option('--after <CURSOR>', 'the next page: the cursor the page before printed'),
  ).action((o: ListOptions) => {
    readLibrary(o, io, (library) => io.out(listScenarios(library, o, io)));
  });

  sub('show', 'show a scenario: name, country, revisions, tags, notes and benefits', (c) =>
    c.argument('<ID>'),
  ).action((id: string, o: DbOptions) => {
    const n = parseScenarioId(id);
    readLibrary(o, io, (library) => {
      const opened = library.openScenario(n);
      io.out(describe(library.getScenario(n), opened));
    });
  });

  sub('export', 'print the spf.scenario/1 JSON of the current revision (or of --rev N)', (c) =>
    c
      .argument('<ID>')
      .option('--rev <N>', 'this revision instead of the current one')
      .option('--out <FILE>', 'write it to FILE instead of the screen'),
  ).action((id: string, o: DbOptions & { rev?: string; out?: string }) => {
    const n = parseScenarioId(id);
    const rev = o.rev === undefined ? undefined : parsePositive(o.rev, '--rev');
    readLibrary(o, io, (library) => emit(io, `${library.getRevision(n, rev).json}\n`, o.out));
  });

  sub('history', 'list the revisions of a scenario', (c) =>
    c.argument('<ID>').addOption(formatOption()),
  ).action((id: string, o: DbOptions & { format: ListFormat }) => {
    const n = parseScenarioId(id);
    readLibrary(o, io, (library) => {
      const revisions = library.history(n);
      if (o.format === 'json') {
        const rows = revisions.map(({ rev, savedAt, note }) => ({ rev, savedAt, note }));
        io.out(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const rows = revisions.map((r) => [
        String(r.rev),
        when(r.savedAt),
        r.countryVersion === null ? `${r.country} inline` : `${r.country} v${r.countryVersion}`,
        r.note,
      ]);
      io.out(table(['rev', 'saved', 'country', 'note'], rows, ['rev']));
    });
  });
}

/** The commands that change a scenario or the bin: `restore`, `delete`, `undelete`, `empty-bin`, `rename`, `duplicate`. */
function changeCommands(sub: Sub, io: CliIo): void {
  sub('restore', 'make an old revision current again (saved as a new revision)', (c) =>
    c.argument('<ID>').argument('<REV>'),
  ).action((id: string, rev: string, o: DbOptions) => {
    const n = parseScenarioId(id);
    const r = parsePositive(rev, 'the revision');
    withLibrary(o, io, (library) => {
      const done = library.restoreRevision(n, r);
      io.out(`Restored revision ${r} of scenario ${n} as revision ${done.rev}\n`);
    });
  });

  sub('delete', 'move a scenario to the recycle bin', (c) => c.argument('<ID>')).action(
    (id: string, o: DbOptions) => {
      const n = parseScenarioId(id);
      withLibrary(o, io, (library) => {
        const moved = library.deleteScenario(n);
        io.out(
          moved
            ? `Moved scenario ${n} to the recycle bin; take it out with "spf scenarios undelete ${n}"\n`
            : `Scenario ${n} is already in the recycle bin\n`,
        );
      });
    },
  );

  sub('undelete', 'take a scenario out of the recycle bin', (c) => c.argument('<ID>')).action(
    (id: string, o: DbOptions) => {
      const n = parseScenarioId(id);
      withLibrary(o, io, (library) => {
        const back = library.undeleteScenario(n);
        io.out(
          back
            ? `Scenario ${n} is back in the library\n`
            : `Scenario ${n} was not in the recycle bin\n`,
        );
      });
    },
  );

  sub('empty-bin', 'remove the scenarios in the recycle bin for good').action((o: DbOptions) => {
    withLibrary(o, io, (library) => {
      const n = library.emptyBin();
      io.out(
        n === 0
          ? 'The recycle bin was empty\n'
          : `Removed ${n} scenario${n === 1 ? '' : 's'} for good\n`,
      );
    });
  });

  sub('rename', 'rename a scenario (saved as a new revision)', (c) =>
    c.argument('<ID>').argument('<NAME>'),
  ).action((id: string, name: string, o: DbOptions) => {
    const n = parseScenarioId(id);
    withLibrary(o, io, (library) => {
      const r = library.renameScenario(n, name);
      io.out(`Scenario ${n} is now "${r.name}" (revision ${r.rev})\n`);
    });
  });

  sub('duplicate', 'copy a scenario (its current revision) into a new one', (c) =>
    c.argument('<ID>').option('--name <NAME>', 'name of the copy (default: "NAME (copy)")'),
  ).action((id: string, o: DbOptions & { name?: string }) => {
    const n = parseScenarioId(id);
    withLibrary(o, io, (library) => {
      const r = library.duplicateScenario(n, o.name);
      io.out(`Copied scenario ${n} to new scenario ${r.id}: "${r.name}"\n${r.id}\n`);
    });
  });
}

/** Tags and notes, and `new` (a scenario file from the default package). */
function annotateAndNewCommands(sub: Sub, io: CliIo): void {
  sub('tag', 'add tags to a scenario', (c) => c.argument('<ID>').argument('<TAG...>')).action(
    (id: string, tags: string[], o: DbOptions) => {
      const n = parseScenarioId(id);
      withLibrary(o, io, (library) => {
        io.out(`Scenario ${n} tags: ${library.addTags(n, tags).join(', ')}\n`);
      });
    },
  );

  sub('untag', 'remove a tag from a scenario', (c) => c.argument('<ID>').argument('<TAG>')).action(
    (id: string, tag: string, o: DbOptions) => {
      const n = parseScenarioId(id);
      withLibrary(o, io, (library) => {
        const left = library.removeTag(n, tag);
        io.out(`Scenario ${n} tags: ${left.length ? left.join(', ') : '(none)'}\n`);
      });
    },
  );

  sub('note', 'add a dated note to a scenario', (c) =>
    c.argument('<ID>').argument('<TEXT>'),
  ).action((id: string, text: string, o: DbOptions) => {
    const n = parseScenarioId(id);
    withLibrary(o, io, (library) => {
      library.addNote(n, text);
      io.out(`Added a note to scenario ${n}\n`);
    });
  });

  sub('new', 'print a new scenario: the default package, on the country asked for', (c) =>
    c
      .option(
        '--country <CODE>',
        'a country code: the training country XTA, one in the library, or one of the country database (spf countries list --database)',
      )
      .option('--name <NAME>', 'the scenario name')
      .option('--out <FILE>', 'write it to FILE instead of the screen')
      .addHelpText(
        'after',
        '\nExample:\n  npx spf scenarios new --country KEN --out kenya-floor.json\n  npx spf scenarios save kenya-floor.json',
      ),
  ).action((o: DbOptions & { country?: string; name?: string; out?: string }) => {
    emit(io, `${JSON.stringify(newScenario(o, io), null, 2)}\n`, o.out);
  });
}

export function registerScenariosCommand(program: Command, io: CliIo): void {
  const scenarios = program
    .command('scenarios')
    .description(
      'The scenario library: every save is a revision you can list and restore; deleted scenarios go to a recycle bin (docs/library.md).',
    );
  const sub: Sub = (name, description, more = (c) => c) =>
    addDbOption(more(scenarios.command(name).description(description)));
  // In this order in `spf scenarios --help`.
  saveAndReadCommands(sub, io);
  changeCommands(sub, io);
  annotateAndNewCommands(sub, io);
}
