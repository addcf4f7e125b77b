import { readFileSync } from 'node:fs';
import { TRAINING_COUNTRY_FILE } from '../bundled-models';

/** A country shipped with the app: always in the library, never imported, never replaced by a user. */
export interface BundledCountry {
  code: string;
  /** The spf.country/1 file's text. */
  text: string;
  sourceNote: string;
}

let defaults: readonly BundledCountry[] | undefined;

/** The training country (XTA), read from models/ once per process. */
export function defaultBundledCountries(): readonly BundledCountry[] {
  if (!defaults) {
    const text = readFileSync(TRAINING_COUNTRY_FILE, 'utf8');
    const { code } = JSON.parse(text) as { code: string };
    defaults = [
      {
        code,
        text,
        sourceNote:
          'bundled with SPF Costing Studio: the fictional training country (models/training-country)',
      },
    ];
  }
  return defaults;
}
