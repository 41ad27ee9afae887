/**
 * The task pane's only view of a workbook: one interface, two implementations (the live Excel workbook through
 * src/excel, and the in-browser workbook through src/xlsx). Screens talk to this and nothing else, so they
 * stay free of host code and can be driven the same way in Excel and in a plain browser.
 */
import type { Diagnostic, Schema } from '../../domain/schema';
import type { Summary } from '../../domain/summary/types';
import type { CellChange, ValidationResult } from '../../domain/validation/types';
import type { CellValue, EntryColumn } from '../../domain/entryCells';
import type { SchemaChange } from '../../workbook/plan';
import type { StepKey } from './steps';

/** Reports the step that long work has reached. */
export interface Progress {
  step: StepKey;
  /** 0-based index of the step. */
  index: number;
  total: number;
}

/** Receives progress while long work runs. */
export type ProgressListener = (progress: Progress) => void;

/** Where a schema preview came from. */
export type PreviewSource = 'builtin' | 'notice' | 'schemaFile';

/** A schema read or parsed but not yet written: what the Load screen shows before anything changes. */
export interface SchemaPreview {
  source: PreviewSource;
  schema: Schema;
  /** Parser diagnostics, or the problems of a schema file. */
  diagnostics: Diagnostic[];
  /** Differences against the schema the workbook already holds (empty for a fresh workbook). */
  changes: SchemaChange[];
  /** Whether the workbook already holds a schema (then `changes` are shown first). */
  replacesExisting: boolean;
  /** The notice text that was parsed, for showing source sentences in context. */
  noticeText?: string;
}

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
  /** Chinese explanation when `_wp_meta` exists but cannot be read. */
  schemaProblem: string | null;
  items: number;
  /** Targets the ledger tracks: low-confidence candidates are not counted until confirmed. */
  targets: number;
  units: number;
  entries: number;
  /** Period labels of the schema, in order. */
  periods: string[];
  /** ISO time of the last validation run in this session, or null. */
  lastValidation: string | null;
  /** ISO time and period of the last summary generated in this session, or null. */
  lastSummary: { time: string; period: string } | null;
  /** Features the host could not provide and that were skipped, named in Chinese. */
  skippedFeatures: string[];
  /** A name for the workbook (file name in the browser). */
  workbookName: string;
}

/** What writing a schema did. */
export interface LoadOutcome {
  /** Entry rows kept in place. */
  entriesKept: number;
  /** Entry rows pointing at items or targets the new schema no longer has (kept, flagged). */
  orphanedEntries: number;
  changes: SchemaChange[];
  skippedFeatures: string[];
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
  /** Removes a row by its sheet row number (later rows move up, as in Excel). */
  remove(row: number): Promise<void>;
  /** The cell last selected from an issue (the grid shows it), or null. */
  selected(): { row: number; column: EntryColumn | null } | null;
}

/** The workbook behind the task pane. */
export interface LedgerBackend {
  readonly kind: 'browser' | 'excel';
  status(): Promise<WorkbookStatus>;
  /** Parses the built-in notice (nothing is written). */
  previewBuiltin(): Promise<SchemaPreview>;
  /** Parses pasted or opened notice text (nothing is written). */
  previewNotice(text: string): Promise<SchemaPreview>;
  /** Reads a saved schema `.json` (nothing is written). */
  previewSchemaFile(text: string): Promise<SchemaPreview>;
  /** Writes the schema into the workbook, keeping every entry. */
  loadSchema(schema: Schema, onProgress: ProgressListener, signal: AbortSignal): Promise<LoadOutcome>;
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
  /** Selects an entry cell (sheet row, entry column) in the host; false when the host cannot. */
  selectCell(row: number, column: EntryColumn | null): Promise<boolean>;
  /** The in-browser workbook's entries (absent inside Excel). */
  readonly entries?: EntryEditor;
  /** Opens an .xlsx into the in-browser workbook (absent inside Excel). */
  openWorkbook?(bytes: Uint8Array, name: string): Promise<void>;
  /** The in-browser workbook as .xlsx bytes (absent inside Excel). */
  download?(onProgress: ProgressListener, signal: AbortSignal): Promise<{ name: string; bytes: Uint8Array }>;
}
