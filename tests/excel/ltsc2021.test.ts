/**
 * Office LTSC 2021, the oldest perpetual release the add-in documentation lists, supports ExcelApi 1.14: every
 * feature must work there without a skip notice, and nothing beyond 1.14 may be called. The manifest minimum
 * stays ExcelApi 1.4; what each level gets is in README (features by Excel level).
 */
import { builtinSchema } from '../../src/domain/builtin';
import {
  capabilitiesUpTo,
  FEATURE_SETS,
  MINIMUM_EXCEL_API,
  TECHNIQUE_SETS,
} from '../../src/excel/capabilities';
import { applyFixesInWorkbook, refreshValidation } from '../../src/excel/validateWorkbook';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { createExcelFake } from '../support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { asExcel, fakeWorkbook } from './fakeContext';
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
    const validation = await fresh.run((ctx) =>
      refreshValidation(asExcel(ctx), { period: fixturePeriod, capabilities: capabilitiesUpTo(LTSC_2021) }),
    );
    const fixable = validation.result.issues.filter((i) => i.fix).map((i) => i.id);
    await fresh.run((ctx) =>
      applyFixesInWorkbook(asExcel(ctx), validation, fixable, capabilitiesUpTo(LTSC_2021)),
    );
    const summary = await fakeWorkbook(fresh).generateSummary(fixturePeriod);
    expect(summary).toMatchObject({ ok: true, skipped: [] });
    const notices = [...loaded.notices, ...validation.notices, ...summary.notices].join('\n');
    expect(notices).not.toMatch(/不支持|ExcelApi/);
    expect([...fake.stats.unsupportedCalls, ...fresh.stats.unsupportedCalls]).toEqual([]);
    // The features that matter most there are in place: dropdowns, conditional formats, links, print setup.
    expect(fresh.model.requireSheet('进度填报').validations.length).toBeGreaterThan(0);
    expect(fresh.model.requireSheet('汇总').conditionalFormats.length).toBeGreaterThan(0);
    expect(fresh.model.requireSheet('校验结果').hyperlinks.size).toBeGreaterThan(0);
    expect(Object.keys(fresh.model.requireSheet('汇总').pageLayout)).toContain('zoom');
  });
});
