import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ChartConfiguration } from 'chart.js';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartCanvas } from '../../renderer/src/charts/ChartCanvas';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { ExportButtons } from '../../renderer/src/features/exports/ExportButtons';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { startedStore } from './fake-app';

const config: ChartConfiguration<'bar'> = {
  type: 'bar',
  data: { labels: ['2025'], datasets: [{ label: 'x', data: [1] }] },
};

/** Lets pending promises settle and React apply what they set. */
const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('PNG of a chart', () => {
  it('is offered when the chart has a download name, and not otherwise', () => {
    const { unmount } = render(<ChartCanvas config={config} label="Cost" testId="c" />);
    expect(screen.queryByTestId('c-png')).toBeNull();
    unmount();
    render(<ChartCanvas config={config} label="Cost" testId="c" downloadName="cost-by-benefit" />);
    const button = screen.getByTestId('c-png');
    expect(button.textContent).toBe('Download PNG');
    expect(button.getAttribute('aria-label')).toBe('Download the chart “Cost” as PNG');
  });
});

/** The buttons as the app shows them: what became of an export is said by the one notice bar. */
async function renderButtons(props: ComponentProps<typeof ExportButtons>) {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <NoticeBar />
      <ExportButtons {...props} />
    </StoreProvider>,
  );
}

describe('export buttons', () => {
  let saved: { name: string; blob: Blob }[];
  beforeEach(() => {
    saved = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, blob: new Blob() });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('saves the scenario file as JSON named after the scenario', async () => {
    await renderButtons({
      scenarioFile: { format: 'spf.scenario/1', name: 'Plan A' },
      name: 'Plan A',
    });
    fireEvent.click(screen.getByTestId('export-scenario'));
    expect(saved.map((s) => s.name)).toEqual(['plan-a.json']);
    expect(screen.getByText('Saved plan-a.json.')).toBeTruthy();
  });

  it('shows the PDF being prepared, then where it was saved', async () => {
    let finish!: (file: string) => void;
    const onPdf = () => new Promise<string>((resolve) => (finish = resolve));
    await renderButtons({
      scenarioFile: {},
      name: 'Plan A',
      onPdf,
      onWorkbook: () => Promise.resolve(null),
    });
    fireEvent.click(screen.getByTestId('export-pdf'));
    const pdf = screen.getByTestId('export-pdf');
    expect(pdf.textContent).toBe('Preparing the PDF report…');
    expect(pdf.getAttribute('aria-busy')).toBe('true');
    // One export at a time.
    expect(screen.getByTestId<HTMLButtonElement>('export-workbook').disabled).toBe(true);
    finish('plan-a.pdf');
    await flush();
    expect(screen.getByTestId('export-pdf').textContent).toBe('PDF report');
    expect(screen.getByText('Saved plan-a.pdf.')).toBeTruthy();
  });

  it('says why an export failed and can be dismissed; a cancelled one says nothing', async () => {
    await renderButtons({
      scenarioFile: null,
      name: 'x',
      onWorkbook: () => Promise.reject(new Error('disk full')),
      onPdf: () => Promise.resolve(null),
    });
    expect(screen.getByTestId<HTMLButtonElement>('export-scenario').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('export-workbook'));
    await flush();
    expect(screen.getByRole('alert').textContent).toContain(
      'The workbook could not be made: disk full',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close message' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('export-pdf'));
    await flush();
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('needs a costing for the workbook and the PDF', async () => {
    await renderButtons({
      scenarioFile: {},
      name: 'x',
      onPdf: () => Promise.resolve(),
      canReport: false,
    });
    expect(screen.getByTestId<HTMLButtonElement>('export-pdf').disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('export-workbook').disabled).toBe(true);
  });
});
