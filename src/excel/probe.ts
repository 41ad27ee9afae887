/** Reads what the workbook already holds, in at most two syncs, before anything is written. */
import { type TablePlan, type WorkbookPlan } from '../workbook/plan';
import { splitQualified } from './a1';

/** A table already in the workbook. */
export interface ExistingTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  /** Header texts. */
  headers: string[];
  /** Data rows, including Excel's blank placeholder row of an empty table (0 when all were deleted). */
  bodyRows: number;
  /** Values of the last data row (to check that a preserved table is the one the plan was made from). */
  lastRow: unknown[];
}

/** What the writer needs to know about the workbook. */
export interface WorkbookState {
  sheets: Set<string>;
  names: Set<string>;
  tables: Map<string, ExistingTable>;
  /** For preserved tables that do not exist yet: the used range of their sheet (null when the sheet is empty). */
  usedRanges: Map<string, string | null>;
  syncs: number;
}

const key = (s: string): string => s.toLowerCase();

/** All tables of a plan with their sheet names. */
export function planTables(plan: WorkbookPlan): Array<{ sheet: string; table: TablePlan }> {
  return plan.sheets.flatMap((s) => s.tables.map((table) => ({ sheet: s.name, table })));
}

/** Reads sheet, table and name lists; then, only when some planned table exists, their positions and sizes. */
export async function probeWorkbook(ctx: Excel.RequestContext, plan: WorkbookPlan): Promise<WorkbookState> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  const names = ctx.workbook.names.load('items/name');
  await ctx.sync();
  const state: WorkbookState = {
    sheets: new Set(sheets.items.map((s) => key(s.name))),
    names: new Set(names.items.map((n) => key(n.name))),
    tables: new Map(),
    usedRanges: new Map(),
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
  if (reads.length === 0) return state;
  await ctx.sync();
  state.syncs += 1;
  for (const r of reads) r();
  return state;
}
