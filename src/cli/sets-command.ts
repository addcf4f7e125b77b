import { Option, type Command } from 'commander';
import type { CliIo } from './cli-io';
import {
  addDbOption,
  LIST_FORMATS,
  parseScenarioId,
  table,
  when,
  readLibrary,
  withLibrary,
  type DbOptions,
  type ListFormat,
} from './library-commands';

export function registerSetsCommand(program: Command, io: CliIo): void {
  const sets = program
    .command('sets')
    .description('Named, ordered sets of scenarios from the library, to compare side by side.');
  const formatOption = () =>
    new Option('--format <FORMAT>', 'table (readable) or json')
      .choices(LIST_FORMATS)
      .default('table');

  addDbOption(
    sets
      .command('create')
      .description('make a set of scenarios, in the order given')
      .argument('<NAME>')
      .argument('<ID...>', 'scenario ids'),
  ).action((name: string, ids: string[], o: DbOptions) => {
    const numbers = ids.map(parseScenarioId);
    withLibrary(o, io, (library) => {
      const s = library.createSet(name, numbers);
      io.out(`Created set "${s.name}" with scenarios ${s.scenarioIds.join(', ')}\n`);
    });
  });

  addDbOption(sets.command('list').description('list the sets').addOption(formatOption())).action(
    (o: DbOptions & { format: ListFormat }) => {
      readLibrary(o, io, (library) => {
        const all = library.listSets();
        if (o.format === 'json') {
          io.out(`${JSON.stringify(all, null, 2)}\n`);
          return;
        }
        if (all.length === 0) {
          io.out('There are no sets yet; make one with "spf sets create NAME ID ID..."\n');
          return;
        }
        const rows = all.map((s) => [s.name, s.scenarioIds.join(', '), when(s.updatedAt)]);
        io.out(table(['name', 'scenarios', 'updated'], rows));
      });
    },
  );

  addDbOption(
    sets
      .command('show')
      .description('show the scenarios of a set')
      .argument('<NAME>')
      .addOption(formatOption()),
  ).action((name: string, o: DbOptions & { format: ListFormat }) => {
    readLibrary(o, io, (library) => {
      const s = library.getSet(name);
      if (o.format === 'json') {
        io.out(`${JSON.stringify(s, null, 2)}\n`);
        return;
      }
      const rows = s.members.map((m) => [
        String(m.position + 1),
        String(m.id),
        `${m.name}${m.deleted ? ' (in the recycle bin)' : ''}`,
        m.country,
        String(m.revisions),
      ]);
      io.out(
        `Set "${s.name}"\n${table(['#', 'id', 'name', 'country', 'revs'], rows, ['#', 'id', 'revs'])}`,
      );
    });
  });

  addDbOption(
    sets.command('delete').description('delete a set (its scenarios stay)').argument('<NAME>'),
  ).action((name: string, o: DbOptions) => {
    withLibrary(o, io, (library) => {
      library.deleteSet(name);
      io.out(`Deleted set "${name}"\n`);
    });
  });
}
