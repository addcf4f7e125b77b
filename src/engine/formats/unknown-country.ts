import type { Issue } from './issues';

/** A scenario names a country nobody has given data for: say how to bring it in, in both hosts. */
export function unknownCountryIssue(code: string): Issue {
  return {
    path: 'country',
    message: `country ${code} is not in the library: import it with \`spf countries import FILE\` or in the app: Country data → Import`,
    code: 'validation.unknownCountry',
    params: { code },
  };
}
