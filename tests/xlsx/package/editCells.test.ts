/**
 * Cell-level edits of 进度填报 (values, fills, moved rows, the table's range): only the entries sheet, its table
 * and styles.xml change; every other part of the office's workbook stays byte for byte, styles.xml keeps every
 * original entry, and what a user put on the sheet (notes, links, user columns) stays.
 */
import { unzipSync } from 'fflate';
import { isLedgerError } from '../../../src/domain/messages';
import { COLUMNS, SHEETS, TABLES } from '../../../src/workbook/format';
import { PackageEditor } from '../../../src/xlsx/package/edit/packageEditor';
import { readWorkbookPackage } from '../../../src/xlsx/package/readSnapshot';
import { readWorkbookXlsx } from '../../support/exceljs/readWorkbookXlsx';
import { sheetFills } from '../../validation-integration/xlsxParts';
import { asXlsm, officeBookExcelJs, sheetEntry, withCalcChain } from './officeBook';
import JSZip from 'jszip';
import { nodeDeflate } from '../../../src/xlsx/package/nodeDeflate';
import { elementTexts, expectStylesAppendOnly, partDiff, partsOf, partText, patchZip } from './packageParts';

const STATUS = COLUMNS.entries.indexOf('校验状态');
let book: Uint8Array;
let entriesPart: string;
let tablePart: string;

beforeAll(async () => {
  book = await officeBookExcelJs();
  const files = unzipSync(book);
  entriesPart = sheetEntry(files, SHEETS.entries);
  tablePart =
    Object.keys(files).find(
      (n) =>
        n.startsWith('xl/tables/') && new TextDecoder().decode(files[n]).includes(`name="${TABLES.entries}"`),
    ) ?? '';
});

async function edited(bytes: Uint8Array, edit: (e: PackageEditor) => void): Promise<Uint8Array> {
  const editor = await PackageEditor.open(bytes, '台账.xlsx');
  edit(editor);
  return editor.toBytes();
}

async function refusal(
  bytes: Uint8Array,
  edit: (e: PackageEditor) => void,
): Promise<{ key: string; message: string }> {
  try {
    await edited(bytes, edit);
  } catch (error) {
    if (isLedgerError(error)) return { key: error.key, message: error.message };
    throw error;
  }
  throw new Error('edit was not refused');
}

const entriesOf = async (bytes: Uint8Array) =>
  (await readWorkbookPackage(bytes, 'x.xlsx')).tables.find((t) => t.name === TABLES.entries);

