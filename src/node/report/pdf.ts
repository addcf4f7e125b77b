/**
 * The PDF report from the command line (and any Node caller).
 *
 * Stable API:
 *
 *   renderReportPdf(input: ReportPdfInput, options?: ReportPdfOptions): Promise<Buffer>
 *
 *   input.scenarioFile  the scenario as a spf.scenario/1 file (parsed JSON, as read from disk)
 *   input.country       the country it was costed on (spf.country/1, as read by readCountry)
 *   input.result        runScenario(scenario, country)
 *   input.language      one of REPORT_LANGUAGES (the engine's MESSAGE_LANGUAGES: en, fr, es)
 *   input.generatedAt   optional ISO date shown on the cover and in the footer (default: today)
 *   input.howSure       optional "How sure are these numbers?" part (default: reportHowSure of the
 *                       scenario, 1,000 draws, seed 1; a note when it cannot be worked out)
 *
 * It serves the built renderer on a loopback port of its own, opens report.html in Chromium
 * (playwright-core; /usr/bin/chromium or CHROMIUM_PATH), lets the page fetch its data from that server,
 * waits until every chart has painted, and prints A4 with the page's own header, footer and page
 * numbers. Errors: InputError "PDF reports need Chromium: …" when Chromium is missing; Error when
 * the renderer is not built and cannot be built, or the page fails (with the page's message).
 * See docs/pdf-report.md.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  errorMessage,
  InputError,
  readScenario,
  type CostingResult,
  type CountryData,
} from '#engine';
import { RENDERER_DIR } from '../web-server';
import {
  reportHowSure,
  type HowSureOptions,
  type ReportData,
  type ReportHowSure,
  type ReportLanguage,
} from '../../contract/report';
import { ensureRendererBuilt } from './ensure-renderer';
import { REPORT_PAGE_SIZE, REPORT_TIMEOUT_MS } from './print-settings';
import { ReportJob } from './report-job';
import { startReportServer } from './report-server';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';

export interface ReportPdfInput {
  scenarioFile: unknown;
  country: CountryData;
  result: CostingResult;
  language: ReportLanguage;
  generatedAt?: string;
  howSure?: ReportHowSure;
  /** Draws and seed of the Monte Carlo run when `howSure` is not given (default 1,000 and 1). */
  howSureOptions?: Omit<HowSureOptions, 'lang'>;
}

export interface ReportPdfOptions {
  /** Chromium or Chrome binary (default: CHROMIUM_PATH, then /usr/bin/chromium). */
  chromiumPath?: string;
  /** The built renderer (default dist/renderer). */
  rendererDir?: string;
  /** Build the renderer when it is missing from a source checkout (default true). */
  build?: boolean;
  timeoutMs?: number;
  /** Called with the page once it is ready and before it is printed (tests look at the DOM). */
  inspect?: (page: Page) => Promise<void>;
}

export const CHROMIUM_MISSING = 'PDF reports need Chromium: apt-get install -y chromium';

/** Today as a calendar date in the machine's time zone. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The sensitivity and uncertainty of the report's scenario, read from its file as the engine does. */
function howSureOf(input: ReportPdfInput): ReportHowSure {
  const scenario = readScenario(input.scenarioFile);
  if (!scenario.ok) {
    return { note: errorMessage(new InputError(scenario.issues, 'scenario'), input.language) };
  }
  return reportHowSure(scenario.value, input.country, {
    ...input.howSureOptions,
    lang: input.language,
  });
}

export function reportData(input: ReportPdfInput): ReportData {
  return {
    scenarioFile: input.scenarioFile,
    country: input.country,
    result: input.result,
    language: input.language,
    generatedAt: input.generatedAt ?? today(),
    howSure: input.howSure ?? howSureOf(input),
  };
}

function chromiumPath(given: string | undefined): string {
  const path = given ?? chromiumExecutable();
  if (!existsSync(path)) {
    throw new InputError([{ path: '', message: `${CHROMIUM_MISSING} (looked for ${path})` }]);
  }
  return path;
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
  } catch (e) {
    const reason = errorMessage(e).split('\n')[0] ?? '';
    throw new InputError([
      { path: '', message: `${CHROMIUM_MISSING} (${executablePath}: ${reason})` },
    ]);
  }
}

export async function renderReportPdf(
  input: ReportPdfInput,
  options: ReportPdfOptions = {},
): Promise<Buffer> {
  const executablePath = chromiumPath(options.chromiumPath);
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  ensureRendererBuilt(rendererDir, options.build ?? true);
  const timeout = options.timeoutMs ?? REPORT_TIMEOUT_MS;
  const job = new ReportJob(reportData(input));
  const server = await startReportServer(rendererDir, job);
  let browser: Browser | undefined;
  try {
    browser = await launch(executablePath);
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => job.abort(new Error('the report page crashed')));
    await page.goto(new URL(job.page, server.origin).toString(), { timeout });
    try {
      await job.wait(timeout);
    } catch (e) {
      const extra = errors.length ? ` (${errors.slice(0, 3).join('; ')})` : '';
      throw new Error(`${errorMessage(e)}${extra}`);
    }
    await page.emulateMedia({ media: 'print' });
    if (options.inspect) await options.inspect(page);
    return await page.pdf({
      format: REPORT_PAGE_SIZE,
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await browser?.close();
    await server.close();
  }
}
