/**
 * The backend inside Excel: reads and writes the open workbook through src/excel's OfficeWorkbook (the only
 * layer that touches office.js). Each button is one or two OfficeWorkbook calls, so the sync budgets of the
 * Excel layer are the pane's budgets: loading ≤ 4 syncs, validating ≤ 3, the summary ≤ 4, whatever the entries.
 */
import { confirmedTargets } from '../../../domain/confirmedTargets';
import type { Schema } from '../../../domain/schema';
import type { Summary } from '../../../domain/summary/types';
import type { ValidationResult } from '../../../domain/validation/types';
import type { OfficeWorkbook } from '../../../excel/officeWorkbook';
import { SUMMARY_MESSAGES } from '../../../excel/summaryMessages';
import type { WorkbookValidation } from '../../../excel/validateWorkbook';
import { COLUMNS, SHEETS, TABLES } from '../../../workbook/format';
import type { EntryColumn } from '../../../domain/entryCells';
import { entryRows, existingFromSnapshot, storedSchema } from '../../../workbook/reader';
import type { WorkbookSnapshot } from '../../../workbook/snapshot';
import { planWorkbook } from '../../../workbook/planWorkbook';
import { APP_VERSION } from '../../version';
import { previewBuiltin, previewNotice, previewSchemaFile } from '../previews';
import { CancelledError, runSteps, UserFacingError } from '../steps';
import type {
  FixOutcome,
  LedgerBackend,
  LoadOutcome,
  ProgressListener,
  SchemaPreview,
  WorkbookStatus,
} from '../types';
import { cellToSelect, fixedChanges, hostFailure, summaryStepKey, validationSkips } from './excelSupport';

const RETRY_ADVICE =
  '已有的填报条目没有改动。请先退出正在编辑的单元格，再重试；如仍失败，请保存工作簿后重新打开。';

/** The open Excel workbook behind the pane. */
export class ExcelBackend implements LedgerBackend {
  readonly kind = 'excel' as const;
  private lastValidation: { time: string; period: string; done: WorkbookValidation } | null = null;
  private lastSummary: { time: string; period: string } | null = null;
  /** Notices of features the host lacks, from every load, validation and summary of this session. */
  private readonly skipped = new Set<string>();

  constructor(private readonly workbook: OfficeWorkbook) {}

  /** Reads `_wp_meta` and WP_Entries into the snapshot the workbook layer understands. */
  private async snapshot(): Promise<WorkbookSnapshot> {
    const meta = await this.workbook.readMeta();
    const entries = await this.workbook.readTable(TABLES.entries);
    return {
      sheets: [],
      tables: entries
        ? [
            {
              name: TABLES.entries,
              sheet: SHEETS.entries,
              topLeft: 'A1',
              headers: entries.headers,
              rows: entries.rows,
              numberFormats: entries.headers.map(() => null),
            },
          ]
        : [],
      meta: meta ? meta.cells : null,
    };
  }

  private async schema(): Promise<Schema | null> {
    const stored = storedSchema(await this.snapshot());
    return stored.status === 'ok' ? stored.schema : null;
  }

  async status(): Promise<WorkbookStatus> {
    const snapshot = await this.snapshot();
    const stored = storedSchema(snapshot);
    const schema = stored.status === 'ok' ? stored.schema : null;
    return {
      schema:
        stored.status === 'ok'
          ? {
              title: stored.schema.title,
              issuer: stored.schema.issuer,
              year: stored.schema.year,
              fingerprint: stored.fingerprint,
              formatVersion: stored.formatVersion,
              appVersion: stored.appVersion,
            }
          : null,
      schemaProblem: stored.status === 'unreadable' ? stored.problem : null,
      items: schema?.items.length ?? 0,
      targets: schema ? confirmedTargets(schema).length : 0,
      units: schema?.units.length ?? 0,
      entries: entryRows(snapshot).length,
      periods: schema?.periods.map((p) => p.label) ?? [],
      lastValidation: this.lastValidation?.time ?? null,
      lastSummary: this.lastSummary,
      skippedFeatures: [...this.skipped],
      workbookName: 'Excel',
    };
  }

  async previewBuiltin(): Promise<SchemaPreview> {
    return previewBuiltin(await this.schema());
  }

  async previewNotice(text: string): Promise<SchemaPreview> {
    return previewNotice(text, await this.schema());
  }

  async previewSchemaFile(text: string): Promise<SchemaPreview> {
    return previewSchemaFile(text, await this.schema());
  }

  private noteSkipped(notices: readonly string[]): void {
    for (const notice of notices) this.skipped.add(notice);
  }

