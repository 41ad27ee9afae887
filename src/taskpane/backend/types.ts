/**
 * The task pane's only view of a workbook: one interface, two implementations (the live Excel workbook through
 * src/excel, and the in-browser workbook through src/xlsx). Screens talk to this and nothing else, so they
 * stay free of host code and can be driven the same way in Excel and in a plain browser.
 */
import type { Schema } from '../../domain/schema';
import type { Summary } from '../../domain/summary/types';
import type { CellChange, ValidationResult } from '../../domain/validation/types';
import type { CellValue, EntryColumn } from '../../domain/entryCells';
import type { BulletinDocument } from '../../domain/bulletin/types';
import type { Locale, Message } from '../../domain/messages/model';
import type { LedgerBulletin } from '../../ledger/bulletin';
import type { CollectOutcome } from '../../ledger/collect';
import type { LoadOutcome } from '../../ledger/loadSchema';
import type { LedgerReturns } from '../../ledger/returns';
import type { EntriesLayout } from '../../workbook/inspectEntries';
import type { ReturnFormProgress } from '../../workbook/returnForms';
import type { MergeOutcome } from '../../ledger/readLedger';
import type { SchemaPreview } from '../../ledger/previewSchema';
import type { RereadOutcome, TablesPreview } from '../../ledger/rereadSchema';
import type { WorkbookStatus } from '../../ledger/session';
import type { ProgressListener } from '../../ledger/steps';

export type { Progress, ProgressListener } from '../../ledger/steps';
export type { PreviewSource, SchemaPreview } from '../../ledger/previewSchema';
export type { StoredSchemaInfo, WorkbookStatus } from '../../ledger/session';
export type { LoadOutcome } from '../../ledger/loadSchema';
export type { RereadOutcome, TablesPreview } from '../../ledger/rereadSchema';
export type { LedgerBulletin } from '../../ledger/bulletin';
export type { LedgerReturns } from '../../ledger/returns';
export type { ReturnFormProgress } from '../../workbook/returnForms';
export type { BulletinDocument } from '../../domain/bulletin/types';
export type { CollectOutcome, FileVerdict } from '../../ledger/collect';

/** A returned file picked or dropped in the pane. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** `File.lastModified` (ms since the epoch), or null when unknown. */
  lastModified: number | null;
}

/** What collecting did: the verdicts and who is missing, and the validation that ran right after. */
export interface CollectResult extends CollectOutcome {
  result: ValidationResult;
}

/** What the Status screen shows: the workbook's status and its name (the file name in the browser). */
export interface PaneStatus extends WorkbookStatus {
  workbookName: string;
}

/** What applying fixes did, and the validation that ran after them. */
export interface FixOutcome {
  changes: CellChange[];
  result: ValidationResult;
}

/** One row of the in-browser entry grid, in `COLUMNS.entries` order. */
export interface EntryRowView {
  /** Sheet row number. */
  row: number;
  values: CellValue[];
}

/** What the entry form offers in its dropdowns (free typing stays possible, as in a returned workbook). */
export interface EntryChoices {
  periods: string[];
  units: string[];
  items: { no: number; title: string }[];
  targets: { id: string; item: number | null; name: string; measure: string; reporter: string }[];
}

/** Editing the entries of the in-browser workbook (in Excel users type into the sheet itself). */
export interface EntryEditor {
  rows(): Promise<EntryRowView[]>;
  /** Dropdown values from the schema (empty lists without one). */
  choices(): Promise<EntryChoices>;
  /** Appends a row; returns its sheet row number. */
  add(values: Partial<Record<EntryColumn, CellValue>>): Promise<number>;
  /** Changes one cell of a row (the grid's in-place edit). */
  update(row: number, column: EntryColumn, value: CellValue): Promise<void>;
  /** Removes a row by its sheet row number (later rows move up, as in Excel). */
  remove(row: number): Promise<void>;
  /** The cell last selected from an issue (the grid shows it), or null. */
  selected(): { row: number; column: EntryColumn | null } | null;
}