describe('setting cells of 进度填报', () => {
  let out: Uint8Array;
  beforeAll(async () => {
    out = await edited(book, (e) => {
      e.setCells(SHEETS.entries, [
        { address: 'J2', value: '通过' },
        { address: 'J3', value: '错误', fill: '#FFC7CE' },
        { address: 'J4', value: null },
        { address: 'K5', value: 1234.5 },
        { address: 'K6', value: true },
        { address: 'B3', fill: '#FFC7CE' },
        { address: 'C4', fill: '#FFEB9C' },
        { address: 'L9', value: ' 表格外 \n第二行 _x0041_ =1+1' },
      ]);
      e.setCells(SHEETS.entries, [{ address: 'C4', fill: null }]);
    });
  });

  it('changes only the entries sheet and styles.xml; every other part is byte-identical', () => {
    expect(partDiff(book, out)).toEqual({
      changed: [entriesPart, 'xl/styles.xml'].sort(),
      added: [],
      dropped: [],
    });
  });

  it('appends to styles.xml, keeping every original entry in place, one fill per colour still in use', () => {
    const before = partText(book, 'xl/styles.xml');
    const after = partText(out, 'xl/styles.xml');
    expectStylesAppendOnly(before, after);
    const fills = elementTexts(after, 'fill').length - elementTexts(before, 'fill').length;
    // #FFC7CE twice (one fill); #FFEB9C was replaced by "no fill" before writing, so it is not added.
    expect(fills).toBe(1);
  });

  it('shows the new values and fills, literal text staying text, every other cell as it was', async () => {
    const before = await entriesOf(book);
    const after = await entriesOf(out);
    const value = (row: number, column: number) => after?.rows.find((r) => r.row === row)?.values[column];
    expect([value(2, STATUS), value(3, STATUS), value(4, STATUS), value(5, 10), value(6, 10)]).toEqual([
      '通过',
      '错误',
      null,
      1234.5,
      true,
    ]);
    const untouched = (t: typeof after) => t?.rows.filter((r) => r.row > 6).map((r) => r.values) ?? [];
    expect(untouched(after)).toEqual(untouched(before));
    const fills = await sheetFills(out, SHEETS.entries);
    expect(Object.fromEntries(fills)).toEqual({ J3: 'FFFFC7CE', B3: 'FFFFC7CE' });
    const exceljs = await readWorkbookXlsx(out);
    expect(exceljs.tables.find((t) => t.name === TABLES.entries)?.rows[0]?.values[STATUS]).toBe('通过');
    const outside = (await readWorkbookPackage(out, 'x.xlsx', { scope: 'all' })).tables.find(
      (t) => t.name === TABLES.entries,
    )?.rowsBelow;
    expect(outside).toEqual([]);
    expect(partText(out, entriesPart)).toContain(
      '<c r="L9" t="inlineStr"><is><t xml:space="preserve"> 表格外 \n第二行 _x005F_x0041_ =1+1</t></is></c>',
    );
  });

  it('clears earlier fills of a range before the new ones, touching only cells that had a fill', async () => {
    const again = await edited(out, (e) => {
      e.setCells(SHEETS.entries, [{ address: 'K2', fill: '#FFEB9C' }]);
      e.clearFills(SHEETS.entries, 'A2:J13');
      e.setCells(SHEETS.entries, [{ address: 'C4', fill: '#FFEB9C' }]);
    });
    expect(Object.fromEntries(await sheetFills(again, SHEETS.entries))).toEqual({
      C4: 'FFFFEB9C',
      K2: 'FFFFEB9C',
    });
    const before = partText(out, entriesPart);
    const after = partText(again, entriesPart);
    const cellsOf = (xml: string) =>
      new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^]*?(?:\/>|<\/c>)/g)].map((m) => [m[1], m[0]]));
    const a = cellsOf(before);
    const b = cellsOf(after);
    expect([...b.keys()].filter((k) => a.get(k) !== b.get(k)).sort()).toEqual(['B3', 'C4', 'J3', 'K2']);
  });

  it('keeps the notes, links and other XML of the cells it changes', () => {
    const before = partText(book, entriesPart);
    const after = partText(out, entriesPart);
    expect(elementTexts(after, 'hyperlinks')).toEqual(elementTexts(before, 'hyperlinks'));
    expect(elementTexts(after, 'legacyDrawing')).toEqual(elementTexts(before, 'legacyDrawing'));
    expect(elementTexts(after, 'dataValidations')).toEqual(elementTexts(before, 'dataValidations'));
  });

  it('keeps a changed cell’s own attributes and children other than its value', async () => {
    const bytes = patchZip(book, (files) => ({
      [entriesPart]: (files[entriesPart] as string).replace(
        /<c r="J2"([^>]*?)\/>/,
        '<c r="J2"$1 ph="1"><v>7</v><extLst><ext uri="{test}"/></extLst></c>',
      ),
    }));
    const out2 = await edited(bytes, (e) => e.setCells(SHEETS.entries, [{ address: 'J2', value: '警告' }]));
    const cell = /<c r="J2"[^]*?<\/c>/.exec(partText(out2, entriesPart))?.[0];
    expect(cell).toMatch(
      /^<c r="J2" s="\d+" ph="1" t="inlineStr"><is><t>警告<\/t><\/is><extLst><ext uri="\{test\}"\/><\/extLst><\/c>$/,
    );
  });

  it('refuses text over 32,767 characters, naming the cell', async () => {
    const r = await refusal(book, (e) =>
      e.setCells(SHEETS.entries, [{ address: 'G5', value: 'x'.repeat(32_768) }]),
    );
    expect(r.key).toBe('file.edit.textTooLong');
    expect(r.message).toContain('G5');
  });

  it('refuses an address that is not a cell and a sheet that does not exist', async () => {
    expect(
      (await refusal(book, (e) => e.setCells(SHEETS.entries, [{ address: 'XFE1', value: 1 }]))).key,
    ).toBe('file.edit.badAddress');
    expect((await refusal(book, (e) => e.setCells('没有这张表', [{ address: 'A1', value: 1 }]))).key).toBe(
      'file.edit.noSheet',
    );
  });
});

