import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { Chart } from './chart-setup';
import {
  ERROR_ATTRIBUTE,
  parseReportData,
  READY_ATTRIBUTE,
  type ReportData,
} from '../../../src/contract/report';
import {
  dataSource,
  fetchHostData,
  receiveFromOpener,
  signalHost,
  type DataSource,
} from './receive-data';
import { reportModel } from './report-model';
import { ReportDocument } from './ReportDocument';
import { applyRunningHeader } from './running-header';
import { reportFormat } from './report-format';
import './report.css';

declare global {
  interface Window {
    /** Set when the report has painted and may be printed (hosts may also read data-report-ready). */
    __reportReady?: boolean;
  }
}

async function load(source: DataSource): Promise<ReportData> {
  let raw: unknown;
  if (source.kind === 'host') raw = await fetchHostData(source.token);
  else if (source.kind === 'opener') raw = await receiveFromOpener(window);
  else throw new NoData();
  // Checked against the report contract: a wrong shape fails with a message naming the field.
  const parsed = parseReportData(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

function render(root: HTMLElement, data: ReportData): Promise<void> {
  const model = reportModel(data);
  return new Promise((resolve) => {
    createRoot(root).render(<ReportDocument model={model} onRendered={resolve} />);
  });
}

/** Every chart must exist and have drawn before the page says it can be printed. */
function checkCharts(): void {
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-report-chart]')) {
    if (!Chart.getChart(canvas))
      throw new Error(`the chart "${canvas.getAttribute('aria-label')}" did not draw`);
  }
}

/** Opened on its own (a bookmark, a reload of a host's one-time address): say where reports come from. */
class NoData extends Error {
  constructor() {
    super(i18next.t('report.errors.noData'));
  }
}

function fail(root: HTMLElement, source: DataSource, e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  document.documentElement.setAttribute(ERROR_ATTRIBUTE, message);
  const p = document.createElement('p');
  p.className = 'report-error';
  p.setAttribute('role', 'alert');
  p.textContent = e instanceof NoData ? message : i18next.t('report.errors.failed', { message });
  root.replaceChildren(p);
  if (source.kind === 'host') signalHost(source.token, 'failed', message);
}

async function boot(): Promise<void> {
  const root = document.getElementById('report');
  if (!root) return;
  // The app's language until the data say which one the report is in.
  await initI18n();
  const source = dataSource(window.location.search);
  try {
    const data = await load(source);
    await i18next.changeLanguage(data.language);
    document.documentElement.lang = data.language;
    document.title = `${data.result.scenario} – ${i18next.t('report.cover.title')}`;
    const f = reportFormat(data.language);
    applyRunningHeader(document, {
      left: data.result.scenario,
      right: data.country.name,
      footer: i18next.t('report.running.footer', { date: f.date(data.generatedAt) }),
      pageOf: i18next.t('report.running.pageOf', { page: '{{page}}', pages: '{{pages}}' }),
    });
    await render(root, data);
    await document.fonts.ready;
    checkCharts();
    window.__reportReady = true;
    document.documentElement.setAttribute(READY_ATTRIBUTE, 'true');
    if (source.kind === 'host') signalHost(source.token, 'ready');
  } catch (e) {
    fail(root, source, e);
  }
}

void boot();
