/** The workbook open in Excel, as the rest of the add-in sees it: load a plan, read tables, read the meta sheet. */
import { type MetaContent, type MetaProblem, readMetaGrid } from '../workbook/meta';
import { type WorkbookPlan } from '../workbook/plan';
import { applyPlan, type LoadProgress, type LoadResult } from './applyPlan';
import { type HostCapabilities } from './capabilities';
import { readMetaSheet, type MetaSheet } from './readMeta';
import { readTable, type TableRead } from './readTable';

/** Runs a batch function with a fresh request context (`Excel.run` in the host, the fake in tests). */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The live workbook behind the task pane. */
export class OfficeWorkbook {
  constructor(
    private readonly run: ExcelRunner,
    /** What the host supports (`isSetSupported`). */
    readonly capabilities: HostCapabilities,
  ) {}

  /** Applies a plan within the sync and request budgets; reports failures instead of throwing. */
  loadPlan(plan: WorkbookPlan, onProgress?: (p: LoadProgress) => void): Promise<LoadResult> {
    return this.run((ctx) => applyPlan(ctx, plan, onProgress ? { capabilities: this.capabilities, onProgress } : { capabilities: this.capabilities }));
  }

  /** Reads a table's headers and rows (one sync up to a few thousand rows); null when the table does not exist. */
  readTable(name: string): Promise<TableRead | null> {
    return this.run((ctx) => readTable(ctx, name));
  }

  /** Reads `_wp_meta` (one sync): its cells and what they say (a Chinese problem text when damaged); null when absent. */
  async readMeta(): Promise<(MetaSheet & { content: MetaContent | MetaProblem | null }) | null> {
    const sheet = await this.run((ctx) => readMetaSheet(ctx));
    return sheet ? { ...sheet, content: readMetaGrid(sheet.cells) } : null;
  }
}
