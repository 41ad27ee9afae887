/**
 * The in-browser backend: the same screens outside Excel, on a workbook held in memory and written to an
 * .xlsx with exceljs (loaded on demand). This is the demo, the fallback for staff who cannot sideload, and
 * what the browser tests drive.
 */
import { confirmedTargets } from '../../../domain/confirmedTargets';
import type { Schema } from '../../../domain/schema';
import { summarize } from '../../../domain/summary/summarize';
import type { Summary } from '../../../domain/summary/types';
import { applyFixes, validateEntries } from '../../../domain/validation';
import type { ValidationResult } from '../../../domain/validation/types';
import type { CellValue, EntryColumn } from '../../../domain/entryCells';
import { planSummarySheet } from '../../../workbook/summarySheet';
import { readWorkbookXlsx } from '../../../xlsx/readWorkbookXlsx';
import { writePlanToXlsx } from '../../../xlsx/writePlanToXlsx';
import { APP_VERSION } from '../../version';
import { previewBuiltin, previewNotice, previewSchemaFile } from '../previews';
import { runSteps, UserFacingError } from '../steps';
import type {
  EntryEditor,
  FixOutcome,
  LedgerBackend,
  LoadOutcome,
  ProgressListener,
  SchemaPreview,
  WorkbookStatus,
} from '../types';
import { BrowserBook } from './book';
import { entryChoices } from '../../state/choices';

function noSchema(): UserFacingError {
  return new UserFacingError(
    '工作簿中还没有工作要点方案。',
    '请先在“导入工作要点”中选择内置工作要点或粘贴通知，预览后写入工作簿。',
  );
}

/** The in-browser workbook behind the pane. */
export class BrowserBackend implements LedgerBackend {
  readonly kind = 'browser' as const;
  private book = new BrowserBook();
  private lastValidation: { time: string; period: string; result: ValidationResult } | null = null;
  private lastSummary: { time: string; period: string } | null = null;
  private selection: { row: number; column: EntryColumn | null } | null = null;

  readonly entries: EntryEditor = {
    rows: async () => this.book.allRows().map((r) => ({ row: r.row, values: r.values })),
    choices: async () => entryChoices(this.book.schema),
    add: async (values: Partial<Record<EntryColumn, CellValue>>) => this.book.addEntry(values),
    remove: async (row: number) => {
      this.book.removeEntry(row);
      this.selection = null;
    },
    selected: () => this.selection,
  };

  async status(): Promise<WorkbookStatus> {
    const schema = this.book.schema;
    return {
      schema: schema
        ? {
            title: schema.title,
            issuer: schema.issuer,
            year: schema.year,
            fingerprint: this.book.fingerprint,
            formatVersion: 1,
            appVersion: APP_VERSION,
          }
        : null,
      schemaProblem: this.book.schemaProblem,
      items: schema?.items.length ?? 0,
      targets: schema ? confirmedTargets(schema).length : 0,
      units: schema?.units.length ?? 0,
      entries: this.book.entryRows().length,
      periods: schema?.periods.map((p) => p.label) ?? [],
      lastValidation: this.lastValidation?.time ?? null,
      lastSummary: this.lastSummary,
      // An .xlsx written by exceljs carries every feature but charts (the data bars stand in for them).
      skippedFeatures: ['汇总图表（浏览器中生成的 .xlsx 不含图表，完成率以数据条显示）'],
      workbookName: this.book.name,
    };
  }

  async previewBuiltin(): Promise<SchemaPreview> {
    return previewBuiltin(this.book.schema);
  }

  async previewNotice(text: string): Promise<SchemaPreview> {
    return previewNotice(text, this.book.schema);
  }

  async previewSchemaFile(text: string): Promise<SchemaPreview> {
    return previewSchemaFile(text, this.book.schema);
  }

