/**
 * Point 8 of "inside real Excel": what Excel refuses — a protected sheet or workbook, a cell being edited, a
 * hidden sheet to activate, the last visible sheet to hide — reads as its own plain message naming the sheet and
 * what to do; protection is checked before anything is written.
 */
import { enUS } from '../../src/domain/messages/catalogue';
import { isLedgerError, translate } from '../../src/domain/messages';
import { hostErrorCode, hostErrorMessage, isItemNotFound, isTooLarge } from '../../src/excel/hostErrors';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { createExcelFake, FakeOfficeError, type ExcelFake } from '../support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { fakeWorkbook, validateInFake } from './fakeContext';
import { summaryRun } from './summaryFixture';

const rows = () => fixtureRows.map((r) => r.values);

async function ledger(): Promise<ExcelFake> {
  const fake = createExcelFake();
  const loaded = await fakeWorkbook(fake).loadPlan(bookPlan(rows()));
  if (!loaded.ok) throw new Error(loaded.message);
  return fake;
}

describe('host error messages', () => {
  it('give each refusal its own message, naming the sheet where one is concerned', () => {
    const cases: Array<[string, Parameters<typeof hostErrorMessage>[1], string]> = [
      ['InvalidOperationInCellEditMode', {}, 'excel.cellEditMode'],
      ['AccessDenied', { sheet: '进度填报' }, 'excel.sheetProtected'],
      ['AccessDenied', {}, 'excel.workbookProtected'],
      ['InvalidOperation', { action: 'activate', sheet: '进度填报' }, 'excel.sheetHidden'],
      ['InvalidOperation', { action: 'hide', sheet: '_wp_meta' }, 'excel.lastVisibleSheet'],
      ['ResponsePayloadSizeLimitExceeded', {}, 'excel.tooLarge'],
      ['RequestPayloadSizeLimitExceeded', {}, 'excel.tooLarge'],
      ['ApiNotFound', {}, 'excel.apiMissing'],
      ['ItemNotFound', {}, 'excel.notFound'],
      ['InsertDeleteConflict', {}, 'excel.insertDeleteConflict'],
      ['GeneralException', {}, 'excel.hostFailed'],
    ];
    for (const [code, situation, key] of cases) {
      const m = hostErrorMessage(new FakeOfficeError(code as never, 'x'), situation);
      expect([code, m.key]).toEqual([code, key]);
      if (situation?.sheet) expect(translate('zh-CN', m)).toContain(`“${situation.sheet}”`);
      expect(enUS[m.key]).toBeTruthy();
    }
  });
});

describe('reading a host error code', () => {
  it('tells a missing object and a refused size by the code alone, never by the words of the message', () => {
    expect(isItemNotFound(new FakeOfficeError('ItemNotFound', 'x'))).toBe(true);
    expect(isItemNotFound(new FakeOfficeError('GeneralException', 'ItemNotFound'))).toBe(false);
    expect(isItemNotFound(new Error('ItemNotFound'))).toBe(false);
    expect(isTooLarge(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'x'))).toBe(true);
    expect(isTooLarge(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'x'))).toBe(true);
    expect(isTooLarge(new FakeOfficeError('ItemNotFound', 'x'))).toBe(false);
  });

  it('reads only a text code, from anything thrown', () => {
    expect(hostErrorCode(new FakeOfficeError('AccessDenied', 'x'))).toBe('AccessDenied');
    expect(hostErrorCode({ code: 42 })).toBeUndefined();
    expect(hostErrorCode(null)).toBeUndefined();
    expect(hostErrorCode('ItemNotFound')).toBeUndefined();
  });
});

describe('protected sheets and workbooks', () => {
  it('refuses to load into a workbook whose entries sheet is protected, before writing anything', async () => {
    const fake = await ledger();
    fake.model.requireSheet(SHEETS.entries).protected = true;
    const before = fake.stats.records.length;
    const result = await fakeWorkbook(fake).loadPlan(bookPlan(rows()));
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`“${SHEETS.entries}”`);
    expect(result.message).toContain('撤消工作表保护');
    expect(fake.stats.records.slice(before).every((r) => !r.error)).toBe(true);
    expect(fake.stats.records.length - before).toBe(result.syncs);
  });

  it('refuses to validate when the entries sheet is protected, writing nothing', async () => {
    const fake = await ledger();
    fake.model.requireSheet(SHEETS.entries).protected = true;
    const before = fake.tableValues(TABLES.entries);
    const error: unknown = await validateInFake(fakeWorkbook(fake), fixturePeriod).catch((e: unknown) => e);
    expect(isLedgerError(error, 'excel.sheetProtected')).toBe(true);
    expect((error as Error).message).toContain(`“${SHEETS.entries}”`);
    expect(fake.tableValues(TABLES.entries)).toEqual(before);
  });

  it('refuses to write the summary onto a protected 汇总 sheet', async () => {
    const fake = await ledger();
    const wb = fakeWorkbook(fake);
    expect((await summaryRun(wb, fixturePeriod)).ok).toBe(true);
    fake.model.requireSheet(SHEETS.summary).protected = true;
    const run = await summaryRun(wb, fixturePeriod);
    expect(run.ok).toBe(false);
    expect(run.message).toContain(`“${SHEETS.summary}”`);
    expect(run.message).toContain('撤消工作表保护');
  });

  it('refuses to add sheets to a workbook whose structure is protected', async () => {
    const fake = createExcelFake();
    fake.seedSheet('Sheet1');
    fake.model.protected = true;
    const result = await fakeWorkbook(fake).loadPlan(bookPlan(rows()));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('保护工作簿');
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('cell-edit mode and hidden sheets', () => {
  it('tells the user to finish editing the cell when Excel is in cell-edit mode', async () => {
    const fake = await ledger();
    fake.configure({ cellEditMode: true });
    const load = await fakeWorkbook(fake).loadPlan(bookPlan(rows()));
    expect(load.ok).toBe(false);
    expect(load.message).toContain('Enter');
    const summary = await summaryRun(fakeWorkbook(fake), fixturePeriod);
    expect(summary.ok).toBe(false);
    expect(summary.message).toContain('Enter');
  });

  it('explains how to unhide a hidden sheet instead of failing to show its cell', async () => {
    const fake = await ledger();
    fake.model.requireSheet(SHEETS.entries).visibility = 'Hidden';
    const error: unknown = await fakeWorkbook(fake)
      .selectCell(SHEETS.entries, 'B8')
      .catch((e: unknown) => e);
    expect(isLedgerError(error, 'excel.sheetHidden')).toBe(true);
    expect((error as Error).message).toContain('取消隐藏');
  });
});
