/**
 * The edited packages in LibreOffice (recalculating every formula on load): for an office ledger written by
 * exceljs and the same ledger saved by LibreOffice, a validate-style write and a new 汇总 leave every part they do
 * not own byte-identical, and LibreOffice opens the result, computes the user's formulas (their cached values are
 * stale on purpose) and the add-in's, and shows the cells the editor wrote. Skipped without soffice (not on CI).
 */
import { unzipSync } from 'fflate';
import { builtinSchema } from '../../../src/domain/builtin';
import { SHEETS } from '../../../src/workbook/format';
import { planSummarySheet } from '../../../src/workbook/summarySheet';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { PackageEditor } from '../../../src/xlsx/package/edit/packageEditor';
import { readWorkbookPackage } from '../../../src/xlsx/package/readSnapshot';
import { readWorkbookXlsx } from '../../support/exceljs/readWorkbookXlsx';
import {
  OFFICE_SHEET,
  libreoffice,
  officeBookExcelJs,
  savedByLibreOffice,
  sheetEntry,
  shownByLibreOffice,
} from './officeBook';
import { elementTexts, expectStylesAppendOnly, partDiff, partText, patchZip } from './packageParts';
import { recordValidation } from './validationEdits';

const soffice = libreoffice.findSoffice();
if (!soffice && process.env.CI)
  throw new Error('CI 环境缺少 LibreOffice（soffice），无法运行 LibreOffice 检查。');
if (!soffice)
  console.warn(
    '跳过 LibreOffice 检查：未找到 soffice（安装 LibreOffice 或设置 SOFFICE）。Skipping: LibreOffice is not installed.',
  );
const describeWithSoffice = soffice ? describe : describe.skip;

const schema = builtinSchema();
const period = schema.periods[1]?.label ?? '';

async function validateAndSummarize(bytes: Uint8Array): Promise<{ out: Uint8Array; statuses: number }> {
  const editor = await PackageEditor.open(bytes, '台账.xlsx');
  const { statuses } = recordValidation(editor, await readWorkbookPackage(bytes, '台账.xlsx'), period);
  const { sheet, names } = planSummarySheet(schema, period);
  editor.putSheet(sheet);
  editor.setNames(names);
  return { out: await editor.toBytes(), statuses };
}