  async loadSchema(schema: Schema, onProgress: ProgressListener, signal: AbortSignal): Promise<LoadOutcome> {
    let outcome: LoadOutcome | null = null;
    // Work on a copy so that a cancel between steps leaves the held workbook as it was.
    const draft = Object.assign(new BrowserBook(), structuredClone({ ...this.book }));
    await runSteps(
      [
        {
          key: 'plan',
          run: () => {
            const plan = draft.loadSchema(schema, APP_VERSION);
            outcome = {
              entriesKept: draft.entries.rows.length,
              orphanedEntries: plan.orphanedEntryRows.length,
              changes: plan.changes,
              skippedFeatures: [],
            };
          },
        },
        { key: 'writeSheets', run: () => void draft.plan(APP_VERSION) },
        {
          key: 'writeMeta',
          run: () => {
            this.book = draft;
            this.lastValidation = null;
          },
        },
      ],
      onProgress,
      signal,
    );
    if (!outcome) throw new Error('load produced no outcome');
    return outcome;
  }

  private schemaOrThrow(): Schema {
    if (!this.book.schema) throw noSchema();
    return this.book.schema;
  }

  /** Validation steps, shared by validate, applyFixes and summarize. */
  private validationSteps(period: string, done: (result: ValidationResult) => void) {
    let rows: ReturnType<BrowserBook['entryRows']> = [];
    let result: ValidationResult | null = null;
    return [
      { key: 'readEntries' as const, run: () => void (rows = this.book.entryRows()) },
      {
        key: 'validate' as const,
        run: () => void (result = validateEntries(this.schemaOrThrow(), rows, { period })),
      },
      {
        key: 'writeStatus' as const,
        run: () => {
          if (!result) return;
          this.book.writeStatuses(result);
          this.lastValidation = { time: new Date().toISOString(), period, result };
          done(result);
        },
      },
    ];
  }

  async validate(
    period: string,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<ValidationResult> {
    this.schemaOrThrow();
    let result: ValidationResult | null = null;
    await runSteps(
      this.validationSteps(period, (r) => (result = r)),
      onProgress,
      signal,
    );
    if (!result) throw new Error('validation produced no result');
    return result;
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
          run: () => {
            changes = applyFixes(this.book.allRows(), last.result.issues, issueIds);
            this.book.applyChanges(changes);
          },
        },
        ...this.validationSteps(last.period, (r) => (result = r)),
      ],
      onProgress,
      signal,
    );
    if (!result) throw new Error('validation produced no result');
    return { changes, result };
  }

  async summarize(period: string, onProgress: ProgressListener, signal: AbortSignal): Promise<Summary> {
    const schema = this.schemaOrThrow();
    let result: ValidationResult | null = null;
    let summary: Summary | null = null;
    await runSteps(
      [
        ...this.validationSteps(period, (r) => (result = r)),
        {
          key: 'summarize',
          run: () => {
            if (result) summary = summarize(schema, result.normalized, period);
          },
        },
        {
          key: 'writeSummary',
          run: () => {
            planSummarySheet(schema, period);
            this.book.summaryPeriod = period;
            this.lastSummary = { time: new Date().toISOString(), period };
          },
        },
      ],
      onProgress,
      signal,
    );
    if (!summary) throw new Error('summary produced no result');
    return summary;
  }

  async selectCell(row: number, column: EntryColumn | null): Promise<boolean> {
    this.selection = { row, column };
    return true;
  }

  async openWorkbook(bytes: Uint8Array, name: string): Promise<void> {
    let snapshot;
    try {
      snapshot = await readWorkbookXlsx(bytes);
    } catch {
      throw new UserFacingError(
        `“${name}”不是可读取的 .xlsx 工作簿。`,
        '请选择用 Excel、WPS 或本加载项保存的 .xlsx 文件（不支持 .xls 和 .et）。',
      );
    }
    try {
      this.book = BrowserBook.fromSnapshot(snapshot, name);
    } catch (error) {
      throw new UserFacingError(
        error instanceof Error ? error.message : String(error),
        '请打开由本加载项或 workpoints build 生成的台账工作簿。',
      );
    }
    this.lastValidation = null;
    this.lastSummary = null;
    this.selection = null;
  }

  async download(
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    this.schemaOrThrow();
    let plan: ReturnType<BrowserBook['plan']> | null = null;
    let bytes: Uint8Array | null = null;
    await runSteps(
      [
        { key: 'plan', run: () => void (plan = this.book.plan(APP_VERSION)) },
        {
          key: 'buildFile',
          run: async () => {
            if (plan) bytes = await writePlanToXlsx(plan);
          },
        },
      ],
      onProgress,
      signal,
    );
    if (!bytes) throw new Error('no file was built');
    return { name: this.book.name, bytes };
  }
}
