import { formatIssueIn, type CostingResult, type MessageLanguage } from '#engine';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function pad(text: string, width: number, left = false): string {
  return left ? text.padEnd(width) : text.padStart(width);
}

/**
 * A table for the terminal: years down, benefits across, costs in millions of LCU (nominal), then the
 * total in LCU, as % of GDP and of government expenditure, and the financing gap when options are given.
 */
export function formatTable(r: CostingResult, lang: MessageLanguage = 'en'): string {
  const million = (v: number) => whole.format(v / 1e6);
  const percent = (v: number) => `${pct.format(v * 100)}%`;
  const hasFinancing = r.financing.options.length > 0;
  const columns: { head: string; cells: string[] }[] = [
    { head: 'Year', cells: r.years.map(String) },
    ...r.benefits.map((b) => ({ head: b.id, cells: b.cost.map(million) })),
    { head: 'Total', cells: r.total.cost.map(million) },
    { head: '% GDP', cells: r.total.pctGdp.map(percent) },
    { head: '% gov. exp.', cells: r.total.pctExpenditure.map(percent) },
  ];
  if (hasFinancing) {
    columns.push({ head: 'Financing', cells: r.financing.resources.map(million) });
    columns.push({ head: 'Gap % GDP', cells: r.financing.gapPctGdp.map(percent) });
  }
  const widths = columns.map((c) => Math.max(c.head.length, ...c.cells.map((s) => s.length)));
  const lines: string[] = [];
  lines.push(
    `${r.scenario}: ${r.countryName} (${r.country}), ${r.years[0]}-${r.years[r.years.length - 1]}`,
  );
  lines.push(
    `Cost in millions of ${r.currency}, nominal, per year; totals also as % of GDP and of government expenditure`,
  );
  lines.push('');
  lines.push(columns.map((c, j) => pad(c.head, widths[j]!, j === 0)).join('  '));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  r.years.forEach((_, i) => {
    lines.push(columns.map((c, j) => pad(c.cells[i]!, widths[j]!, j === 0)).join('  '));
  });
  lines.push('');
  for (const b of r.benefits) lines.push(`${b.id}: ${b.label}`);
  if (hasFinancing) {
    lines.push(
      'Financing: additional resources from the options, millions; gap = cost - resources, % of GDP',
    );
  }
  for (const w of r.warningIssues) lines.push(`Note: ${formatIssueIn(w, lang)}`);
  return `${lines.join('\n')}\n`;
}
