/**
 * The backend inside Excel: reads and writes the open workbook through src/excel's OfficeWorkbook (the only
 * layer that touches Office.js). Loading a schema and validating (reading WP_Entries) are wired; writing
 * 校验状态, one-click fixes in cells, the 汇总 sheet and selecting a cell wait for their src/excel writers
 * and say so to the user instead of pretending.
 */
import type { Schema } from '../../../domain/schema';
import type { Summary } from '../../../domain/summary/types';
import { validateEntries } from '../../../domain/validation';
import type { ValidationResult } from '../../../domain/validation/types';
import type { OfficeWorkbook } from '../../../excel/officeWorkbook';
import { SHEETS, TABLES, type EntryColumn } from '../../../workbook/format';
import { entryRows, existingFromSnapshot, storedSchema } from '../../../workbook/reader';
import type { WorkbookSnapshot } from '../../../workbook/snapshot';
import { planWorkbook } from '../../../workbook/planWorkbook';
import { APP_VERSION } from '../../version';
import { previewBuiltin, previewNotice, previewSchemaFile } from '../previews';
import { runSteps, UserFacingError } from '../steps';
import type { FixOutcome, LedgerBackend, LoadOutcome, ProgressListener, SchemaPreview, WorkbookStatus } from '../types';

function notYet(what: string): UserFacingError {
  return new UserFacingError(`${what}在 Excel 中暂不可用（此版本尚未接入）。`, '可在浏览器独立模式中完成此步骤，或使用命令行 npx workpoints。');
}

/** The open Excel workbook behind the pane. */
export class ExcelBackend implements LedgerBackend {
  readonly kind = 'excel' as const;
  private lastValidation: string | null = null;
  private skipped: string[] = [];

  constructor(private readonly workbook: OfficeWorkbook) {}

  /** Reads `_wp_meta` and WP_Entries into the snapshot the workbook layer understands. */
  private async snapshot(): Promise<WorkbookSnapshot> {
    const meta = await this.workbook.readMeta();
    const entries = await this.workbook.readTable(TABLES.entries);
    return {
      sheets: [],
      tables: entries
        ? [{ name: TABLES.entries, sheet: SHEETS.entries, topLeft: 'A1', headers: entries.headers, rows: entries.rows, numberFormats: entries.headers.map(() => null) }]
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
          ? { title: stored.schema.title, issuer: stored.schema.issuer, year: stored.schema.year, fingerprint: stored.fingerprint, formatVersion: stored.formatVersion, appVersion: stored.appVersion }
          : null,
      schemaProblem: stored.status === 'unreadable' ? stored.problem : null,
      items: schema?.items.length ?? 0,
      targets: schema?.targets.length ?? 0,
      units: schema?.units.length ?? 0,
      entries: entryRows(snapshot).length,
      periods: schema?.periods.map((p) => p.label) ?? [],
      lastValidation: this.lastValidation,
      lastSummary: null,
      skippedFeatures: this.skipped,
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

  async loadSchema(schema: Schema, onProgress: ProgressListener, signal: AbortSignal): Promise<LoadOutcome> {
    let snapshot: WorkbookSnapshot | null = null;
    let plan: ReturnType<typeof planWorkbook> | null = null;
    let outcome: LoadOutcome | null = null;
    await runSteps(
      [
        { key: 'readWorkbook', run: async () => void (snapshot = await this.snapshot()) },
        { key: 'plan', run: () => void (plan = planWorkbook(schema, snapshot ? existingFromSnapshot(snapshot) : undefined, { appVersion: APP_VERSION })) },
        {
          key: 'writeSheets',
          run: async () => {
            if (!plan) return;
            const result = await this.workbook.loadPlan(plan);
            if (!result.ok) {
              throw new UserFacingError(
                `${result.message}${result.failedStep ? `（失败的步骤：${result.failedStep}）` : ''}`,
                '已有的填报条目没有改动。请关闭其他正在编辑的单元格后重试；如仍失败，请保存工作簿后重新打开。',
              );
            }
            this.skipped = result.skipped.map((s) => s.notice);
            const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.entries);
            outcome = { entriesKept: table?.rows.length ?? 0, orphanedEntries: plan.orphanedEntryRows.length, changes: plan.changes, skippedFeatures: this.skipped };
          },
        },
      ],
      onProgress,
      signal,
    );
    if (!outcome) throw new Error('load produced no outcome');
    return outcome;
  }

  async validate(period: string, onProgress: ProgressListener, signal: AbortSignal): Promise<ValidationResult> {
    let snapshot: WorkbookSnapshot | null = null;
    let result: ValidationResult | null = null;
    await runSteps(
      [
        { key: 'readEntries', run: async () => void (snapshot = await this.snapshot()) },
        {
          key: 'validate',
          run: () => {
            if (!snapshot) return;
            const stored = storedSchema(snapshot);
            if (stored.status !== 'ok') throw new UserFacingError('工作簿中没有可读取的工作要点方案。', '请先在“导入工作要点”中写入方案。');
            result = validateEntries(stored.schema, entryRows(snapshot), { period });
            this.lastValidation = new Date().toISOString();
          },
        },
      ],
      onProgress,
      signal,
    );
    if (!result) throw new Error('validation produced no result');
    return result;
  }

  async applyFixes(): Promise<FixOutcome> {
    throw notYet('一键修正');
  }

  async summarize(): Promise<Summary> {
    throw notYet('生成汇总表');
  }

  async selectCell(_row: number, _column: EntryColumn | null): Promise<boolean> {
    return false;
  }
}
