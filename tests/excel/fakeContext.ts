/** Glue between the fake and the writer's Office.js types. */
import { applyPlan, type LoadResult } from '../../src/excel/applyPlan';
import { capabilitiesUpTo, type HostCapabilities } from '../../src/excel/capabilities';
import { OfficeWorkbook, type ExcelRunner } from '../../src/excel/officeWorkbook';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { type ExcelFake, type FakeRequestContext } from '../support/excelFake';

/** The fake's context typed as Office.js's (the fake implements the subset the writer uses). */
export function asExcel(ctx: FakeRequestContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/** Capabilities answered by the fake's requirement level. */
export function fakeCapabilities(fake: ExcelFake): HostCapabilities {
  return { supportsExcelApi: (v) => fake.isSetSupported('ExcelApi', v) };
}

/** The Office adapter over a fake host, plus the Excel writer's own entry point for the writer's tests. */
export class FakeOfficeWorkbook extends OfficeWorkbook {
  constructor(readonly fake: ExcelFake) {
    const run: ExcelRunner = (batch) => fake.run((ctx) => batch(asExcel(ctx)));
    super(run, fakeCapabilities(fake), (base64) => fake.createWorkbook(base64));
  }

  /** Applies a plan with the Excel writer and returns its full result (the port's applyPlan throws instead). */
  loadPlan(plan: WorkbookPlan): Promise<LoadResult> {
    return this.fake.run((ctx) => applyPlan(asExcel(ctx), plan, { capabilities: this.capabilities }));
  }
}

/** An OfficeWorkbook over a fake host, with capabilities answered by the fake's requirement level. */
export function fakeWorkbook(fake: ExcelFake): FakeOfficeWorkbook {
  return new FakeOfficeWorkbook(fake);
}

/** Capabilities for a level, re-exported for tests. */
export { capabilitiesUpTo };
