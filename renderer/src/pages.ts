/**
 * The workspace's pages, in the order of the navigation (Alt+1..9 jumps to them). The one list the
 * navigation, the store's page type and the end-to-end tests that visit every page all read.
 */
export const PAGES = [
  'benefits',
  'results',
  'uncertainty',
  'financing',
  'crisis',
  'country',
  'population',
  'pension',
  'library',
  'compare',
  'workshop',
  'world',
] as const;

export type Page = (typeof PAGES)[number];
