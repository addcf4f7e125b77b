/**
 * `npm run bench [-- CASE ...]`: one JSON line per case, {"case", "medianMs", "runs", ...}: medians of many
 * runs after a warm-up, timed one run at a time with performance.now(), on the machine it runs on.
 */
import { cliStartCase } from './cases/cli-start';
import { countryBuildCases } from './cases/country-build';
import { engineCases } from './cases/engine';
import { gapAllCases } from './cases/gap-all';
import { libraryCases } from './cases/library';
import { pensionCases } from './cases/pension';
import { measure, type BenchCase } from './measure';
import { monteCarloCase } from './cases/monte-carlo';
import { uiEditCase } from './cases/ui-edit';
import { vsLibreofficeCase } from './cases/vs-libreoffice';

// Each area adds its cases here.
const cases: (() => BenchCase[])[] = [
  engineCases,
  libraryCases,
  countryBuildCases,
  pensionCases,
  gapAllCases,
];

const only = process.argv.slice(2);
for (const make of cases) {
  for (const c of make()) if (only.length === 0 || only.includes(c.name)) await measure(c);
}
// Monte Carlo on the worker pool against sequential full-package runs, both in this run.
if (only.length === 0 || only.includes('monte-carlo-10000')) await monteCarloCase();
// The command line started as a user starts it, against plain Node in the same run.
if (only.length === 0 || only.includes('cli-start')) cliStartCase();
// The UI case drives the real renderer in Chromium (a Playwright benchmark, not a timed test).
if (only.length === 0 || only.includes('ui-edit')) await uiEditCase();
// The exported workbook recalculated by LibreOffice, against the engine (both in this run).
if (only.length === 0 || only.includes('vs-libreoffice')) await vsLibreofficeCase();
