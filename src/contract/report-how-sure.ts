/**
 * The "How sure are these numbers?" part of a report (issue 12, section 4): the tornado of the
 * default year and the Monte Carlo bands, worked out once by whoever assembles the report data (the
 * command line, the workbook writer, or the report page itself when its host did not) with the same
 * defaults everywhere. Pure: no DOM and no Node, so every side compiles it.
 */
import {
  errorMessage,
  sensitivity,
  uncertainty,
  type MessageLanguage,
  type Scenario,
  type CountryData,
  type SensitivityResult,
  type UncertaintyResult,
} from '#engine';

/** Draws and seed of a report's Monte Carlo run unless the caller gives others. */
export const REPORT_DRAWS = 1000;
export const REPORT_SEED = 1;

/** The tornado (default year, total cost as % of GDP) and the bands of every year. */
export interface HowSure {
  sensitivity: SensitivityResult;
  uncertainty: UncertaintyResult;
}

/** The part as a report carries it: the numbers, or why they could not be worked out. */
export type ReportHowSure = HowSure | { note: string };

export interface HowSureOptions {
  draws?: number;
  seed?: number;
  lang?: MessageLanguage;
}

export function hasHowSure(part: ReportHowSure): part is HowSure {
  return 'sensitivity' in part;
}

/**
 * The sensitivity and uncertainty of a costed scenario. A scenario whose uncertainty cannot be
 * computed (a bad `uncertainty` block, draws out of range) gives a note with the engine's message in
 * `lang`, so the report around it is still written.
 */
export function reportHowSure(
  scenario: Scenario,
  country: CountryData,
  options: HowSureOptions = {},
): ReportHowSure {
  const lang = options.lang ?? 'en';
  try {
    return {
      sensitivity: sensitivity(scenario, country, { measure: 'total.pctGdp', lang }),
      uncertainty: uncertainty(scenario, country, {
        draws: options.draws ?? REPORT_DRAWS,
        seed: options.seed ?? REPORT_SEED,
        lang,
      }),
    };
  } catch (e) {
    return { note: errorMessage(e, lang) };
  }
}