/** The workbook behind the task pane. */
export interface LedgerBackend {
  readonly kind: 'browser' | 'excel';
  status(): Promise<PaneStatus>;
  /** Parses the built-in notice (nothing is written). */
  previewBuiltin(): Promise<SchemaPreview>;
  /** Parses pasted or opened notice text (nothing is written). */
  previewNotice(text: string): Promise<SchemaPreview>;
  /** Reads a saved schema `.json` (nothing is written). */
  previewSchemaFile(text: string): Promise<SchemaPreview>;
  /** Writes the schema into the workbook, keeping every entry. */
  loadSchema(schema: Schema, onProgress: ProgressListener, signal: AbortSignal): Promise<LoadOutcome>;
  /**
   * 重新读取方案, first half: what the schema tables the office edited give against `_wp_meta` — the problems
   * (each naming its sheet and cell) or the differences. Nothing is written.
   */
  previewTables(onProgress: ProgressListener, signal: AbortSignal): Promise<TablesPreview>;
  /** 重新读取方案, confirmed: writes the schema the tables give if they still give the one previewed. */
  rereadSchema(expected: string, onProgress: ProgressListener, signal: AbortSignal): Promise<RereadOutcome>;
  /** Validates the entries for a period and marks 校验状态; returns the result. */
  validate(period: string, onProgress: ProgressListener, signal: AbortSignal): Promise<ValidationResult>;
  /** Applies the fixes of the chosen issues of the last validation, then validates again. */
  applyFixes(
    issueIds: readonly string[],
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<FixOutcome>;
  /** Refreshes validation, then writes the 汇总 sheet for the period; returns the domain's figures. */
  summarize(period: string, onProgress: ProgressListener, signal: AbortSignal): Promise<Summary>;
  /**
   * Judges returned files and counts what collecting them would do (nothing is written); `period` null takes
   * every period.
   */
  previewCollect(
    files: readonly PickedFile[],
    period: string | null,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<CollectOutcome>;
  /** Collects returned files into the workbook, then validates it (fixes apply to that validation). */
  collect(
    files: readonly PickedFile[],
    period: string | null,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<CollectResult>;
  /** The last validation of this session (after a collect, the one it ran), or null. */
  lastValidation(): ValidationResult | null;
  /** What the last validation said about the workbook (formula cells read as values, rows merged…), or none. */
  validationNotices(): Message[];
  /** Where the entries of the last validation are (it places the cells its findings name), or null. */
  entriesLayout(): EntriesLayout | null;
  /** Brings rows typed below `WP_Entries` (or a plain range) into the table, every row kept. */
  mergeEntries(onProgress: ProgressListener, signal: AbortSignal): Promise<MergeOutcome>;
  /** Selects an entry cell (sheet row, entry column) in the host; false when the host cannot. */
  selectCell(row: number, column: EntryColumn | null): Promise<boolean>;
  /** The ledger's lists for pickers: periods, reporting units, items and tracked targets. */
  choices(): Promise<EntryChoices>;
  /**
   * The period's return forms (分发): one .xlsx per unit that owes something, or per unit asked for; `onUnit`
   * after each form. Nothing in the workbook changes.
   */
  returns(
    period: string,
    units: readonly string[],
    onUnit: (progress: ReturnFormProgress) => void,
    signal: AbortSignal,
  ): Promise<LedgerReturns>;
  /** Opens a form in a new Excel window (present only where the host can: Excel with ExcelApi 1.8). */
  openForm?(bytes: Uint8Array): Promise<void>;
  /** The period's 通报, with the office's 下步工作 paragraphs when given (nothing is written). */
  bulletin(period: string, nextSteps: readonly string[] | null, locale: Locale): Promise<LedgerBulletin>;
  /** Writes the bulletin as the 通报 sheet of the workbook (replacing a sheet of that name). */
  writeBulletinSheet(
    bulletin: BulletinDocument,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<void>;
  /** The in-browser workbook's entries (absent inside Excel). */
  readonly entries?: EntryEditor;
  /** Opens an .xlsx into the in-browser workbook (absent inside Excel). */
  openWorkbook?(bytes: Uint8Array, name: string): Promise<void>;
  /** Whether the in-browser workbook holds changes not yet downloaded (absent inside Excel, which saves itself). */
  hasUnsavedChanges?(): boolean;
  /**
   * The in-browser workbook as .xlsx bytes, named after the workbook and the period it was last validated or
   * summarised for (absent inside Excel).
   */
  download?(onProgress: ProgressListener, signal: AbortSignal): Promise<{ name: string; bytes: Uint8Array }>;
}
