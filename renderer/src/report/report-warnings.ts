import { formatIssueIn, type CostingResult, type MessageLanguage } from '#engine';

/**
 * The costing's warnings in the report's language, each with the field it is about. A result saved
 * before warnings were coded has only the English texts, which are shown as they are.
 */
export function reportWarnings(
  result: Pick<CostingResult, 'warnings'> & { warningIssues?: CostingResult['warningIssues'] },
  lang: MessageLanguage,
): string[] {
  const coded = result.warningIssues;
  return coded && coded.length === result.warnings.length
    ? coded.map((w) => formatIssueIn(w, lang))
    : result.warnings;
}
