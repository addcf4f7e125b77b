import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO_FILE,
  defaultScenario,
  trainingCountry,
} from '../../src/node/bundled-models';
import { CHROMIUM_MISSING, renderReportPdf, type ReportPdfInput } from '../../src/node/report/pdf';
import { countPdfPages, isPdf } from '../../src/node/report/pdf-pages';
import { DEFAULT_CHROMIUM } from '../../src/node/chromium';
import { InputError, readScenario, runScenario } from '#engine';

const root = fileURLToPath(new URL('../../', import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;

function input(scenarioFile: unknown, language: ReportPdfInput['language'] = 'en'): ReportPdfInput {
  const country = trainingCountry();
  const scenario = readScenario(scenarioFile);
  if (!scenario.ok) throw new Error('scenario does not read');
  return {
    scenarioFile,
    country,
    result: runScenario(scenario.value, country),
    language,
    generatedAt: '2026-03-14',
  };
}

/** What the test reads from the printable page just before it is printed. */
interface PageFacts {
  sections: string[];
  text: string;
  headings: string[];
  painted: Record<string, number>;
  runningHeader: string;
  sourceRows: number;
  /** Chromium writes it into the PDF's metadata. */
  title: string;
}

/** The page's DOM as far as the test reads it: typed here because the node tests have no DOM types. */
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface PageCanvas extends PageElement {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  } | null;
}
interface PageDocument {
  title: string;
  body: { innerText: string };
  querySelectorAll(selector: string): ArrayLike<unknown>;
  adoptedStyleSheets: ArrayLike<{ cssRules: ArrayLike<{ cssText: string }> }>;
}

function readPage(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    const all = <T>(selector: string) => Array.from(doc.querySelectorAll(selector)) as T[];
    const painted: Record<string, number> = {};
    for (const canvas of all<PageCanvas>('canvas[data-report-chart]')) {
      const ctx = canvas.getContext('2d');
      const data = ctx ? ctx.getImageData(0, 0, canvas.width, canvas.height).data : [];
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      painted[canvas.getAttribute('data-testid') ?? '?'] = n;
    }
    return {
      sections: all<PageElement>('[data-testid="report"] > section').map(
        (s) => s.getAttribute('data-testid') ?? '',
      ),
      text: doc.body.innerText,
      headings: all<PageElement>('h2').map((h) => h.textContent ?? ''),
      painted,
      runningHeader: Array.from(doc.adoptedStyleSheets)
        .flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText))
        .join('\n'),
      sourceRows: all<PageElement>('[data-testid="report-sources-table"] tbody tr').length,
      title: doc.title,
    };
  });
}

describe('the PDF report, printed by Chromium', () => {
  let rendererDir = '';

  beforeAll(() => {
    // A build of its own, so that the test prints this checkout's page and leaves dist/ alone.
    rendererDir = mkdtempSync(join(tmpdir(), 'spf-report-build-'));
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--logLevel',
        'error',
        '--outDir',
        rendererDir,
        '--emptyOutDir',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr}`);
  }, 60_000);

  afterAll(() => {
    if (rendererDir) rmSync(rendererDir, { recursive: true, force: true });
  });

  it.skipIf(!existsSync(chromium))(
    'prints the default package on the training country: pages, sections, charts, sources',
    async () => {
      const file = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as unknown;
      const data = input(file);
      let facts: PageFacts | undefined;
      const pdf = await renderReportPdf(data, {
        rendererDir,
        build: false,
        inspect: async (page) => {
          facts = await readPage(page);
        },
      });
      expect(isPdf(pdf)).toBe(true);
      const pages = countPdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(10);
      expect(pages).toBeLessThanOrEqual(24);

      const f = facts!;
      expect(f.sections).toEqual([
        'report-cover',
        'report-summary',
        'report-charts',
        'report-tables',
        'report-how-sure',
        'report-assumptions',
        'report-methodology',
        'report-sources',
      ]);
      expect(f.title).toBe(`${defaultScenario().name} – Costing a social protection floor`);
      expect(f.text).toContain('Full floor package, phased in 2026-2030');
      expect(f.text).toContain('Tamboria (fictional training country)');
      expect(f.text).toMatch(/FICTIONAL/i);
      expect(f.text).toContain('the package would cost 8.85% of GDP');
      expect(f.text).toContain('% of GDP');
      expect(f.headings).toContain('Data sources');
      expect(f.headings).toContain('Methodology notes');
      expect(f.sourceRows).toBe(data.result.provenance.length);
      // Every chart painted before printing: cost, shares, financing, waterfall (no borrowing), and
      // on the "How sure" page the tornado and the fan.
      expect(Object.keys(f.painted).sort()).toEqual([
        'report-chart-cost',
        'report-chart-fan',
        'report-chart-financing',
        'report-chart-share',
        'report-chart-tornado',
        'report-chart-waterfall',
      ]);
      for (const [chart, n] of Object.entries(f.painted)) expect(n, chart).toBeGreaterThan(1000);
      // The running header names the scenario; the footer numbers the pages.
      expect(f.runningHeader).toContain('Full floor package, phased in 2026-2030');
      expect(f.runningHeader).toContain('counter(pages)');
    },
    60_000,
  );

  it.skipIf(!existsSync(chromium))(
    'in French, with borrowing: the debt path is drawn too',
    async () => {
      const file = JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')) as {
        financing: unknown[];
      };
      file.financing.push({
        option: 'borrowing',
        startYear: 2026,
        start: 0.01,
        fullYear: 2030,
        full: 0.03,
      });
      let facts: PageFacts | undefined;
      const pdf = await renderReportPdf(input(file, 'fr'), {
        rendererDir,
        build: false,
        inspect: async (page) => {
          facts = await readPage(page);
        },
      });
      expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(10);
      expect(facts!.headings).toContain('Sources des données');
      expect(facts!.painted['report-chart-debt']).toBeGreaterThan(1000);
      expect(Object.keys(facts!.painted)).toHaveLength(7);
    },
    60_000,
  );

  it.skipIf(!existsSync(chromium))(
    'passes on the page’s own reason when it cannot draw the report',
    async () => {
      const data = { ...input(JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8'))) };
      const bad = { ...data, language: 'de' as unknown as ReportPdfInput['language'] };
      await expect(renderReportPdf(bad, { rendererDir, build: false })).rejects.toThrow(
        'the report page failed: language: must be one of en, fr, es',
      );
    },
    60_000,
  );

  it('says how to install Chromium when it is missing', async () => {
    const data = input(JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')));
    const attempt = renderReportPdf(data, { chromiumPath: '/nonexistent/chromium', rendererDir });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(CHROMIUM_MISSING);
    expect(CHROMIUM_MISSING).toBe('PDF reports need Chromium: apt-get install -y chromium');
  });

  it('says how to build the page when the renderer is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'spf-no-build-'));
    try {
      const data = input(JSON.parse(readFileSync(DEFAULT_SCENARIO_FILE, 'utf8')));
      await expect(
        renderReportPdf(data, { rendererDir: empty, chromiumPath: process.execPath }),
      ).rejects.toThrow(/the printable report is not built .*run "npx vite build" first/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
