import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { defaultScenario, trainingCountry } from '../../src/node/bundled-models';
import { writeCostingWorkbook } from '../../src/node/report/xlsx/workbook';
import { runScenario } from '#engine';
import { recalcProfile, recalculate, sofficePath } from '../../test/helpers/libreoffice';
import { median } from '../measure';

const ENGINE_RUNS = 500;
const ENGINE_WARMUP = 100;
const LO_RUNS = 5;
const TARGET_RATIO = 1000;

function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/**
 * The engine against LibreOffice recalculating the exported workbook of the default scenario, in one
 * run. libreofficeMs is the median wall time of a headless xlsx -> xlsx conversion of the workbook (load,
 * full recalculation, save) minus the median for a one-cell workbook, which measures LibreOffice's
 * start-up and shut-down; both are reported. Prints one JSON line.
 */
export async function vsLibreofficeCase(): Promise<void> {
  const country = trainingCountry();
  const scenario = defaultScenario();
  for (let i = 0; i < ENGINE_WARMUP; i++) runScenario(scenario, country);
  const engine: number[] = [];
  for (let i = 0; i < ENGINE_RUNS; i++)
    engine.push(timed(() => void runScenario(scenario, country)));
  const engineMs = median(engine);
  const line: Record<string, unknown> = {
    case: 'vs-libreoffice',
    medianMs: Number(engineMs.toPrecision(4)),
    runs: ENGINE_RUNS,
  };
  try {
    sofficePath();
  } catch (e) {
    console.log(
      JSON.stringify({
        ...line,
        error: (e as Error).message,
        targetRatio: TARGET_RATIO,
        meetsTarget: false,
      }),
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'spf-bench-lo-'));
  const workbook = join(dir, 'default.xlsx');
  writeFileSync(
    workbook,
    await writeCostingWorkbook(scenario, country, runScenario(scenario, country)),
  );
  const tiny = new ExcelJS.Workbook();
  tiny.addWorksheet('S').getCell('A1').value = { formula: '1+1' };
  const oneCell = join(dir, 'one-cell.xlsx');
  await tiny.xlsx.writeFile(oneCell);

  const profile = recalcProfile();
  const startup: number[] = [];
  const full: number[] = [];
  try {
    recalculate([oneCell], join(dir, 'warm'), profile); // the first start fills the profile: not timed
    for (let i = 0; i < LO_RUNS; i++) {
      startup.push(timed(() => recalculate([oneCell], join(dir, `s${i}`), profile)));
      full.push(timed(() => recalculate([workbook], join(dir, `w${i}`), profile)));
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  const startupMs = median(startup);
  const withStartupMs = median(full);
  const libreofficeMs = withStartupMs - startupMs;
  const ratio = libreofficeMs / engineMs;
  console.log(
    JSON.stringify({
      ...line,
      libreofficeMs: Number(libreofficeMs.toPrecision(4)),
      libreofficeRuns: LO_RUNS,
      libreofficeMeasure:
        'median xlsx->xlsx conversion (load, full recalculation, save) minus the median for a one-cell workbook (start-up and shut-down)',
      libreofficeWithStartupMs: Number(withStartupMs.toPrecision(4)),
      libreofficeStartupMs: Number(startupMs.toPrecision(4)),
      ratio: Number(ratio.toPrecision(4)),
      targetRatio: TARGET_RATIO,
      meetsTarget: ratio >= TARGET_RATIO,
    }),
  );
}