describeWithSoffice.each([
  ['written by exceljs', false],
  ['saved by LibreOffice', true],
])('an office ledger %s, validated and summarised', (_name, viaLibreOffice) => {
  let input: Uint8Array;
  let out: Uint8Array;
  let shown: Record<string, string[][]>;
  let statuses = 0;

  beforeAll(async () => {
    const excelJs = await officeBookExcelJs();
    input = viaLibreOffice ? savedByLibreOffice(excelJs) : excelJs;
    ({ out, statuses } = await validateAndSummarize(input));
    shown = shownByLibreOffice(out);
  });

  it('reads as readWorkbookXlsx reads it, except formula cells caching 0, which exceljs reads as blank', async () => {
    const theirs = await readWorkbookXlsx(input);
    const ours = await readWorkbookPackage(input, '台账.xlsx', { scope: 'all' });
    // exceljs drops a falsy cached formula result (0, FALSE, ""); the package reader keeps what the cell shows.
    const blanked = (snapshot: WorkbookSnapshot): WorkbookSnapshot => ({
      ...snapshot,
      tables: snapshot.tables.map((t) => {
        const formula = new Set((t.formulaCells ?? []).map((c) => `${c.row}:${c.column}`));
        const blank = (r: { row: number; values: unknown[] }) => ({
          row: r.row,
          values: r.values.map((v, j) => (formula.has(`${r.row}:${j}`) && !v ? null : v)),
        });
        return {
          ...t,
          rows: t.rows.map(blank),
          ...(t.rowsBelow ? { rowsBelow: t.rowsBelow.map(blank) } : {}),
        } as typeof t;
      }),
    });
    expect(blanked(ours)).toStrictEqual(theirs);
    // LibreOffice caches formula results (WP_Items[指标数] is 0 for items without targets); exceljs caches none.
    const zeros = ours.tables.flatMap((t) => t.rows.flatMap((r) => r.values)).filter((v) => v === 0);
    expect(zeros.length > 0).toBe(viaLibreOffice);
  });

  it('changes only the entries sheet and the merged parts; every other part is byte-identical', () => {
    const diff = partDiff(input, out);
    const entries = sheetEntry(unzipSync(input), SHEETS.entries);
    const merged = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'];
    expect(diff.changed).toEqual([entries, ...merged].sort());
    expect(diff.dropped).toEqual([]);
    expect(
      diff.added.every((p) =>
        /^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|tables\/table\d+\.xml)$/.test(p),
      ),
    ).toBe(true);
    expectStylesAppendOnly(partText(input, 'xl/styles.xml'), partText(out, 'xl/styles.xml'));
    for (const item of ['sheet', 'definedName']) {
      const now = new Set(elementTexts(partText(out, 'xl/workbook.xml'), item));
      expect(elementTexts(partText(input, 'xl/workbook.xml'), item).filter((t) => !now.has(t))).toEqual([]);
    }
  });

  it('opens in LibreOffice with the user’s formulas computing through their defined name', () => {
    const office = shown[OFFICE_SHEET] ?? [];
    expect(office.map((row) => row.slice(0, 2))).toEqual([
      ['年度目标', '1000'],
      ['翻倍', '2000'],
      ['合计', '3000'],
    ]);
  });

  it('shows the 校验状态 the editor wrote, the user column and the links beside them', () => {
    const rows = shown[SHEETS.entries] ?? [];
    expect(rows[0]?.slice(9, 11)).toEqual(['校验状态', '附件']);
    const written = rows.slice(1).map((r) => r[9]);
    expect(written).toHaveLength(statuses);
    expect(written.every((s) => s === '通过' || s === '警告' || s === '错误')).toBe(true);
    expect(rows[1]?.[10]).toBe('佐证材料');
  });

  it('shows 校验结果 and a 汇总 whose formulas LibreOffice computed', () => {
    expect(shown[SHEETS.issues]?.[0]?.[0]).toBe('校验结果');
    const summary = shown[SHEETS.summary] ?? [];
    expect(summary[0]?.[0]).toBe(`江西省促进中小企业发展2021年工作要点完成情况汇总（${period}）`);
    expect(summary[1]?.slice(0, 2)).toEqual(['报告期', period]);
    expect(summary[1]?.[3]).toBe('50%'); // 序时进度 through WP_Periods, in the transplanted 0% format
  });
});

describeWithSoffice('rows typed under the table, moved into it', () => {
  it('open in LibreOffice in their new rows, inside the grown table, with the status written beside them', async () => {
    const book = await officeBookExcelJs();
    const entries = sheetEntry(unzipSync(book), SHEETS.entries);
    const below = patchZip(book, (files) => ({
      [entries]: (files[entries] as string).replace(
        '</sheetData>',
        '<row r="16"><c r="A16" t="inlineStr"><is><t>2021年上半年</t></is></c><c r="B16" t="inlineStr"><is><t>省财政厅</t></is></c><c r="C16"><v>4</v></c></row></sheetData>',
      ),
    }));
    const editor = await PackageEditor.open(below, '台账.xlsx');
    editor.moveRows(SHEETS.entries, [{ from: 16, to: 14 }]);
    editor.setTableRef('WP_Entries', 'A1:K14');
    editor.setCells(SHEETS.entries, [{ address: 'J14', value: '通过' }]);
    const out = await editor.toBytes();
    const rows = shownByLibreOffice(out)[SHEETS.entries] ?? [];
    expect(rows.length).toBe(14);
    expect(rows[13]?.slice(0, 3)).toEqual(['2021年上半年', '省财政厅', '4']);
    expect(rows[13]?.[9]).toBe('通过');
    // Saved again by LibreOffice, the table still reaches row 14.
    const resaved = await readWorkbookPackage(savedByLibreOffice(out), '台账.xlsx');
    expect(resaved.tables.find((t) => t.name === 'WP_Entries')?.rows.at(-1)?.row).toBe(14);
  });
});
