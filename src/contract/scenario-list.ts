/**
 * How the scenario list is sorted and paged, shared by the bridge, the library and the command line.
 * Apart from bridge.ts so that the library and the command line do not load the validation library.
 */

/** The columns the scenario list sorts by (scenarios:page, `spf scenarios list --sort`). */
export const SCENARIO_SORTS = ['updated', 'name', 'country', 'revisions'] as const;
export type ScenarioSort = (typeof SCENARIO_SORTS)[number];
export type SortDirection = 'asc' | 'desc';
/** The most rows one page of the scenario list holds (a request asking for more is refused). */
export const MAX_PAGE_LIMIT = 500;
