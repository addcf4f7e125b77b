/** The languages the workbook is written in; every text module of the workbook is keyed by them. */
export const WORKBOOK_LANGUAGES = ['en', 'fr', 'es'] as const;
export type WorkbookLanguage = (typeof WORKBOOK_LANGUAGES)[number];
