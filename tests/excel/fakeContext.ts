/** Glue between the fake and the writer's Office.js types. */
import { capabilitiesUpTo } from '../../src/excel/capabilities';
import { OfficeWorkbook, type ExcelRunner } from '../../src/excel/officeWorkbook';
import { type ExcelFake, type FakeRequestContext } from '../support/excelFake';

/** The fake's context typed as Office.js's (the fake implements the subset the writer uses). */
export function asExcel(ctx: FakeRequestContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/** An OfficeWorkbook over a fake host, with capabilities answered by the fake's requirement level. */
export function fakeWorkbook(fake: ExcelFake): OfficeWorkbook {
  const run: ExcelRunner = (batch) => fake.run((ctx) => batch(asExcel(ctx)));
  return new OfficeWorkbook(run, { supportsExcelApi: (v) => fake.isSetSupported('ExcelApi', v) });
}

/** Capabilities for a level, re-exported for tests. */
export { capabilitiesUpTo };