describe('rows typed under the table', () => {
  let below: Uint8Array;
  beforeAll(() => {
    // Rows 15 and 17 typed under WP_Entries (A1:K13) by a LibreOffice user; 14 and 16 left blank.
    below = patchZip(book, (files) => ({
      [entriesPart]: (files[entriesPart] as string).replace(
        '</sheetData>',
        '<row r="15"><c r="A15" t="inlineStr"><is><t>2021年上半年</t></is></c><c r="B15" t="inlineStr"><is><t>省财政厅</t></is></c><c r="C15"><v>4</v></c></row>' +
          '<row r="16" ht="20" customHeight="1"/>' +
          '<row r="17"><c r="A17" t="inlineStr"><is><t>2021年上半年</t></is></c><c r="B17" t="inlineStr"><is><t>省发展改革委</t></is></c><c r="C17"><v>5</v></c></row></sheetData>',
      ),
    }));
  });

  it('move into place directly after the table, blank gaps dropped, and the table and its validations follow', async () => {
    const out = await edited(below, (e) => {
      e.moveRows(SHEETS.entries, [
        { from: 15, to: 14 },
        { from: 17, to: 15 },
      ]);
      e.setTableRef(TABLES.entries, 'A1:K15');
      e.setCells(SHEETS.entries, [
        { address: 'J14', value: '通过' },
        { address: 'J15', value: '通过' },
      ]);
    });
    expect(partDiff(below, out)).toEqual({
      changed: [entriesPart, tablePart].sort(),
      added: [],
      dropped: [],
    });
    const table = await entriesOf(out);
    expect(table?.rows.slice(-2).map((r) => [r.row, ...r.values.slice(0, 3), r.values[STATUS]])).toEqual([
      [14, '2021年上半年', '省财政厅', 4, '通过'],
      [15, '2021年上半年', '省发展改革委', 5, '通过'],
    ]);
    expect(table?.rowsBelow).toEqual([]);
    const xml = partText(out, tablePart);
    expect(xml).toContain('ref="A1:K15"');
    expect(elementTexts(xml, 'autoFilter')[0]).toContain('ref="A1:K15"');
    const sheet = partText(out, entriesPart);
    expect(sheet).toContain('sqref="A2:A15"');
    expect(sheet).not.toContain('<row r="17"');
    expect(sheet).toContain('<row r="16" ht="20" customHeight="1"/>');
  });

  it('writes the same parts when asked twice', async () => {
    const editor = await PackageEditor.open(below, '台账.xlsx');
    editor.moveRows(SHEETS.entries, [{ from: 15, to: 14 }]);
    editor.setTableRef(TABLES.entries, 'A1:K14');
    expect(partsOf(await editor.toBytes())).toEqual(partsOf(await editor.toBytes()));
  });

  it('refuses to move a row onto a row that holds cells', async () => {
    const r = await refusal(below, (e) => e.moveRows(SHEETS.entries, [{ from: 15, to: 5 }]));
    expect([r.key, r.message]).toEqual(['file.edit.rowOccupied', expect.stringContaining('第 5 行')]);
  });

  it('refuses to move a row with a note, naming the comments part', async () => {
    const r = await refusal(below, (e) => e.moveRows(SHEETS.entries, [{ from: 2, to: 20 }]));
    expect(r.key).toBe('file.edit.noteOnMovedRow');
    expect(r.message).toMatch(/G2.*xl\/comments\d*\.xml/);
  });

  it('refuses to overwrite or move a shared formula', async () => {
    const shared = patchZip(below, (files) => ({
      [entriesPart]: (files[entriesPart] as string)
        .replace(
          '<row r="17">',
          '<row r="18"><c r="L18"><f t="shared" ref="L18:L19" si="0">C17*2</f><v>10</v></c></row><row r="19"><c r="L19"><f t="shared" si="0"/><v>0</v></c></row><row r="17">',
        )
        .replace(/(<row r="18">.*?<\/row><row r="19">.*?<\/row>)(<row r="17">.*?<\/row>)/, '$2$1'),
    }));
    expect(
      (await refusal(shared, (e) => e.setCells(SHEETS.entries, [{ address: 'L18', value: 1 }]))).key,
    ).toBe('file.edit.formulaBlock');
    expect((await refusal(shared, (e) => e.moveRows(SHEETS.entries, [{ from: 19, to: 30 }]))).key).toBe(
      'file.edit.formulaBlock',
    );
  });
});

