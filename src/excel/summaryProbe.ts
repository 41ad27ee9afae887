/**
 * What the summary writer must know before writing, read in two rounds that ride along with validation's syncs:
 * first the sheet, table and name lists; then, for the 汇总 tables that exist, where they are and how big, and
 * the names of the charts on the 汇总 sheet.
 */
import { splitQualified } from '../workbook/address';
import { type HostCapabilities } from './capabilities';
import { type ExistingTable, type HostState, queueHostState } from './probe';

const key = (s: string): string => s.toLowerCase();

/** The workbook's sheet, table and name lists (lower-cased), with the host state writes must respect. */
export interface WorkbookLists {
  sheets: Set<string>;
  tables: Set<string>;
  names: Set<string>;
  host: HostState;
}

/** The 汇总 tables already in the workbook and the charts on the 汇总 sheet. */
export interface SummaryLayouts {
  tables: Map<string, ExistingTable>;
  /** Chart names on the 汇总 sheet, in collection order; empty when the sheet is new. */
  charts: string[];
}

/** Queues the list loads; the returned reader works after the next sync. */
export function queueLists(ctx: Excel.RequestContext, caps?: HostCapabilities): () => WorkbookLists {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  const names = ctx.workbook.names.load('items/name');
  const host = queueHostState(ctx, caps);
  return () => ({
    host: host(),
    sheets: new Set(sheets.items.map((s) => key(s.name))),
    tables: new Set(tables.items.map((t) => key(t.name))),
    names: new Set(names.items.map((n) => key(n.name))),
  });
}

/** Queues the layout loads for those of the sheet's tables that exist; the reader works after the next sync. */
export function queueLayouts(
  ctx: Excel.RequestContext,
  lists: WorkbookLists,
  sheetName: string,
  tableNames: readonly string[],
): () => SummaryLayouts {
  const reads: Array<(into: SummaryLayouts) => void> = [];
  for (const name of tableNames) {
    if (!lists.tables.has(key(name))) continue;
    const t = ctx.workbook.tables.getItem(name);
    const range = t.getRange().load('address');
    const header = t.getHeaderRowRange().load('values');
    const rows = t.rows.load('count');
    reads.push((into) => {
      const where = splitQualified(range.address);
      into.tables.set(key(name), {
        name,
        sheet: where.sheet,
        top: where.from.row,
        left: where.from.col,
        bottom: where.to.row,
        right: where.to.col,
        headers: (header.values[0] ?? []).map((h) => String(h)),
        bodyRows: rows.count,
        lastRow: [],
      });
    });
  }
  if (lists.sheets.has(key(sheetName))) {
    const charts = ctx.workbook.worksheets.getItem(sheetName).charts.load('items/name');
    reads.push((into) => into.charts.push(...charts.items.map((c) => c.name)));
  }
  return () => {
    const into: SummaryLayouts = { tables: new Map(), charts: [] };
    for (const read of reads) read(into);
    return into;
  };
}
