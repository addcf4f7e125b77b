import type { Command } from 'commander';
import { createDispatcher } from '../node/bridge-dispatch';
import { appVersion } from '../node/app-version';
import { errorDetail } from '../node/error-detail';
import { libraryHandlers } from '../node/bridge-handlers';
import { openLibrary } from '../node/library/index';
import { libraryLocation } from '../node/paths';
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
    // Loaded only for this command: the server brings in sirv and the report handlers.
    const [{ startWebServer }, { offloadHeavyChannels, startWorkerPool }] = await Promise.all([
      import('../node/web-server'),
      import('../node/worker/worker-pool'),
    ]);
    const { path } = libraryLocation(o.db);
    let library;
    try {
      library = openLibrary(path);
    } catch (e) {
      throw forCommandLine(e);
    }
    const logError = (e: unknown) => io.err(`internal error: ${errorDetail(e)}\n`);
    // The workbook is built in worker threads, so the page stays answered while one is made.
    const pool = startWorkerPool({ log: (message) => io.err(`${message}\n`) });
    const dispatch = offloadHeavyChannels(
      createDispatcher(libraryHandlers(library, { version: appVersion(), host: 'web' }), logError),
      pool,
    );
    let running;
    try {
      running = await startWebServer({
        dispatch,
        ...(o.port === undefined ? {} : { port: parsePositive(o.port, 'port') }),
      });
    } catch (e) {
      // The workers would keep the command running after its error.
      await pool.close();
      library.close();
      throw e;
    }
    io.out(
      `SPF Costing Studio is running. Open this address in your browser:\n\n  ${running.url}\n\n`,
    );
    io.out(`Scenario library: ${path}\nPress Ctrl+C to stop.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        void Promise.all([running.close(), pool.close()]).then(() => {
          library.close();
          resolve();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
