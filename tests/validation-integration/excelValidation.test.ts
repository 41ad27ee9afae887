/** Validation inside Excel, against the strict fake: the three-unit workbook, budgets, and values left untouched. */
import { isLedgerError } from '../../src/domain/messages';
import { applyLedgerFixes } from '../../src/ledger/applyFixes';
import { validateLedger } from '../../src/ledger/validateLedger';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { fakeWorkbook } from '../excel/fakeContext';
import {
  bookPlan,
  expectedRowIssueLines,
  fixtureExpected,
  fixturePeriod,
  fixtureRows,
  rowIssueLines,
} from './fixtureBook';

async function loadedFake(rows = fixtureRows.map((r) => r.values)): Promise<ExcelFake> {
  const fake = createExcelFake();
  const loaded = await fakeWorkbook(fake).loadPlan(bookPlan(rows));
  if (!loaded.ok) throw new Error(loaded.message);
  return fake;
}

/** Syncs and largest request since the `mark`-th sync record. */
function since(fake: ExcelFake, mark: number): { syncs: number; maxRequestBytes: number } {
  const records = fake.stats.records.slice(mark);
  return { syncs: records.length, maxRequestBytes: records.reduce((m, r) => Math.max(m, r.requestBytes), 0) };
}

/** The worst severity the fixture expects per cell, as its fill colour. */
function expectedFills(): Map<string, string> {
  const fills = new Map<string, string>();
  for (const [, , severity, cell] of fixtureExpected.rowIssues) {
    if (fills.get(String(cell)) !== '#FFC7CE')
      fills.set(String(cell), severity === 'error' ? '#FFC7CE' : '#FFEB9C');
  }
  return fills;
}

/** Every filled cell of the entries sheet, as A1 → colour. */
function entryFills(fake: ExcelFake): Map<string, string> {
  const out = new Map<string, string>();
  const sheet = fake.model.requireSheet(SHEETS.entries);
  for (const [r, cells] of sheet.rows)
    for (const [c, cell] of cells)
      if (cell.format.fill) out.set(`${String.fromCharCode(65 + c)}${r + 1}`, cell.format.fill);
  return out;
}

/** Validates through the ledger core on the Office adapter over the fake. */
function validate(fake: ExcelFake, period: string | undefined = fixturePeriod) {
  return validateLedger(fakeWorkbook(fake), period === undefined ? {} : { period });
}

const STATUS = COLUMNS.entries.indexOf('校验状态');
const withoutStatus = (rows: unknown[][]) => rows.map((r) => r.filter((_, j) => j !== STATUS));

