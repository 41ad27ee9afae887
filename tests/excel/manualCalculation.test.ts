/**
 * Point 7 of "inside real Excel": with Formulas › Calculation Options › Manual, Excel leaves every formula the
 * add-in writes with a stale result (the 汇总 figures, the items' 指标数) until someone presses F9. Each writer
 * reads Application.calculationMode with its first read, recalculates after its last write when it is manual,
 * and says so; in automatic mode it neither recalculates nor says anything.
 */
import { translate } from '../../src/domain/messages';
import { applyLedgerFixes } from '../../src/ledger/applyFixes';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { fakeWorkbook, validateInFake } from './fakeContext';
import { summaryRun } from './summaryFixture';

const NOTICE = /手动计算/;

async function ledger(mode: 'Automatic' | 'Manual'): Promise<ExcelFake> {
  const fake = createExcelFake();
  fake.model.calculationMode = mode;
  return fake;
}

describe('manual calculation', () => {
  it('recalculates after loading, validating, fixing and summarising, and tells the user each time', async () => {
    const fake = await ledger('Manual');
    const wb = fakeWorkbook(fake);
    const loaded = await wb.loadPlan(bookPlan(fixtureRows.map((r) => r.values)));
    expect(loaded.ok).toBe(true);
    expect(fake.model.stale).toBe(false);
    expect(loaded.notices.join('\n')).toMatch(NOTICE);

    const validation = await validateInFake(wb, fixturePeriod);
    expect(fake.model.stale).toBe(false);
    expect(validation.notices.join('\n')).toMatch(NOTICE);

    const fixable = validation.result.issues.filter((i) => i.fix).map((i) => i.id);
    const fixed = await applyLedgerFixes(wb, validation.validation, fixable);
    expect(fixed.changes.length).toBeGreaterThan(0);
    expect(fake.model.stale).toBe(false);
    expect(fixed.validation.notices.map((m) => translate('zh-CN', m)).join('\n')).toMatch(NOTICE);

    const summary = await summaryRun(wb, fixturePeriod);
    expect(summary.ok).toBe(true);
    expect(fake.model.stale).toBe(false);
    expect(summary.notices.join('\n')).toMatch(NOTICE);
  });

  it('neither recalculates nor mentions it when Excel calculates automatically', async () => {
    const fake = await ledger('Automatic');
    const wb = fakeWorkbook(fake);
    const loaded = await wb.loadPlan(bookPlan(fixtureRows.map((r) => r.values)));
    const summary = await summaryRun(wb, fixturePeriod);
    expect([...loaded.notices, ...summary.notices].join('\n')).not.toMatch(NOTICE);
    expect(fake.stats.apiCalls.has('Application.calculate')).toBe(false);
  });

  it('shows stale formula results in the fake until Excel recalculates', async () => {
    const fake = await ledger('Manual');
    fake.seedSheet('S');
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('S');
    sheet.getRange('A1').formulas = [['=1+1']];
    const stale = sheet.getRange('A1').load('values');
    await ctx.sync();
    expect(stale.values).toEqual([['#FAKE_STALE!']]);
    ctx.workbook.application.calculate('Recalculate');
    const fresh = sheet.getRange('A1').load('values');
    await ctx.sync();
    expect(fresh.values).toEqual([['#FAKE_UNCALCULATED!']]);
  });
});
