/**
 * A working session on one workbook, as the task pane runs it: the use cases over one LedgerWorkbook plus what
 * the pane remembers between buttons (the last validation, whose fixes can be applied; the last summary; the
 * features the host left out). Both pane backends — inside Excel and in the browser — are this session.
 */
import type { BulletinDocument } from '../domain/bulletin/types';
import { confirmedTargets } from '../domain/confirmedTargets';
import { LedgerError, type Locale, type Message } from '../domain/messages';
import type { Schema } from '../domain/schema';
import { planBulletinSheet } from '../workbook/bulletinSheet';
import { locateEntries } from '../workbook/inspectEntries';
import { storedSchema } from '../workbook/reader';
import { schemaTablesEdited } from '../workbook/schemaTables/tablesEdited';
import type { ReturnFormPlan } from '../workbook/returnFormPlan';
import type { ReturnFormProgress } from '../workbook/returnForms';
import { applyLedgerFixes, type FixesOutcome } from './applyFixes';
import { composeLedgerBulletin, type LedgerBulletin } from './bulletin';
import { defaultPeriod, isoDay } from './defaultPeriod';
import {
  collectReturns,
  previewCollect,
  type CollectDone,
  type CollectOptions,
  type CollectOutcome,
  type ReturnedFile,
} from './collect';
import { loadSchema, type LoadOutcome } from './loadSchema';
import type { LedgerWorkbook } from './port';
import { previewBuiltin, previewNotice, previewSchemaFile, type SchemaPreview } from './previewSchema';
import { readMergedLedger, readSnapshot, type MergeOutcome } from './readLedger';
import { previewTablesSchema, rereadSchema, type RereadOutcome, type TablesPreview } from './rereadSchema';
import { buildLedgerReturns, type LedgerReturns } from './returns';
import { runSteps, type JobControl } from './steps';
import { summarizeLedger, type LedgerSummary } from './summarizeLedger';
import { validateLedger, type LedgerValidation } from './validateLedger';

/** The schema a workbook holds, as the Status screen shows it. */
export interface StoredSchemaInfo {
  title: string;
  issuer: string;
  year: number;
  fingerprint: string;
  formatVersion: number;
  appVersion: string;
}

/** What the Status screen shows about the workbook. */
export interface WorkbookStatus {
  /** The workbook's schema, or null when it holds none. */
  schema: StoredSchemaInfo | null;
  /** Why `_wp_meta` exists but cannot be read. */
  schemaProblem: Message | null;
  items: number;
  /** Targets the ledger tracks: low-confidence candidates are not counted until confirmed. */
  targets: number;
  /** Candidates waiting for confirmation (not tracked yet). */
  candidates: number;
  units: number;
  /** Entry rows with something typed in them, wherever they are (inside the table or below it). */
  entries: number;
  /** Entry rows outside `WP_Entries` (typed below it, or all of them when it became a plain range). */
  rowsOutside: number;
  /** Period labels of the schema, in order. */
  periods: string[];
  /**
   * The period pickers start at: the latest period with entries, else the one whose dates contain today, else
   * the first (null without periods).
   */
  defaultPeriod: string | null;
  /** ISO time of the last validation run in this session, or null. */
  lastValidation: string | null;
  /** ISO time and period of the last summary generated in this session, or null. */
  lastSummary: { time: string; period: string } | null;
  /** Features the host could not provide and that were skipped. */
  skippedFeatures: Message[];
  /** Notices about the entries as read (rows below the table, blank rows, formulas …). */
  notices: Message[];
  /**
   * That the schema tables (工作任务, 责任分工, 目标指标, 单位) were edited and not read back yet — the sheet's formulas
   * and the add-in count by different schemas until 重新读取方案 — or null.
   */
  tablesEdited: Message | null;
}

/** The session's memory of a validation. */
interface LastValidation {
  time: string;
  validation: LedgerValidation;
}

function isFilled(values: readonly unknown[]): boolean {
  return values.some((v, k) => k !== 9 && v !== null && !(typeof v === 'string' && v.trim() === ''));
}

