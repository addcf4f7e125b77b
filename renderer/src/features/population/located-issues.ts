import { issueMessage, type Issue, type MessageLanguage } from '#engine';

/**
 * The engine's issues under one block of the scenario (`demography`, `pension`), and a finder that
 * puts each message next to the field it names: `pension.coverage` also takes
 * `pension.coverage.female[1][2]`.
 */
export function issuesUnder(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.filter((i) => under(i.path, prefix));
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

export function issueFinder(
  issues: readonly Issue[],
  prefix: string,
  lang: MessageLanguage = 'en',
): (field: string) => string | undefined {
  return (field) => {
    const path = field ? `${prefix}.${field}` : prefix;
    const issue = issues.find((i) => under(i.path, path));
    return issue ? issueMessage(issue, lang) : undefined;
  };
}
