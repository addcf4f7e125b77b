import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { CountryVersionInfo, Library } from '../node/library/index';
import { readJsonFile } from '../node/read-json-file';
import Papa from 'papaparse';
import { SAFE_UNPARSE } from '../contract/spreadsheet-text';
import { issueLine, type CliIo } from './cli-io';
import {
  DATABASE_FORMATS,
  importFromDatabase,
  listDatabase,
  type DatabaseFormat,
} from './countries-database';
import {
  about,
  addDbOption,
  emit,
  LIST_FORMATS,
  parsePositive,
  table,
  when,
  readLibrary,
  withLibrary,
  type DbOptions,
  type ListFormat,
} from './library-commands';

function versionJson(v: CountryVersionInfo, versions?: number): Record<string, unknown> {
  return {
    code: v.code,
    name: v.name,
    version: v.version,
    ...(versions === undefined ? {} : { versions }),
    importedAt: v.importedAt,
    source: v.sourceNote,
    bundled: v.bundled,
    sha256: v.sha256,
  };
}

/** `spf countries list`: the library's countries, latest version of each. */
function listLibraryCountries(
  all: ReturnType<Library['listCountries']>,
  format: DatabaseFormat,
  io: CliIo,
): void {
  if (format === 'json') {
    io.out(
      `${JSON.stringify(
        all.map((c) => versionJson(c, c.versions)),
        null,
        2,
      )}\n`,
    );
    return;
  }
  const rows = all.map((c) => [
    c.code,
    String(c.version),
    String(c.versions),
    c.name,
    c.bundled ? 'bundled' : when(c.importedAt),
  ]);
  const headers = ['code', 'version', 'versions', 'name', 'imported'];
  io.out(
    format === 'csv'
      ? `${Papa.unparse({ fields: headers, data: rows }, SAFE_UNPARSE)}\n`
      : table(headers, rows, ['version', 'versions']),
  );
}

export function registerCountriesCommand(program: Command, io: CliIo): void {
  const countries = program
    .command('countries')
    .description(
      'Country data in the scenario library, by version: the bundled training country (XTA) and the spf.country/1 files imported. Each scenario revision keeps the version it was saved with.',
    );
  const formatOption = () =>
    new Option('--format <FORMAT>', 'table (readable) or json')
      .choices(LIST_FORMATS)
      .default('table');

  addDbOption(
    countries
      .command('list')
      .description(
        'list the countries (latest version of each); with --database, the countries shipped with the app and their key figures',
      )
      .option('--database', 'the country database shipped with the app instead of the library')
      .addOption(
        new Option('--format <FORMAT>', 'table (readable), json or csv')
          .choices(DATABASE_FORMATS)
          .default('table'),
      ),
  ).action((o: DbOptions & { format: DatabaseFormat; database?: boolean }) => {
    if (o.database) {
      listDatabase(o.format, io);
      return;
    }
    readLibrary(o, io, (library) => listLibraryCountries(library.listCountries(), o.format, io));
  });

  addDbOption(
    countries
      .command('history')
      .description('list the versions of a country, with where each came from')
      .argument('<CODE>')
      .addOption(formatOption()),
  ).action((code: string, o: DbOptions & { format: ListFormat }) => {
    readLibrary(o, io, (library) => {
      const versions = library.countryVersions(code);
      if (o.format === 'json') {
        io.out(
          `${JSON.stringify(
            versions.map((v) => versionJson(v)),
            null,
            2,
          )}\n`,
        );
        return;
      }
      const rows = versions.map((v) => [
        String(v.version),
        when(v.importedAt),
        v.sha256.slice(0, 12),
        v.sourceNote,
      ]);
      io.out(table(['version', 'imported', 'sha256', 'source'], rows, ['version']));
    });
  });

  addDbOption(
    countries
      .command('import')
      .description(
        'import a spf.country/1 file: changed data becomes a new version; the same data is not stored twice',
      )
      .argument('<FILE>', 'a spf.country/1 JSON file (with --database: a country code, e.g. KEN)')
      .option(
        '--database',
        'import the country of this code from the country database shipped with the app',
      )
      .option('--note <TEXT>', 'where the data came from (default: the file it was imported from)'),
  ).action((file: string, o: DbOptions & { note?: string; database?: boolean }) => {
    if (o.database) {
      withLibrary(o, io, (library) => importFromDatabase(library, file, io));
      return;
    }
    const input = readJsonFile(file);
    withLibrary(o, io, (library) => {
      const r = about(file, () =>
        library.importCountry(input, o.note ?? `imported from ${resolve(file)}`),
      );
      for (const w of r.warnings) io.err(`warning: ${file}: ${issueLine(io, w)}\n`);
      io.out(
        r.created
          ? `Imported ${r.code} version ${r.version}\n`
          : `${r.code} version ${r.version} already has exactly this data; nothing was imported\n`,
      );
    });
  });

  addDbOption(
    countries
      .command('export')
      .description('print the spf.country/1 JSON of a country (the latest version, or --version N)')
      .argument('<CODE>')
      .option('--version <N>', 'this version instead of the latest')
      .option('--out <FILE>', 'write it to FILE instead of the screen'),
  ).action((code: string, o: DbOptions & { version?: string; out?: string }) => {
    const version = o.version === undefined ? undefined : parsePositive(o.version, '--version');
    readLibrary(o, io, (library) => {
      const c = library.getCountry(code, version);
      emit(io, `${JSON.stringify(JSON.parse(c.json), null, 2)}\n`, o.out);
    });
  });
}