/** The use cases of one workbook, with the pane's memory. */
export class LedgerSession {
  private last: LastValidation | null = null;
  private lastSummary: { time: string; period: string } | null = null;
  private readonly skipped = new Map<string, Message>();

  constructor(
    readonly workbook: LedgerWorkbook,
    private readonly appVersion: string,
    /** The clock (tests fix it): default periods, return-form times and the bulletin's date come from it. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  private noteSkipped(messages: readonly Message[]): void {
    for (const m of messages) this.skipped.set(JSON.stringify(m), m);
  }

  /** The validation fixes would apply to, if any. */
  get lastValidation(): LedgerValidation | null {
    return this.last?.validation ?? null;
  }

  /** What the workbook holds now. */
  async status(): Promise<WorkbookStatus> {
    const snapshot = await readSnapshot(this.workbook, 'status');
    const stored = storedSchema(snapshot);
    const schema = stored.status === 'ok' ? stored.schema : null;
    const located = locateEntries(snapshot);
    const tracked = schema ? confirmedTargets(schema).length : 0;
    // The tables the office edits and `_wp_meta` disagree until the schema is read back: the status says so too.
    const edited = schema ? schemaTablesEdited(snapshot, schema) : null;
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
      targets: tracked,
      candidates: schema ? schema.targets.length - tracked : 0,
      units: schema?.units.length ?? 0,
      entries: located.found ? located.rows.filter((r) => isFilled(r.values)).length : 0,
      rowsOutside: !located.found
        ? 0
        : located.layout.plain
          ? located.rows.filter((r) => isFilled(r.values)).length
          : located.filledBelow.length,
      periods: schema?.periods.map((p) => p.label) ?? [],
      defaultPeriod: schema ? defaultPeriod(schema, located.found ? located.rows : [], this.now()) : null,
      lastValidation: this.last?.time ?? null,
      lastSummary: this.lastSummary,
      skippedFeatures: [...this.skipped.values()],
      notices: located.found ? located.notices.map((n) => n.message) : [],
      tablesEdited: edited,
    };
  }

  /** The schema the workbook holds, or null. */
  async schema(): Promise<Schema | null> {
    const stored = storedSchema(await readSnapshot(this.workbook, 'status'));
    return stored.status === 'ok' ? stored.schema : null;
  }

  /** Parses the built-in notice (nothing is written). */
  async previewBuiltin(): Promise<SchemaPreview> {
    return previewBuiltin(await this.schema());
  }

  /** Parses pasted or opened notice text (nothing is written). */
  async previewNotice(text: string): Promise<SchemaPreview> {
    return previewNotice(text, await this.schema());
  }

  /** Reads a saved schema `.json` (nothing is written). */
  async previewSchemaFile(text: string): Promise<SchemaPreview> {
    return previewSchemaFile(text, await this.schema());
  }

  /** Writes the schema into the workbook, keeping every entry. */
  async loadSchema(schema: Schema, control: JobControl = {}): Promise<LoadOutcome> {
    const outcome = await loadSchema(this.workbook, schema, { ...control, appVersion: this.appVersion });
    this.noteSkipped(outcome.skipped);
    // Validation results point at rows of the old layout; they are not reused after a new schema.
    this.last = null;
    return outcome;
  }

  /** What the schema tables (工作任务, 责任分工, 目标指标, 单位) give against `_wp_meta` (nothing is written). */
  previewTables(control: JobControl = {}): Promise<TablesPreview> {
    return previewTablesSchema(this.workbook, control);
  }

  /** Writes the schema the tables give, if they still give the one previewed (`expected`), keeping every entry. */
  async rereadSchema(expected: string, control: JobControl = {}): Promise<RereadOutcome> {
    const done = await rereadSchema(this.workbook, { ...control, appVersion: this.appVersion, expected });
    if (done.status === 'written') {
      this.noteSkipped(done.load.skipped);
      // As after any schema load: validation results point at rows of the old schema.
      this.last = null;
    }
    return done;
  }

