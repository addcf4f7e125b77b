/**
 * One DrawingML chart part (xl/charts/chartN.xml) from a descriptor. exceljs cannot write charts, so
 * the workbook package gets these parts afterwards (chart-package.ts). Each series points at the
 * workbook's own cells and carries their values in <c:numCache>/<c:strCache>, so a viewer that does not
 * recalculate still draws the chart.
 */

/** A range of cells and the values it holds at export time. */
export interface CachedRange<T extends number | string> {
  /** An absolute reference such as 'Package'!$B$2:$B$51. */
  ref: string;
  values: readonly T[];
}

export interface ChartSeries {
  /** The cell holding the series' name (a table header) and its text. */
  name: CachedRange<string>;
  values: CachedRange<number>;
}

export interface ChartSpec {
  /** Stacked columns, clustered columns or lines. */
  kind: 'stackedColumn' | 'column' | 'line';
  title: string;
  /** The years along the horizontal axis. */
  categories: CachedRange<number>;
  series: readonly ChartSeries[];
  /** Number format of the vertical axis and the values, e.g. '#,##0' or '0.00%'. */
  valueFormat: string;
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Category and value axis ids (any two distinct numbers, shared by the plot and its axes). */
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

/** Text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function numRef(range: CachedRange<number>, format: string): string {
  const points = range.values
    .map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>` : ''))
    .join('');
  return (
    `<c:numRef><c:f>${xmlEscape(range.ref)}</c:f><c:numCache>` +
    `<c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${range.values.length}"/>` +
    `${points}</c:numCache></c:numRef>`
  );
}

function strRef(range: CachedRange<string>): string {
  const points = range.values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`)
    .join('');
  return (
    `<c:strRef><c:f>${xmlEscape(range.ref)}</c:f><c:strCache>` +
    `<c:ptCount val="${range.values.length}"/>${points}</c:strCache></c:strRef>`
  );
}

function seriesXml(spec: ChartSpec, s: ChartSeries, i: number): string {
  // Element order follows the schema (CT_BarSer / CT_LineSer).
  const look =
    spec.kind === 'line'
      ? '<c:marker><c:symbol val="none"/></c:marker>'
      : '<c:invertIfNegative val="0"/>';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.name)}</c:tx>${look}` +
    `<c:cat>${numRef(spec.categories, '0')}</c:cat>` +
    `<c:val>${numRef(s.values, spec.valueFormat)}</c:val>` +
    (spec.kind === 'line' ? '<c:smooth val="0"/>' : '') +
    '</c:ser>'
  );
}

function plotXml(spec: ChartSpec): string {
  const series = spec.series.map((s, i) => seriesXml(spec, s, i)).join('');
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  if (spec.kind === 'line') {
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  }
  const stacked = spec.kind === 'stackedColumn';
  return (
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="60"/>` +
    (stacked ? '<c:overlap val="100"/>' : '') +
    `${axes}</c:barChart>`
  );
}

function axesXml(spec: ChartSpec): string {
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    '<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="0" sourceLinked="0"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${xmlEscape(spec.valueFormat)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part's XML. */
export function chartXml(spec: ChartSpec): string {
  const title =
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="en-US" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(spec)}${axesXml(spec)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
