/**
 * Text the app writes into CSV and tab-separated files is opened by Excel and LibreOffice, which read a
 * cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula: a
 * country named `=HYPERLINK("http://…","Tamboria")` would become a live link. Such text cells get a
 * leading apostrophe, the spreadsheets' own mark for "this is text" (OWASP's advice for CSV injection).
 * Numbers are never touched: -10 stays a number.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The options that make Papa.unparse escape formula-like text cells (and only text cells). */
export const SAFE_UNPARSE = { escapeFormulae: FORMULA_START } as const;

/** A text cell as it may safely be written: formula-like text gets the apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Text read back from a CSV the app wrote: the apostrophe it added is taken off again, so a template
 * filled in and read back keeps the name it had.
 */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
