/**
 * Office LTSC 2021, the oldest perpetual release the add-in documentation lists, supports ExcelApi 1.14: every
 * feature must work there without a skip notice, and nothing beyond 1.14 may be called. The manifest minimum
 * stays ExcelApi 1.4; what each level gets is in README (features by Excel level).
 */
import { builtinSchema } from '../../src/domain/builtin';
import { FEATURE_SETS, MINIMUM_EXCEL_API, TECHNIQUE_SETS } from '../../src/excel/capabilities';
import { translate } from '../../src/domain/messages';
import { applyLedgerFixes } from '../../src/ledger/applyFixes';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { createExcelFake } from '../support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { fakeWorkbook, officeWorkbookAt, validateInFake } from './fakeContext';
import { summaryRun } from './summaryFixture';
import { compareVersions } from '../../src/excel/capabilities';

const LTSC_2021 = '1.14';

describe('Office LTSC 2021 (ExcelApi 1.14)', () => {
  it('needs no requirement set above 1.14 for any feature or technique', () => {
    for (const [name, set] of Object.entries({ ...FEATURE_SETS, ...TECHNIQUE_SETS }))
      expect([name, compareVersions(set, LTSC_2021) <= 0]).toEqual([name, true]);
    expect(MINIMUM_EXCEL_API).toBe('1.4');
  });

  it('loads, validates, fixes and summarises without skipping anything or calling a newer API', async () => {
    const fake = createExcelFake({ apiVersion: LTSC_2021 });
    const wb = fakeWorkbook(fake);
    const builtin = await wb.loadPlan(planWorkbook(builtinSchema()));
    expect(builtin).toMatchObject({ ok: true, skipped: [] });
    const fresh = createExcelFake({ apiVersion: LTSC_2021 });
    const loaded = await fakeWorkbook(fresh).loadPlan(bookPlan(fixtureRows.map((r) => r.values)));
    expect(loaded).toMatchObject({ ok: true, skipped: [] });
    const office = officeWorkbookAt(fresh, LTSC_2021);
    const validation = await validateInFake(office, fixturePeriod);
    const fixable = validation.result.issues.filter((i) => i.fix).map((i) => i.id);
    const fixed = await applyLedgerFixes(office, validation.validation, fixable);
    expect(fixed.changes.length).toBeGreaterThan(0);
    const summary = await summaryRun(office, fixturePeriod);
    expect(summary).toMatchObject({ ok: true, skipped: [] });
    const notices = [
      ...loaded.notices,
      ...validation.notices,
      ...fixed.validation.notices.map((m) => translate('zh-CN', m)),
      ...summary.notices,
    ].join('\n');
    expect(notices).not.toMatch(/不支持|ExcelApi/);
    expect([...fake.stats.unsupportedCalls, ...fresh.stats.unsupportedCalls]).toEqual([]);
    // The features that matter most there are in place: dropdowns, conditional formats, links, print setup.
    expect(fresh.model.requireSheet('进度填报').validations.length).toBeGreaterThan(0);
    expect(fresh.model.requireSheet('汇总').conditionalFormats.length).toBeGreaterThan(0);
    expect(fresh.model.requireSheet('校验结果').hyperlinks.size).toBeGreaterThan(0);
    expect(Object.keys(fresh.model.requireSheet('汇总').pageLayout)).toContain('zoom');
  });
});
