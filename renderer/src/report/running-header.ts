/**
 * The running header and footer, drawn by the browser's print engine in the page margins (CSS page
 * margin boxes, Chromium 131 and later, so Electron and the browser's own print dialog get them too),
 * with page numbers from the `page` and `pages` counters. The texts depend on the report, so the rules
 * are built here and added as a constructed style sheet: CSSOM, which the CSP's `style-src 'self'`
 * allows (it forbids <style> elements and style attributes).
 */

export interface RunningTexts {
  /** Top left: the scenario name. */
  left: string;
  /** Top right: the country. */
  right: string;
  /** Bottom left: the tool and the date. */
  footer: string;
  /** "Page {{page}} of {{pages}}" with the placeholders left in. */
  pageOf: string;
}

const MAX_HEADER = 90;

/** A CSS string literal: quotes, backslashes and line breaks escaped, long names shortened. */
export function cssString(text: string, max = MAX_HEADER): string {
  // Control characters (line breaks, tabs) would end or break the CSS string.
  const flat = [...text].map((c) => (c < ' ' || c === '\u007f' ? ' ' : c)).join('');
  const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return `"${short.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `Page {{page}} of {{pages}}` as a CSS `content` value: strings and counters. */
export function pageCounterContent(pageOf: string): string {
  const parts = pageOf.split(/(\{\{pages?\}\})/).filter((p) => p !== '');
  return parts
    .map((p) =>
      p === '{{page}}' ? 'counter(page)' : p === '{{pages}}' ? 'counter(pages)' : cssString(p),
    )
    .join(' ');
}

export function runningHeaderCss(texts: RunningTexts): string {
  const box = 'font-family: inherit; font-size: 8pt; color: #52606d;';
  return [
    '@page {',
    `  @top-left { content: ${cssString(texts.left.trim())}; ${box} }`,
    `  @top-right { content: ${cssString(texts.right.trim(), 50)}; ${box} }`,
    `  @bottom-left { content: ${cssString(texts.footer.trim())}; ${box} }`,
    `  @bottom-right { content: ${pageCounterContent(texts.pageOf)}; ${box} }`,
    '}',
    // The cover carries its own title.
    '@page :first { @top-left { content: none } @top-right { content: none } }',
  ].join('\n');
}

/** Adds the rules to the document; browsers without constructed style sheets print without them. */
export function applyRunningHeader(doc: Document, texts: RunningTexts): boolean {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(runningHeaderCss(texts));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
