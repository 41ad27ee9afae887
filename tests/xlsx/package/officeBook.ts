/**
 * An office's working ledger as the package engine meets it: the add-in's sheets plus everything the add-in does
 * not own — a user sheet with a picture, a defined name used by a formula, a date column with a custom number
 * format, a data validation and a conditional format of its own; a chart on another sheet; notes and hyperlinks
 * on 进度填报 with a user column. Built with exceljs (and, for the LibreOffice variant, saved again by LibreOffice);
 * the chart parts are added to the zip directly, since exceljs cannot draw charts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { builtinSchema } from '../../../src/domain/builtin';
import type { CellValue } from '../../../src/domain/entryCells';
import { COLUMNS } from '../../../src/workbook/format';
import { definedNames } from '../../../src/workbook/names';
import { planWorkbook } from '../../../src/workbook/planWorkbook';
import { loadExcelJs } from '../../../src/xlsx/loadExcelJs';
import { writePlanToXlsx } from '../../../src/xlsx/writePlanToXlsx';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain CommonJS helper shared with .ci/run
export const libreoffice = require('../../../scripts/libreoffice.cjs') as {
  findSoffice(): string | null;
  convert(input: string | string[], filter: string, outDir: string): string[];
  sheetsAsCsv(input: string): Record<string, string[][]>;
  parseCsv(text: string): string[][];
  CSV_ALL_SHEETS: string;
};

/** The user sheet's name, its defined name and the value behind it. */
export const OFFICE_SHEET = '办公室';
export const CHART_SHEET = '图表';
export const OFFICE_NAME = 'OfficeGoal';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** Entry rows of the built-in schema (contract columns, then the user column 附件). */
export function officeRows(count: number): CellValue[][] {
  const units = ['省工业和信息化厅', '省发展改革委', '省财政厅'];
  return Array.from({ length: count }, (_, i) => [
    '2021年上半年',
    units[i % units.length] ?? '',
    (i % 30) + 1,
    null,
    null,
    null,
    `第${i + 1}条进展：按计划推进。`,
    i % 4 === 0 ? '资金到位偏慢' : null,
    '张三',
    null,
    null,
  ]);
}

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>目标</c:v></c:tx><c:val><c:numRef><c:f>'${OFFICE_SHEET}'!$B$1:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The zip entry name of the sheet called `name` (through workbook.xml and its rels). */
export function sheetEntry(files: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(files['xl/workbook.xml'] as Uint8Array);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array);
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook);
  const target = new RegExp(`Id="${sheet?.[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Adds a chart (drawing, chart part, relationships, content types) to the named sheet of a package. */
export function withChart(bytes: Uint8Array, sheetName: string): Uint8Array {
  const files = unzipSync(bytes);
  const sheet = sheetEntry(files, sheetName);
  const sheetFile = sheet.slice(sheet.lastIndexOf('/') + 1);
  const relsName = `xl/worksheets/_rels/${sheetFile}.rels`;
  const xml = strFromU8(files[sheet] as Uint8Array).replace(
    '</worksheet>',
    '<drawing r:id="rIdChart1"/></worksheet>',
  );
  files[sheet] = strToU8(xml);
  const relationship = `<Relationship Id="rIdChart1" Type="${REL}/drawing" Target="../drawings/drawing90.xml"/>`;
  const existing = files[relsName]
    ? strFromU8(files[relsName])
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  files[relsName] = strToU8(existing.replace('</Relationships>', `${relationship}</Relationships>`));
  files['xl/drawings/drawing90.xml'] = strToU8(DRAWING_XML);
  files['xl/drawings/_rels/drawing90.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart90.xml"/></Relationships>`,
  );
  files['xl/charts/chart90.xml'] = strToU8(CHART_XML);
  const types = strFromU8(files['[Content_Types].xml'] as Uint8Array).replace(
    '</Types>',
    '<Override PartName="/xl/drawings/drawing90.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart90.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
  );
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}

/**
 * The add-in's dropdown names, which exceljs drops when it loads and saves a workbook (it models only names over
 * cell ranges), put back as the add-in writes them.
 */