  /** Validates the entries for a period (default: the latest with entries) and writes 校验状态, fills and 校验结果. */
  async validate(period: string | undefined, control: JobControl = {}): Promise<LedgerValidation> {
    const validation = await validateLedger(this.workbook, {
      ...control,
      ...(period === undefined ? {} : { period }),
      today: isoDay(this.now()),
    });
    this.noteSkipped(validation.skipped);
    this.last = { time: new Date().toISOString(), validation };
    return validation;
  }

  /** Applies the fixes of the chosen issues of the last validation, then validates again. */
  async applyFixes(issueIds: readonly string[], control: JobControl = {}): Promise<FixesOutcome> {
    const last = this.last;
    if (!last) throw new LedgerError('session.noValidation');
    // The cells change: this validation no longer describes them, whatever happens next.
    this.last = null;
    const outcome = await applyLedgerFixes(this.workbook, last.validation, issueIds, control);
    this.noteSkipped(outcome.validation.skipped);
    this.last = { time: new Date().toISOString(), validation: outcome.validation };
    return outcome;
  }

  /** Validates, then writes the 汇总 sheet for the period. */
  async summarize(period: string, control: JobControl = {}): Promise<LedgerSummary> {
    const done = await summarizeLedger(this.workbook, { ...control, period, today: isoDay(this.now()) });
    this.noteSkipped(done.skipped);
    this.lastSummary = { time: new Date().toISOString(), period: done.period.label };
    return done;
  }

  /**
   * The period's return forms, one per unit that owes something (or per unit asked for), written by `write`
   * (the pane hands in the .xlsx writer, loaded when first needed); nothing in the ledger changes.
   */
  async returns(options: {
    period: string;
    units?: readonly string[];
    write: (plan: ReturnFormPlan) => Promise<Uint8Array>;
    onUnit?: (progress: ReturnFormProgress) => void | Promise<void>;
    signal?: AbortSignal;
  }): Promise<LedgerReturns> {
    return buildLedgerReturns(this.workbook, {
      period: options.period,
      ...(options.units && options.units.length > 0 ? { units: options.units } : {}),
      generatedAt: this.now(),
      write: options.write,
      ...(options.onUnit ? { onProgress: options.onUnit } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /** The period's 通报, dated today, with the office's 下步工作 paragraphs when given (nothing is written). */
  bulletin(period: string, nextSteps: readonly string[] | null, locale: Locale): Promise<LedgerBulletin> {
    return composeLedgerBulletin(this.workbook, {
      period,
      date: isoDay(this.now()),
      nextSteps,
      locale,
    });
  }

  /** Writes the bulletin as the 通报 sheet (replacing a sheet of that name). */
  async writeBulletinSheet(bulletin: BulletinDocument, control: JobControl = {}): Promise<void> {
    await runSteps(
      [
        {
          key: 'writeSheets',
          run: async () => {
            const report = await this.workbook.writeOwnedSheet(planBulletinSheet(bulletin));
            this.noteSkipped(report.skipped);
          },
        },
      ],
      control,
    );
  }

  /** Judges returned files and counts what collecting them would do; nothing is written. */
  previewCollect(files: readonly ReturnedFile[], options: CollectOptions): Promise<CollectOutcome> {
    return previewCollect(this.workbook, files, options);
  }

  /** Collects returned files into the ledger and validates it; that validation is the one fixes apply to. */
  async collect(files: readonly ReturnedFile[], options: CollectOptions): Promise<CollectDone> {
    // Rows are added and cells change: the last validation no longer describes them, whatever happens next.
    this.last = null;
    const done = await collectReturns(this.workbook, files, options);
    this.noteSkipped(done.skipped);
    this.last = { time: new Date().toISOString(), validation: done.validation };
    return done;
  }

  /** Brings rows typed below `WP_Entries` (or a plain range) into the table. */
  async mergeEntries(control: JobControl = {}): Promise<MergeOutcome> {
    let outcome: MergeOutcome | null = null;
    await runSteps(
      [
        {
          key: 'mergeEntries',
          run: async () => void (outcome = await readMergedLedger(this.workbook, 'validate')),
        },
      ],
      control,
    );
    // Rows moved: the last validation's row numbers no longer hold.
    this.last = null;
    if (!outcome) throw new LedgerError('job.cancelled');
    return outcome;
  }
}
