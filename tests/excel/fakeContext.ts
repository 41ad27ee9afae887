/** Glue between the fake and the writer's Office.js types. */
import { applyPlan, type LoadResult } from '../../src/excel/applyPlan';
import { capabilitiesUpTo, type HostCapabilities } from '../../src/excel/capabilities';
import { OfficeWorkbook, type ExcelRunner } from '../../src/excel/officeWorkbook';
import { translate } from '../../src/domain/messages';
import type { ValidationResult } from '../../src/domain/validation/types';
import { validateLedger, type LedgerValidation } from '../../src/ledger/validateLedger';
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

/** What a validation through the Office adapter gave, in the shape the Excel tests check. */
export interface FakeValidation {
  result: ValidationResult;
  layout: LedgerValidation['ledger']['layout'];
  /** The entry rows validated (contract order, blank rows included). */
  rows: LedgerValidation['ledger']['rows'];
  /** Notices, in Chinese. */
  notices: string[];
  /** Round trips of the read and the write. */
  syncs: number;
  validation: LedgerValidation;
}

/** Validates through the ledger core on the Office adapter, counting its round trips. */
export async function validateInFake(wb: OfficeWorkbook, period?: string): Promise<FakeValidation> {
  const before = wb.costs.length;
  const validation = await validateLedger(wb, period === undefined ? {} : { period });
  return {
    result: validation.result,
    layout: validation.ledger.layout,
    rows: validation.ledger.rows,
    notices: validation.notices.map((m) => translate('zh-CN', m)),
    syncs: wb.costs.slice(before).reduce((n, c) => n + c.syncs, 0),
    validation,
  };
}

/** The Office adapter over a fake host that answers as ExcelApi `level` whatever the fake's own level. */
export function officeWorkbookAt(fake: ExcelFake, level: string): OfficeWorkbook {
  const run: ExcelRunner = (batch) => fake.run((ctx) => batch(asExcel(ctx)));
  return new OfficeWorkbook(run, capabilitiesUpTo(level));
}