  async loadSchema(schema: Schema, onProgress: ProgressListener, signal: AbortSignal): Promise<LoadOutcome> {
    let snapshot: WorkbookSnapshot | null = null;
    let plan: ReturnType<typeof planWorkbook> | null = null;
    let outcome: LoadOutcome | null = null;
    await runSteps(
      [
        {
          key: 'readWorkbook',
          run: async () => void (snapshot = await hostFailure('读取工作簿', () => this.snapshot())),
        },
        {
          key: 'plan',
          run: () =>
            void (plan = planWorkbook(schema, snapshot ? existingFromSnapshot(snapshot) : undefined, {
              appVersion: APP_VERSION,
            })),
        },
        {
          key: 'writeSheets',
          run: async () => {
            if (!plan) return;
            const result = await this.workbook.loadPlan(plan);
            if (!result.ok)
              throw new UserFacingError(
                `${result.message}${result.failedStep ? `（失败的步骤：${result.failedStep}）` : ''}`,
                RETRY_ADVICE,
              );
            const skipped = result.skipped.map((s) => s.notice);
            this.noteSkipped(skipped);
            // Validation results point at rows of the old layout; they are not reused after a new schema.
            this.lastValidation = null;
            const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.entries);
            outcome = {
              entriesKept: table?.rows.length ?? 0,
              orphanedEntries: plan.orphanedEntryRows.length,
              changes: plan.changes,
              skippedFeatures: skipped,
            };
          },
        },
      ],
      onProgress,
      signal,
    );
    if (!outcome) throw new Error('load produced no outcome');
    return outcome;
  }

  /** Validates and writes 校验状态, highlights and 校验结果 in the workbook (one read, one write). */
  private async refresh(period: string): Promise<WorkbookValidation> {
    const done = await hostFailure('校验', () => this.workbook.validate({ period }));
    this.noteSkipped(validationSkips(this.workbook.capabilities));
    this.lastValidation = { time: new Date().toISOString(), period, done };
    return done;
  }

  async validate(
    period: string,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<ValidationResult> {
    let done: WorkbookValidation | null = null;
    // Reading, checking and writing 校验状态 travel in one Excel batch, so they are one step here.
    await runSteps(
      [{ key: 'validate', run: async () => void (done = await this.refresh(period)) }],
      onProgress,
      signal,
    );
    if (!done) throw new Error('validation produced no result');
    return (done as WorkbookValidation).result;
  }

  async applyFixes(
    issueIds: readonly string[],
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<FixOutcome> {
    const last = this.lastValidation;
    if (!last) throw new UserFacingError('还没有校验结果。', '请先点击“校验”，再选择要修正的问题。');
    let changes: FixOutcome['changes'] = [];
    let result: ValidationResult | null = null;
    await runSteps(
      [
        {
          key: 'applyFixes',
          run: async () => {
            const applied = await hostFailure('应用修正', () =>
              this.workbook.applyFixes(last.done, issueIds),
            );
            changes = fixedChanges(last.done, issueIds, applied.written);
            // The cells changed: this validation no longer describes them, whether or not the next step runs.
            this.lastValidation = null;
          },
        },
        { key: 'validate', run: async () => void (result = (await this.refresh(last.period)).result) },
      ],
      onProgress,
      signal,
    );
    if (!result) throw new Error('validation produced no result');
    return { changes, result };
  }

  async summarize(period: string, onProgress: ProgressListener, signal: AbortSignal): Promise<Summary> {
    if (signal.aborted) throw new CancelledError();
    // The Excel layer validates, reads and writes in one batch sequence; its steps are reported as they start.
    const run = await hostFailure('生成汇总表', () =>
      this.workbook.generateSummary(period, (p) => {
        const step = summaryStepKey(p.step);
        onProgress({ step, index: step === 'validate' ? 0 : step === 'summarize' ? 1 : 2, total: 3 });
      }),
    );
    this.noteSkipped(run.skipped.map((s) => s.notice));
    if (!run.ok || !run.summary) {
      throw new UserFacingError(
        run.message,
        run.failedStep === SUMMARY_MESSAGES.validationStep
          ? '请先在“校验”中查看问题，或在“导入工作要点”中写入方案。'
          : RETRY_ADVICE,
      );
    }
    this.lastSummary = { time: new Date().toISOString(), period };
    return run.summary;
  }

  async selectCell(row: number, column: EntryColumn | null): Promise<boolean> {
    const target = cellToSelect(
      this.lastValidation?.done.layout ?? null,
      row,
      column === null ? -1 : COLUMNS.entries.indexOf(column),
    );
    return hostFailure('选中单元格', () => this.workbook.selectCell(target.sheet, target.address));
  }
}
