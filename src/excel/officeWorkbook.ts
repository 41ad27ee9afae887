/** The workbook open in Excel, as the rest of the add-in sees it: load a plan, read tables, read the meta sheet, summarize. */
import { type MetaContent, type MetaProblem, readMetaGrid } from '../workbook/meta';
import { type WorkbookPlan } from '../workbook/plan';
import { applyPlan, type LoadProgress, type LoadResult } from './applyPlan';
import { type HostCapabilities } from './capabilities';
import { readMetaSheet, type MetaSheet } from './readMeta';
import { readTable, type TableRead } from './readTable';
import { selectCell } from './selectCell';
import {
  applyFixesInWorkbook,
  refreshValidation,
  type FixesApplied,
  type RefreshOptions,
  type WorkbookValidation,
} from './validateWorkbook';
import { refreshBeforeSummary } from './summaryValidation';
import {
  generateSummary,
  type RefreshValidationStep,
  type SummaryProgress,
  type SummaryRun,
} from './summaryWorkbook';

/** Runs a batch function with a fresh request context (`Excel.run` in the host, the fake in tests). */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The live workbook behind the task pane. */
export class OfficeWorkbook {
  constructor(
    private readonly run: ExcelRunner,
    /** What the host supports (`isSetSupported`). */
    readonly capabilities: HostCapabilities,
    /** The validation refresh that precedes every summary (replaceable in tests). */
    private readonly refreshValidation: RefreshValidationStep = refreshBeforeSummary,
  ) {}

  /**
   * Refreshes validation, then writes the 汇总 sheet for `period` with its chart (at most 4 syncs whatever the
   * number of entries); reports failures instead of throwing.
   */
  generateSummary(period: string, onProgress?: (p: SummaryProgress) => void): Promise<SummaryRun> {
    const options = { capabilities: this.capabilities, refreshValidation: this.refreshValidation };
    return this.run((ctx) => generateSummary(ctx, period, onProgress ? { ...options, onProgress } : options));
  }

  /** Applies a plan within the sync and request budgets; reports failures instead of throwing. */
  loadPlan(plan: WorkbookPlan, onProgress?: (p: LoadProgress) => void): Promise<LoadResult> {
    return this.run((ctx) =>
      applyPlan(
        ctx,
        plan,
        onProgress ? { capabilities: this.capabilities, onProgress } : { capabilities: this.capabilities },
      ),
    );
  }

  /** Reads a table's headers and rows (one sync up to a few thousand rows); null when the table does not exist. */
  readTable(name: string): Promise<TableRead | null> {
    return this.run((ctx) => readTable(ctx, name));
  }

  /** Validates the entries and writes 校验状态, highlights and 校验结果 (one read, one write); throws ValidationUnusableError. */
  validate(options: Omit<RefreshOptions, 'capabilities'> = {}): Promise<WorkbookValidation> {
    return this.run((ctx) => refreshValidation(ctx, { ...options, capabilities: this.capabilities }));
  }

  /** Applies the fixes of the chosen issues of a validation to only their cells. */
  applyFixes(validation: WorkbookValidation, issueIds: Iterable<string>): Promise<FixesApplied> {
    return this.run((ctx) => applyFixesInWorkbook(ctx, validation, issueIds, this.capabilities));
  }

  /** Activates a sheet and selects a cell or range on it (one sync); false when either does not exist. */
  selectCell(sheet: string, address: string): Promise<boolean> {
    return this.run((ctx) => selectCell(ctx, sheet, address));
  }

  /** Reads `_wp_meta` (one sync): its cells and what they say (a Chinese problem text when damaged); null when absent. */
  async readMeta(): Promise<(MetaSheet & { content: MetaContent | MetaProblem | null }) | null> {
    const sheet = await this.run((ctx) => readMetaSheet(ctx));
    return sheet ? { ...sheet, content: readMetaGrid(sheet.cells) } : null;
  }
}
