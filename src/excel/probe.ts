/**
 * Reads what the workbook already holds, in at most two syncs, before anything is written; and Excel's own
 * state that a write must respect: the calculation mode (manual calculation leaves formula results stale until
 * the add-in recalculates) and protection (a protected sheet or workbook structure refuses the write, so it is
 * refused before anything is written, with a message naming the sheet).
 */
import { message, translate, type Message } from '../domain/messages';
import { type TablePlan, type WorkbookPlan } from '../workbook/plan';
import { splitQualified } from '../workbook/address';
import { type HostCapabilities } from './capabilities';

/** A table already in the workbook. */
export interface ExistingTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  /** Last row and column of the table (header included), 0-based. */
  bottom: number;
  right: number;
  /** Header texts. */
  headers: string[];
  /** Data rows, including Excel's blank placeholder row of an empty table (0 when all were deleted). */
  bodyRows: number;
  /** Values of the last data row (to check that a preserved table is the one the plan was made from). */
  lastRow: unknown[];
}

/** Excel's state that writes must respect. */
export interface HostState {
  /** Application.calculationMode: `Automatic`, `AutomaticExceptTables` or `Manual`. */
  calculationMode: string;
  /** Protected sheets (WorksheetProtection.protected, ExcelApi 1.2), lower-cased. */
  protectedSheets: Set<string>;
  /** Workbook structure protection (ExcelApi 1.7; taken as off where it cannot be read). */
  workbookProtected: boolean;
}

/** Queues the loads of the host state (one request, no extra sync); the reader works after the next sync. */
export function queueHostState(ctx: Excel.RequestContext, caps?: HostCapabilities): () => HostState {
  const app = ctx.workbook.application.load('calculationMode');
  const sheets = ctx.workbook.worksheets.load('items/name,items/protection/protected');
  // Workbook protection is ExcelApi 1.7: read only where the caller says the host has it.
  const book = caps?.supportsExcelApi('1.7') ? ctx.workbook.protection.load('protected') : null;
  return () => ({
    calculationMode: app.calculationMode,
    protectedSheets: new Set(sheets.items.filter((s) => s.protection.protected).map((s) => key(s.name))),
    workbookProtected: book?.protected ?? false,
  });
}

/**
 * Why a write cannot go ahead: a sheet it writes to (`written`, those that exist) is protected, or the workbook
 * structure is protected and sheets must be added, deleted or hidden (`structural`); null when it can.
 */
export function protectionProblem(
  state: HostState,
  written: readonly string[],
  structural: readonly string[],
): Message | null {
  const locked = written.find((s) => state.protectedSheets.has(key(s)));
  if (locked !== undefined) return message('excel.sheetProtected', { sheet: locked });
  if (state.workbookProtected && structural.length > 0)
    return message('excel.workbookProtected', { sheet: structural.join('、') });
  return null;
}

/** Whether Excel calculates only on request, so the add-in must recalculate after writing. */
export function isManual(state: HostState): boolean {
  return state.calculationMode === 'Manual';
}

/** Queues a recalculation of what the writes made dirty (Application.calculate, ExcelApi 1.1). */
export function queueRecalculation(ctx: Excel.RequestContext): void {
  ctx.workbook.application.calculate('Recalculate');
}

/** The notice telling the user that Excel calculates manually and was recalculated once (Chinese). */
export function manualCalculationNotice(): string {
  return translate('zh-CN', message('excel.manualCalculation'));
}

/** What the writer needs to know about the workbook. */
export interface WorkbookState {
  sheets: Set<string>;
  names: Set<string>;
  tables: Map<string, ExistingTable>;
  /** For preserved tables that do not exist yet: the used range of their sheet (null when the sheet is empty). */
  usedRanges: Map<string, string | null>;
  /** Tables the plan does not write, with where they are (a planned table's row change must not split one). */
  otherTables: ExistingTable[];
  /** Calculation mode and protection. */
  host: HostState;
  syncs: number;
}

const key = (s: string): string => s.toLowerCase();

/** All tables of a plan with their sheet names. */
export function planTables(plan: WorkbookPlan): Array<{ sheet: string; table: TablePlan }> {
  return plan.sheets.flatMap((s) => s.tables.map((table) => ({ sheet: s.name, table })));
}

/** Reads sheet, table and name lists; then, only when some planned table exists, their positions and sizes. */
export async function probeWorkbook(
  ctx: Excel.RequestContext,
  plan: WorkbookPlan,
  caps?: HostCapabilities,
): Promise<WorkbookState> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  const names = ctx.workbook.names.load('items/name');
  const host = queueHostState(ctx, caps);
  await ctx.sync();
  const state: WorkbookState = {
    host: host(),
    sheets: new Set(sheets.items.map((s) => key(s.name))),
    names: new Set(names.items.map((n) => key(n.name))),
    tables: new Map(),
    usedRanges: new Map(),
    otherTables: [],
    syncs: 1,
  };
  const existing = new Set(tables.items.map((t) => key(t.name)));
  const wanted = planTables(plan);
  const reads: Array<() => void> = [];
  for (const { sheet, table } of wanted) {
    if (existing.has(key(table.name))) {
      const t = ctx.workbook.tables.getItem(table.name);
      const range = t.getRange().load('address');
      const header = t.getHeaderRowRange().load('values');
      const rows = t.rows.load('count');
      // The table's last row: its last data row, or its header when every data row was deleted (a table
      // without data rows has no data body range to ask for).
      const last = table.preserved ? t.getRange().getLastRow().load('values') : null;
      reads.push(() => {
        const where = splitQualified(range.address);
        state.tables.set(key(table.name), {
          name: table.name,
          sheet: where.sheet,
          top: where.from.row,
          left: where.from.col,
          bottom: where.to.row,
          right: where.to.col,
          headers: (header.values[0] ?? []).map((h) => String(h)),
          bodyRows: rows.count,
          lastRow: rows.count > 0 ? (last?.values[0] ?? []) : [],
        });
      });
    } else if (table.preserved && state.sheets.has(key(sheet))) {
      const used = ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load('address');
      reads.push(() => state.usedRanges.set(key(sheet), used.isNullObject ? null : used.address));
    }
  }
  const planned = new Set(wanted.map((w) => key(w.table.name)));
  for (const t of tables.items.filter((x) => !planned.has(key(x.name)))) {
    const range = ctx.workbook.tables.getItem(t.name).getRange().load('address');
    reads.push(() => {
      const where = splitQualified(range.address);
      state.otherTables.push({
        name: t.name,
        sheet: where.sheet,
        top: where.from.row,
        left: where.from.col,
        bottom: where.to.row,
        right: where.to.col,
        headers: [],
        bodyRows: where.to.row - where.from.row,
        lastRow: [],
      });
    });
  }
  if (reads.length === 0) return state;
  await ctx.sync();
  state.syncs += 1;
  for (const r of reads) r();
  return state;
}
