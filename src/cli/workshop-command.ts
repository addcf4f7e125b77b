import { Option, type Command } from 'commander';
import { InputError } from '#engine';
import { readJsonFile } from '../node/read-json-file';
import type { WorkshopDetails } from '../node/library/index';
import type { CliIo } from './cli-io';
import {
  about,
  addDbOption,
  LIST_FORMATS,
  parsePositive,
  parseScenarioId,
  readLibrary,
  table,
  when,
  withLibrary,
  type DbOptions,
  type ListFormat,
} from './library-commands';

interface CreateOptions extends DbOptions {
  baseline: string;
  year: string;
  groups: string;
  envelope: string;
  envelopes?: string;
}

/** A share of GDP from a percentage typed on the command line ("5" or "4.5"). */
function percent(text: string, what: string): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) {
    throw new InputError([{ path: what, message: `must be a percentage of GDP, found "${text}"` }]);
  }
  return n / 100;
}

/** The groups asked for: names split at commas, each with its envelope (one for all by default). */
function groupsOf(o: CreateOptions) {
  const names = o.groups.split(',').map((n) => n.trim());
  const each = o.envelopes?.split(',');
  if (each && each.length !== names.length) {
    throw new InputError([
      {
        path: '--envelopes',
        message: `gives ${each.length} envelopes for ${names.length} groups`,
      },
    ]);
  }
  return names.map((name, i) => ({
    name,
    envelopePctGdp: each ? percent(each[i]!, '--envelopes') : percent(o.envelope, '--envelope'),
  }));
}

function showText(w: WorkshopDetails): string {
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  const rows = w.groupList.map((g) => [
    String(g.position),
    g.name,
    pct(g.envelopePctGdp),
    g.scenarioId === null ? '(removed)' : String(g.scenarioId),
    `${g.scenarioName}${g.deleted ? ' (in the recycle bin)' : ''}`,
    String(g.revisions),
  ]);
  return (
    `Workshop ${w.id} "${w.name}" on ${w.country}, envelope year ${w.envelopeYear}\n` +
    `Baseline (locked): scenario ${w.baseline.id ?? '(removed)'} "${w.baseline.name}" revision ${w.baseline.rev}\n` +
    table(['#', 'group', 'envelope', 'id', 'scenario', 'revs'], rows, [
      '#',
      'envelope',
      'id',
      'revs',
    ])
  );
}

/** `spf workshop`: a facilitator's workshops (docs/library.md, "Workshops"). */
export function registerWorkshopCommand(program: Command, io: CliIo): void {
  const workshop = program
    .command('workshop')
    .description(
      'Workshops: a locked baseline and one copy of it per group, with fiscal envelopes.',
    );
  const formatOption = () =>
    new Option('--format <FORMAT>', 'table (readable) or json')
      .choices(LIST_FORMATS)
      .default('table');
  const workshopId = (text: string) => parsePositive(text, 'the workshop id');

  addDbOption(
    workshop
      .command('create')
      .description('start a workshop: one copy of the baseline per group, tagged with the workshop')
      .argument('<NAME>')
      .requiredOption('--baseline <ID>', 'the baseline scenario (its current revision is pinned)')
      .requiredOption('--year <YEAR>', 'the envelope year, one of the baseline years')
      .option('--groups <NAMES>', 'group names, separated by commas', 'Group 1,Group 2,Group 3')
      .option('--envelope <PCT>', 'the fiscal envelope of every group, % of GDP', '5')
      .option('--envelopes <PCTS>', "each group's envelope, % of GDP, separated by commas"),
  ).action((name: string, o: CreateOptions) => {
    const baselineId = parseScenarioId(o.baseline);
    const envelopeYear = parsePositive(o.year, '--year');
    const groups = groupsOf(o);
    withLibrary(o, io, (library) => {
      const country = library.getScenario(baselineId).country;
      const w = library.createWorkshop({ name, country, baselineId, envelopeYear, groups });
      io.out(showText(w));
    });
  });

  addDbOption(
    workshop.command('list').description('list the workshops').addOption(formatOption()),
  ).action((o: DbOptions & { format: ListFormat }) => {
    readLibrary(o, io, (library) => {
      const all = library.listWorkshops();
      if (o.format === 'json') return io.out(`${JSON.stringify(all, null, 2)}\n`);
      if (all.length === 0) return io.out('There are no workshops yet\n');
      const rows = all.map((w) => [
        String(w.id),
        w.name,
        w.country,
        String(w.groups),
        when(w.createdAt),
      ]);
      io.out(table(['id', 'name', 'country', 'groups', 'created'], rows, ['id', 'groups']));
    });
  });

  addDbOption(
    workshop
      .command('show')
      .description('show a workshop: its baseline and groups')
      .argument('<ID>')
      .addOption(formatOption()),
  ).action((id: string, o: DbOptions & { format: ListFormat }) => {
    readLibrary(o, io, (library) => {
      const w = library.getWorkshop(workshopId(id));
      io.out(o.format === 'json' ? `${JSON.stringify(w, null, 2)}\n` : showText(w));
    });
  });

  addDbOption(
    workshop
      .command('import')
      .description("save a group's scenario file as a new revision of the group's scenario")
      .argument('<ID>', 'the workshop id')
      .argument('<GROUP>', 'the group number (1, 2, …)')
      .argument('<FILE>', 'a spf.scenario/1 file'),
  ).action((id: string, group: string, file: string, o: DbOptions) => {
    const input = readJsonFile(file);
    withLibrary(o, io, (library) => {
      const r = about(file, () =>
        library.importGroupFile(workshopId(id), parsePositive(group, 'the group'), input, file),
      );
      io.out(`Saved scenario ${r.id} revision ${r.rev}: "${r.name}"\n`);
    });
  });

  addDbOption(
    workshop
      .command('delete')
      .description('delete a workshop (its baseline is unlocked; every scenario stays)')
      .argument('<ID>'),
  ).action((id: string, o: DbOptions) => {
    withLibrary(o, io, (library) => {
      library.deleteWorkshop(workshopId(id));
      io.out(`Deleted workshop ${id}\n`);
    });
  });
}