describe('validation in Excel (fake)', () => {
  it('files exactly the expected issues and per-unit counts', async () => {
    const fake = await loadedFake();
    const v = await validate(fake);
    expect(rowIssueLines(v.result.issues)).toEqual(expectedRowIssueLines());
    expect(v.result.byUnit).toEqual(fixtureExpected.byUnit);
  });

  it('never changes a value of WP_Entries apart from 校验状态', async () => {
    const fake = await loadedFake();
    const before = fake.tableValues(TABLES.entries);
    await validate(fake);
    const after = fake.tableValues(TABLES.entries);
    expect(after.address).toBe(before.address);
    expect(after.headers).toEqual(before.headers);
    expect(withoutStatus(after.rows)).toEqual(withoutStatus(before.rows));
  });

  it('writes 校验状态, the issue table with links, and fills the cells at fault', async () => {
    const fake = await loadedFake();
    await validate(fake);
    const words: Record<string, string> = { ok: '通过', warning: '警告', error: '错误' };
    const rows = fake.tableValues(TABLES.entries).rows;
    fixtureRows.forEach((r, i) => {
      const want = (fixtureExpected.statuses as Record<string, string>)[String(r.row)];
      expect(rows[i]?.[STATUS]).toBe(want ? words[want] : '');
    });
    const issues = fake.tableValues(TABLES.issues);
    expect(issues.rows).toHaveLength(fixtureExpected.rowIssues.length + fixtureExpected.unitIssues.length);
    // 定位 links are cell hyperlinks on this host (ExcelApi 1.7+): no formula on the sheet.
    expect(fake.formulaCells(SHEETS.issues).size).toBe(0);
    const links = [...fake.model.requireSheet(SHEETS.issues).hyperlinks.values()].map(
      (l) => l.documentReference,
    );
    for (const [, , , cell] of fixtureExpected.rowIssues)
      expect(links).toContain(`'${SHEETS.entries}'!${cell}`);
    expect(entryFills(fake)).toEqual(expectedFills());
  });

  it('stays within 2 syncs and 4 MB per request, and a second run replaces the sheet and clears old fills', async () => {
    const fake = await loadedFake();
    const mark = fake.stats.records.length;
    await validate(fake);
    expect(since(fake, mark)).toEqual({ syncs: 2, maxRequestBytes: expect.any(Number) });
    expect(since(fake, mark).maxRequestBytes).toBeLessThanOrEqual(4_000_000);
    // The clerk fixes row 8 by hand; the next run must drop its fill.
    fake.model.requireSheet(SHEETS.entries).ensure(7, 1).stored = { kind: 'text', text: '省工业和信息化厅' };
    const mark2 = fake.stats.records.length;
    const second = await validate(fake);
    expect(since(fake, mark2).syncs).toBe(2);
    expect(fake.model.requireSheet(SHEETS.entries).cell(7, 1)?.format.fill).toBeUndefined();
    expect(entryFills(fake).size).toBe(expectedFills().size - 1);
    expect(fake.tableValues(TABLES.issues).rows).toHaveLength(second.result.issues.length);
  });

  it('applies only the picked fixes, to only their cells, then validates again', async () => {
    const fake = await loadedFake();
    const wb = fakeWorkbook(fake);
    const v = await validateLedger(wb, { period: fixturePeriod });
    const before = fake.tableValues(TABLES.entries).rows;
    const alias = v.result.issues.find((i) => i.rule === 'alias-unit');
    if (!alias) throw new Error('fixture lost its alias issue');
    const applied = await applyLedgerFixes(wb, v, [alias.id]);
    expect(applied.changes.map((c) => [c.row, c.column])).toEqual([[8, '填报单位']]);
    const after = fake.tableValues(TABLES.entries).rows;
    after.forEach((row, i) =>
      row.forEach((value, j) => {
        if (i === 6 && j === 1) expect(value).toBe('省工业和信息化厅');
        else if (j !== STATUS) expect(value).toBe(before[i]?.[j]);
      }),
    );
    expect(applied.validation.result.issues.some((i) => i.row === 8 && i.rule === 'alias-unit')).toBe(false);
    const issues = fake.tableValues(TABLES.issues);
    expect(issues.rows).toHaveLength(applied.validation.result.issues.length);
  });

  it('leaves a fix alone when its cell was edited since validation', async () => {
    const fake = await loadedFake();
    const wb = fakeWorkbook(fake);
    const v = await validateLedger(wb, { period: fixturePeriod });
    fake.model.requireSheet(SHEETS.entries).ensure(7, 1).stored = { kind: 'text', text: '省工信' };
    const alias = v.result.issues.find((i) => i.rule === 'alias-unit');
    const applied = await applyLedgerFixes(wb, v, alias ? [alias.id] : []);
    expect(applied.changes).toEqual([]);
    expect(applied.skipped).toHaveLength(1);
    expect(fake.cell(SHEETS.entries, 'B8')).toEqual({ kind: 'text', text: '省工信' });
  });

  it('refuses a workbook without WP_Entries with a Chinese message', async () => {
    const fake = createExcelFake();
    fake.seedSheet('Sheet1');
    const error = await validate(fake, undefined).catch((e: unknown) => e);
    expect(isLedgerError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/_wp_meta|进度填报/);
  });
});
