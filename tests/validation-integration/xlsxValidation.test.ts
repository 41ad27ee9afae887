/** The three-unit workbook as an .xlsx file: validated through the reader, written back annotated, values untouched. */
import { checkSnapshot as checkWorkbook, validatedCopy, validatedCopyOf } from '../support/ledgerCheck';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import type { CellValue } from '../../src/domain/entryCells';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { ISSUE_HEADERS } from '../../src/workbook/issueSheet';
import { issueCell } from '../../src/workbook/issueText';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';
import {
  expectedRowIssueLines,
  fixtureBook,
  fixtureExpected,
  fixturePeriod,
  rowIssueLines,
} from './fixtureBook';
import { formulaTexts, sheetFills } from './xlsxParts';

let input: Uint8Array;
let before: WorkbookSnapshot;
let after: WorkbookSnapshot;
let output: Uint8Array;

beforeAll(async () => {
  input = await fixtureBook();
  before = await readWorkbookXlsx(input);
  output = await validatedCopy(input, fixturePeriod);
  after = await readWorkbookXlsx(output);
});

function table(snapshot: WorkbookSnapshot, name: string) {
  const t = snapshot.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

describe('validating the three-unit .xlsx workbook', () => {
  it('files exactly the expected issues by row, rule, severity and cell', () => {
    const check = checkWorkbook(before, { period: fixturePeriod });
    if (!check.ok) throw new Error(check.problem);
    expect(rowIssueLines(check.result.issues)).toEqual(expectedRowIssueLines());
    expect(
      check.result.issues
        .filter((i) => i.row === null)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...fixtureExpected.unitIssues].sort());
    expect(check.result.byUnit).toEqual(fixtureExpected.byUnit);
  });

  it('never changes a value of WP_Entries apart from 校验状态', () => {
    const status = COLUMNS.entries.indexOf('校验状态');
    const strip = (rows: { row: number; values: CellValue[] }[]) =>
      rows.map((r) => ({ row: r.row, values: r.values.filter((_, j) => j !== status) }));
    const a = table(before, TABLES.entries);
    const b = table(after, TABLES.entries);
    expect(b.headers).toEqual(a.headers);
    expect(strip(b.rows)).toEqual(strip(a.rows));
  });

  it('writes 校验状态 per row and leaves blank rows blank', () => {
    const status = COLUMNS.entries.indexOf('校验状态');
    const words: Record<string, string> = { ok: '通过', warning: '警告', error: '错误' };
    const written = Object.fromEntries(
      table(after, TABLES.entries).rows.map((r) => [String(r.row), r.values[status] ?? null]),
    );
    for (const [row, s] of Object.entries(fixtureExpected.statuses)) expect(written[row]).toBe(words[s]);
    expect(written['27']).toBeNull();
    expect(written['28']).toBeNull();
  });

  it('writes WP_Issues with one row per issue, each linking to its cell on 进度填报', async () => {
    const issues = table(after, TABLES.issues);
    expect(issues.sheet).toBe(SHEETS.issues);
    expect(issues.headers).toEqual([...ISSUE_HEADERS]);
    const col = (h: string) => issues.headers.indexOf(h);
    const lines = issues.rows
      .filter((r) => r.values[col('行号')] !== null)
      .map((r) =>
        [
          r.values[col('行号')],
          r.values[col('规则')],
          r.values[col('级别')] === '错误' ? 'error' : 'warning',
          r.values[col('单元格')],
        ].join(' '),
      );
    expect(lines.sort()).toEqual(expectedRowIssueLines());
    const formulas = await formulaTexts(output, SHEETS.issues);
    const links = formulas.filter((f) => f.startsWith('HYPERLINK'));
    expect(links).toHaveLength(fixtureExpected.rowIssues.length);
    for (const [, , , cell] of fixtureExpected.rowIssues)
      expect(links).toContain(`HYPERLINK("#'${SHEETS.entries}'!${cell}","${cell}")`);
  });

  it('keeps the original value of a fixable cell in the issue table', () => {
    const issues = table(after, TABLES.issues);
    const col = (h: string) => issues.headers.indexOf(h);
    for (const [row, column, from, to] of fixtureExpected.fixes) {
      const found = issues.rows.find((r) => r.values[col('行号')] === row && r.values[col('列')] === column);
      expect(found?.values[col('原值')]).toBe(from);
      expect(found?.values[col('修正为')]).toBe(to);
    }
  });

  it('writes the per-unit block', () => {
    const units = table(after, TABLES.issueUnits);
    expect(units.headers).toEqual([...COLUMNS.issueUnits, '未报送']);
    const rows = units.rows.map((r) => r.values);
    expect(rows).toEqual(
      fixtureExpected.byUnit.map((u) => [
        u.unit,
        u.errors,
        u.warnings,
        u.itemsDue,
        u.itemsReported,
        u.targetsDue,
        u.targetsReported,
        u.missing,
      ]),
    );
  });

  it('keeps rule ids in 规则 and adds their short titles in 规则名称 at the end; missing reports are 未报送, not 错误', () => {
    const issues = table(after, TABLES.issues);
    expect(issues.headers.slice(0, COLUMNS.issues.length)).toEqual([...COLUMNS.issues]);
    expect(issues.headers[issues.headers.length - 1]).toBe('规则名称');
    const col = (h: string) => issues.headers.indexOf(h);
    const pairs = new Map(issues.rows.map((r) => [r.values[col('规则')], r.values[col('规则名称')]]));
    expect(pairs.get('bad-number')).toBe('数字格式');
    expect(pairs.get('missing-report')).toBe('未报送');
    expect(pairs.get('period-alias')).toBe('报告期写法');
    const levels = issues.rows
      .filter((r) => r.values[col('规则')] === 'missing-report')
      .map((r) => r.values[col('级别')]);
    expect(levels).toHaveLength(fixtureExpected.unitIssues.length);
    expect(new Set(levels)).toEqual(new Set(['未报送']));
  });

  it('fills exactly the cells at fault', async () => {
    const fills = await sheetFills(output, SHEETS.entries);
    const faulty = new Set(fixtureExpected.rowIssues.map(([, , , cell]) => String(cell)));
    expect(new Set(fills.keys())).toEqual(faulty);
    expect(fills.get('B8')).toBe('FFFFC7CE');
    expect(fills.get('G26')).toBe('FFFFEB9C');
  });

  it('clears the previous highlights on the next run', async () => {
    const again = await readWorkbookXlsx(output);
    const unit = COLUMNS.entries.indexOf('填报单位');
    // The clerk corrects row 8 by hand; the next run must drop its fill and keep the others.
    const corrected = {
      ...again,
      tables: again.tables.map((t) =>
        t.name === TABLES.entries
          ? {
              ...t,
              rows: t.rows.map((r) =>
                r.row === 8
                  ? { ...r, values: r.values.map((v, j) => (j === unit ? '省工业和信息化厅' : v)) }
                  : r,
              ),
            }
          : t,
      ),
    };
    const second = checkWorkbook(corrected, { period: fixturePeriod });
    if (!second.ok) throw new Error(second.problem);
    const fills = await sheetFills(
      await validatedCopyOf(XlsxLedger.of(corrected), fixturePeriod),
      SHEETS.entries,
    );
    expect(fills.has('B8')).toBe(false);
    expect(new Set(fills.keys())).toEqual(
      new Set(
        second.result.issues.filter((i) => i.row !== null).map((i) => issueCell(i, second.ledger.layout)),
      ),
    );
  });
});
