import type { Command } from 'commander';
import { createDispatcher } from '../backend/bridge-dispatch';
import { libraryHandlers } from '../backend/bridge-handlers';
import { reportHandlers } from '../backend/report-handlers';
import { openLibrary } from '../backend/library/index';
import { libraryLocation } from '../backend/paths';
import { startWebServer } from '../backend/web-server';
import type { CliIo } from './cli-io';
import { addDbOption, forCommandLine, parsePositive } from './library-commands';

interface WebOptions {
  port?: string;
  db?: string;
}

/**
 * `spf web`: the app in a browser, for machines without the desktop app. Serves the built renderer
 * and the scenario library on 127.0.0.1 with a token made for this run; stops with Ctrl+C.
 */
export function registerWebCommand(program: Command, io: CliIo): void {
  const command = program
    .command('web')
    .description(
      'Open SPF Costing Studio in a web browser on this computer (127.0.0.1 only).\n' +
        'Build the page first with "npx vite build" (npm run web does both).',
    )
    .option('--port <N>', 'the port to listen on (default: a free one)');
  addDbOption(command).action(async (o: WebOptions) => {
    const { path } = libraryLocation(o.db);
    let library;
    try {
      library = openLibrary(path);
    } catch (e) {
      throw forCommandLine(e);
    }
    const dispatch = createDispatcher(
      { ...libraryHandlers(library, { version: '0.1.0', host: 'web' }), ...reportHandlers() },
      (e) => io.err(`internal error: ${(e as Error).stack ?? String(e)}\n`),
    );
    const running = await startWebServer({
      dispatch,
      ...(o.port === undefined ? {} : { port: parsePositive(o.port, 'port') }),
    });
    io.out(
      `SPF Costing Studio is running. Open this address in your browser:\n\n  ${running.url}\n\n`,
    );
    io.out(`Scenario library: ${path}\nPress Ctrl+C to stop.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        void running.close().then(() => {
          library.close();
          resolve();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