describe('packages the edits must carry', () => {
  it('drops calcChain.xml with its relationship and content type, keeping every other entry', async () => {
    const chained = withCalcChain(book);
    const out = await edited(chained, (e) => e.setCells(SHEETS.entries, [{ address: 'J2', value: '通过' }]));
    const diff = partDiff(chained, out);
    expect(diff.dropped).toEqual(['xl/calcChain.xml']);
    expect(diff.changed).toEqual(['[Content_Types].xml', entriesPart, 'xl/_rels/workbook.xml.rels'].sort());
    for (const [part, item] of [
      ['[Content_Types].xml', 'Override'],
      ['[Content_Types].xml', 'Default'],
      ['xl/_rels/workbook.xml.rels', 'Relationship'],
    ] as const) {
      const kept = elementTexts(partText(chained, part), item).filter((t) => !t.includes('calcChain'));
      expect(elementTexts(partText(out, part), item)).toEqual(kept);
    }
  });

  it('keeps an .xlsm’s VBA project, its relationship and its macro-enabled content type', async () => {
    const xlsm = asXlsm(book);
    const out = await edited(xlsm, (e) => e.setCells(SHEETS.entries, [{ address: 'J2', value: '通过' }]));
    expect(partDiff(xlsm, out)).toEqual({ changed: [entriesPart], added: [], dropped: [] });
    expect(partText(out, '[Content_Types].xml')).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    expect(
      (await readWorkbookPackage(out, '台账.xlsm')).tables.find((t) => t.name === TABLES.entries)?.rows[0]
        ?.values[STATUS],
    ).toBe('通过');
  });

  it('writes the same parts, with valid checksums, through Node’s zlib as through fflate', async () => {
    const editor = await PackageEditor.open(book, '台账.xlsx');
    editor.setCells(SHEETS.entries, [{ address: 'J2', value: '通过', fill: '#FFC7CE' }]);
    const viaFflate = await editor.toBytes();
    const viaZlib = await editor.toBytes({ deflate: nodeDeflate });
    expect(partsOf(viaZlib)).toEqual(partsOf(viaFflate));
    const zip = await JSZip.loadAsync(viaZlib, { checkCRC32: true });
    await Promise.all(Object.values(zip.files).map((f) => f.async('uint8array')));
  });

  it('returns the input unchanged when nothing was edited', async () => {
    expect(await edited(book, () => undefined)).toEqual(book);
  });
});
