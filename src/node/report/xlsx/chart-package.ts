/**
 * Adds charts to one sheet of an .xlsx package written by exceljs (which cannot write charts): the chart
 * parts, a drawing that anchors them on the sheet, their relationships, the content types and the
 * sheet's <drawing r:id>. The package is edited with jszip, the zip library exceljs itself uses.
 */
import JSZip from 'jszip';
import { chartXml, xmlEscape, type ChartSpec } from './chart-xml';

/** Where a chart sits: zero-based columns and rows of its top-left and bottom-right corners. */
export interface ChartAnchor {
  from: { col: number; row: number };
  to: { col: number; row: number };
}

export interface PlacedChart {
  spec: ChartSpec;
  anchor: ChartAnchor;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Elements that follow <drawing> in a worksheet (CT_Worksheet order): it goes before the first. */
const AFTER_DRAWING = [
  '<legacyDrawing ',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`workbook package: ${path} is missing`);
  return file.async('string');
}

/** The worksheet part of a sheet name, e.g. xl/worksheets/sheet2.xml. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '') === sheetName);
  const id = sheet && /\br:id="([^"]*)"/.exec(sheet)?.[1];
  if (!id) throw new Error(`workbook package: no sheet named ${sheetName}`);
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`Id="${id}"`));
  const target = rel && /\bTarget="([^"]*)"/.exec(rel)?.[1];
  if (!target) throw new Error(`workbook package: sheet ${sheetName} has no part`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The first free number n for parts named `${prefix}${n}.xml`. */
function freeNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

function anchorXml(anchor: ChartAnchor, index: number): string {
  const corner = (tag: string, c: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>${corner('from', anchor.from)}${corner('to', anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

function relationships(rels: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`
  );
}

/** Adds a <Relationship> to a .rels part (created when missing) and returns its id. */
async function addRelationship(zip: JSZip, path: string, type: string, target: string) {
  const existing = zip.file(path) ? await text(zip, path) : relationships([]);
  const ids = new Set([...existing.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rIdChart${n}`)) n++;
  const id = `rIdChart${n}`;
  const rel = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${xmlEscape(target)}"/>`;
  zip.file(path, existing.replace('</Relationships>', `${rel}</Relationships>`));
  return id;
}

/** The package with `charts` drawn on the sheet `sheetName`. */
export async function addCharts(
  bytes: Buffer,
  sheetName: string,
  charts: readonly PlacedChart[],
): Promise<Buffer> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await sheetPart(zip, sheetName);
  const sheetXml = await text(zip, sheet);
  if (sheetXml.includes('<drawing ')) throw new Error(`workbook package: ${sheet} has a drawing`);

  const firstChart = freeNumber(zip, 'xl/charts/chart');
  const drawingNo = freeNumber(zip, 'xl/drawings/drawing');
  const drawing = `xl/drawings/drawing${drawingNo}.xml`;
  const overrides: string[] = [];
  charts.forEach((c, i) => {
    const part = `xl/charts/chart${firstChart + i}.xml`;
    zip.file(part, chartXml(c.spec));
    overrides.push(`<Override PartName="/${part}" ContentType="${CT_CHART}"/>`);
  });
  zip.file(
    drawing,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
      `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
      `${charts.map((c, i) => anchorXml(c.anchor, i)).join('')}</xdr:wsDr>`,
  );
  zip.file(
    `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
    relationships(
      charts.map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${firstChart + i}.xml"/>`,
      ),
    ),
  );
  overrides.push(`<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/>`);
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));

  const folder = sheet.slice(0, sheet.lastIndexOf('/'));
  const file = sheet.slice(sheet.lastIndexOf('/') + 1);
  const id = await addRelationship(
    zip,
    `${folder}/_rels/${file}.rels`,
    'drawing',
    `../drawings/drawing${drawingNo}.xml`,
  );
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  zip.file(sheet, `${sheetXml.slice(0, at)}<drawing r:id="${id}"/>${sheetXml.slice(at)}`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