function withListNames(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const names = definedNames()
    .map((n) => `<definedName name="${n.name}">${n.formula.replace(/^=/, '')}</definedName>`)
    .join('');
  const workbook = strFromU8(files['xl/workbook.xml'] as Uint8Array).replace(
    '<definedNames>',
    `<definedNames>${names}`,
  );
  files['xl/workbook.xml'] = strToU8(workbook);
  return zipSync(files);
}

/** The office ledger written by exceljs. */
export async function officeBookExcelJs(entryCount = 12): Promise<Uint8Array> {
  const headers = [...COLUMNS.entries, '附件'];
  const plan = planWorkbook(builtinSchema(), { entries: { headers, rows: officeRows(entryCount) } });
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writePlanToXlsx(plan)) as unknown as ArrayBuffer);

  const office = wb.addWorksheet(OFFICE_SHEET);
  office.getCell('A1').value = '年度目标';
  office.getCell('B1').value = 1000;
  office.getCell('A2').value = '翻倍';
  // Cached results deliberately stale: a reader that shows 2000 and 3000 has calculated them.
  office.getCell('B2').value = { formula: `${OFFICE_NAME}*2`, result: 1 };
  office.getCell('A3').value = '合计';
  office.getCell('B3').value = { formula: 'SUM(B1:B2)', result: 1 };
  office.getCell('C1').value = new Date(Date.UTC(2021, 5, 30));
  office.getCell('C2').value = new Date(Date.UTC(2021, 11, 31));
  office.getColumn('C').numFmt = 'yyyy"年"m"月"d"日"';
  office.getCell('C1').numFmt = 'yyyy"年"m"月"d"日"';
  office.getCell('C2').numFmt = 'yyyy"年"m"月"d"日"';
  office.getCell('D1').value = '甲';
  office.getCell('D1').dataValidation = { type: 'list', allowBlank: true, formulae: ['"甲,乙,丙"'] };
  office.addConditionalFormatting({
    ref: 'B1:B3',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        priority: 1,
        formulae: ['1500'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
      },
    ],
  });
  const image = wb.addImage({ buffer: PNG as unknown as ArrayBuffer, extension: 'png' } as never);
  office.addImage(image, { tl: { col: 5, row: 1 }, ext: { width: 40, height: 40 } });
  wb.definedNames.add(`'${OFFICE_SHEET}'!$B$1`, OFFICE_NAME);

  wb.addWorksheet(CHART_SHEET).getCell('A1').value = '目标完成情况图';

  const entries = wb.getWorksheet('进度填报');
  if (!entries) throw new Error('no entries sheet');
  entries.getCell('G2').note = '请补充具体数字';
  entries.getCell('G4').note = '已电话核实';
  entries.getCell('K2').value = { text: '佐证材料', hyperlink: 'https://example.gov.cn/a.pdf' };
  entries.getCell('K3').value = { text: '会议纪要', hyperlink: 'https://example.gov.cn/b.pdf' };
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return withChart(withListNames(bytes), CHART_SHEET);
}

/** Bytes saved by LibreOffice from the given workbook (its own xlsx export). */
export function savedByLibreOffice(bytes: Uint8Array, name = 'book.xlsx'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'wp-pkg-lo-'));
  try {
    const input = join(dir, 'in', name);
    execFileSync('mkdir', ['-p', join(dir, 'in')]);
    writeFileSync(input, bytes);
    const [out] = libreoffice.convert(input, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out'));
    if (!out) throw new Error('LibreOffice wrote nothing');
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every sheet as LibreOffice shows it after recalculating on load. */
export function shownByLibreOffice(bytes: Uint8Array): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-pkg-csv-'));
  try {
    const input = join(dir, 'book.xlsx');
    writeFileSync(input, bytes);
    return libreoffice.sheetsAsCsv(input);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The workbook as an .xlsm: a VBA project part, its relationship, and the macro-enabled content types. */
export function asXlsm(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files['xl/vbaProject.bin'] = Uint8Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  const types = strFromU8(files['[Content_Types].xml'] as Uint8Array)
    .replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    )
    .replace(
      '</Types>',
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    );
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}

/** The workbook with a calculation chain (as Excel saves one) listing the user's formula cells. */
export function withCalcChain(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files['xl/calcChain.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="9"/><c r="B3"/></calcChain>',
  );
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdCalc" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
  );
  const types = strFromU8(files['[Content_Types].xml'] as Uint8Array).replace(
    '</Types>',
    '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
  );
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}
