/**
 * How every host prints the report, so that the command line (Playwright) and the desktop app
 * (Electron's printToPDF) make the same PDF: A4 and margins come from the page's own `@page` rule,
 * which also draws the running header, footer and page numbers; backgrounds are printed (shaded
 * boxes, badges); the PDF is tagged and has an outline from the headings.
 */
export const REPORT_PAGE_SIZE = 'A4';

/** Time for the page to fetch its data and draw every chart before a host gives up. */
export const REPORT_TIMEOUT_MS = 45_000;
