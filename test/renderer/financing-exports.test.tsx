import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../src/contract/bridge';
import { bridge, setBridgeTransport } from '../../renderer/src/api/bridge';
import type { BridgeCall, DesktopBridge } from '../../renderer/src/api/bridge-client';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { ResultsPage } from '../../renderer/src/features/results/ResultsPage';
import { reportLanguage } from '../../renderer/src/features/exports/report-actions';
import { MESSAGE_DATA, MESSAGE_WAITING } from '../../src/contract/report';
import { createAppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { fakeBridge, inlineEngine, settle } from './fake-app';

interface Call {
  channel: Channel;
  request: unknown;
}

/** "PK" and a few bytes: enough to stand for an xlsx file across the bridge. */
const XLSX_BASE64 = btoa('PK\u0003\u0004 workbook');

let calls: Call[];
let downloads: { name: string; type: string; size: number }[];

beforeEach(() => {
  calls = [];
  downloads = [];
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    lastBlob = b as Blob;
    return 'blob:x';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, type: lastBlob?.type ?? '', size: lastBlob?.size ?? 0 });
  });
  setBridgeTransport((channel, request) => {
    calls.push({ channel, request });
    if (channel === 'report:workbook') {
      return Promise.resolve({
        ok: true as const,
        value: { fileName: 'full-floor.xlsx', base64: XLSX_BASE64 },
      });
    }
    if (channel === 'dialog:saveBinary' || channel === 'report:pdf') {
      return Promise.resolve({ ok: true as const, value: { path: '/home/me/Documents/plan.out' } });
    }
    return Promise.resolve({
      ok: false as const,
      error: { code: 'not-found' as const, message: `no ${channel} here` },
    });
  });
});

afterEach(() => {
  setBridgeTransport(null);
  delete window.spf;
  vi.restoreAllMocks();
});

/** The export channels answered by this file's transport; the rest by the in-memory library. */
const EXPORT_CHANNELS: readonly Channel[] = ['report:workbook', 'report:pdf', 'dialog:saveBinary'];

async function renderResults() {
  const fake = fakeBridge();
  const routed = ((channel: Channel, request: unknown) =>
    (EXPORT_CHANNELS.includes(channel) ? bridge() : fake.bridge)(
      channel as never,
      request as never,
    )) as BridgeCall;
  const store = createAppStore({ bridge: routed, engine: inlineEngine() });
  await store.getState().started();
  await settle();
  render(
    <StoreProvider store={store}>
      <NoticeBar />
      <ResultsPage />
    </StoreProvider>,
  );
  return store;
}

const flush = () => act(() => settle());

describe('exports on the Results page', () => {
  it('has the export buttons in its header bar and a PNG button under every chart', async () => {
    await renderResults();
    const bar = document.querySelector('.page__bar')!;
    expect(bar.querySelector('[data-testid="export-buttons"]')).not.toBeNull();
    for (const chart of ['cost-chart', 'share-chart', 'people-chart']) {
      expect(screen.getByTestId(`${chart}-png`)).toBeTruthy();
    }
  });

  it('in the browser, downloads the workbook the privileged side made, as an xlsx Blob', async () => {
    const store = await renderResults();
    fireEvent.click(screen.getByTestId('export-workbook'));
    expect(screen.getByTestId('export-workbook').textContent).toBe('Preparing the workbook…');
    await flush();
    expect(calls.map((c) => c.channel)).toEqual(['report:workbook']);
    const request = calls[0]!.request as { scenario: { format: string }; country: unknown };
    expect(request.scenario.format).toBe('spf.scenario/1');
    expect(request.country).toBe(store.getState().country);
    expect(downloads).toEqual([
      {
        name: 'full-floor.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        size: atob(XLSX_BASE64).length,
      },
    ]);
    expect(screen.getByText('Saved full-floor.xlsx.')).toBeTruthy();
  });

  it('in the desktop app, saves the workbook and the PDF through native dialogs', async () => {
    window.spf = {
      invoke: () => Promise.reject(new Error('not used: the test transport answers')),
      on: () => () => undefined,
      platform: { host: 'electron', os: 'linux', version: '45' },
    } satisfies DesktopBridge;
    await renderResults();
    fireEvent.click(screen.getByTestId('export-workbook'));
    await flush();
    expect(calls.map((c) => c.channel)).toEqual(['report:workbook', 'dialog:saveBinary']);
    expect(calls[1]!.request).toEqual({ defaultName: 'full-floor.xlsx', base64: XLSX_BASE64 });
    expect(downloads).toEqual([]);
    expect(screen.getByText('Saved plan.out.')).toBeTruthy();

    fireEvent.click(screen.getByTestId('export-pdf'));
    await flush();
    const pdf = calls[2]!;
    expect(pdf.channel).toBe('report:pdf');
    const data = (pdf.request as { data: Record<string, unknown> }).data;
    expect(Object.keys(data).sort()).toEqual([
      'country',
      'generatedAt',
      'language',
      'result',
      'scenarioFile',
    ]);
    expect(data.language).toBe('en');
  });

  it('in the browser, opens the printable report in a new tab and answers its request', async () => {
    const posted: unknown[] = [];
    const tab = {
      postMessage: (message: unknown) => posted.push(message),
    } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(tab);
    const store = await renderResults();
    fireEvent.click(screen.getByTestId('export-pdf'));
    await flush();
    expect(open.mock.calls[0]![0]).toMatch(/report\.html\?via=opener$/);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: MESSAGE_WAITING },
        origin: window.location.origin,
        source: tab as unknown as MessageEventSource,
      }),
    );
    const message = posted[0] as { type: string; payload: { result: unknown } };
    expect(message.type).toBe(MESSAGE_DATA);
    expect(message.payload.result).toBe(store.getState().run.result);
    expect(calls).toEqual([]);
  });

  it('says when the browser blocked the report tab', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    await renderResults();
    fireEvent.click(screen.getByTestId('export-pdf'));
    await flush();
    expect(screen.getByRole('alert').textContent).toContain(
      'The PDF report could not be made: the browser blocked the new tab.',
    );
  });

  it('prints the report in the app language, English when it has none', () => {
    expect(reportLanguage('fr-FR')).toBe('fr');
    expect(reportLanguage('es')).toBe('es');
    expect(reportLanguage('de')).toBe('en');
  });
});
