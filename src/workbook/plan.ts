/**
 * The declarative workbook plan: pure data that both writers (office.js in src/excel, exceljs in src/xlsx) apply.
 *
 * Contract for writers: a `string` in `rows` or `CellPlan.value` is always literal text, even when it starts
 * with `=`, `+`, `-` or `@` (user text must never become a live formula); formulas come only from the
 * explicit `formula` fields, and they use table-qualified structured references
 * (`WP_Targets[[#This Row],[目标值]]`, never `[@目标值]`).
 */

/** A literal value in a plan: text, number, boolean or blank. */
export type PlanValue = string | number | boolean | null;

/** Sheet visibility; `veryHidden` falls back to `hidden` where the host cannot do it. */
export type Visibility = 'visible' | 'hidden' | 'veryHidden';

/** In-cell validation (Excel data validation). */
export type DataValidationPlan =
  | {
      type: 'list';
      /** A defined name or range formula, e.g. `=WP_List_Periods`; never a comma list (255-char limit). */
      source: string;
      prompt?: PromptPlan;
      /** Whether a value outside the list is rejected (true) or only warned about (false). */
      strict: boolean;
    }
  | {
      type: 'decimal';
      operator: 'greaterThanOrEqual' | 'between';
      min: number;
      max?: number;
      prompt?: PromptPlan;
      strict: boolean;
    };

/** The input prompt Excel shows when a validated cell is selected. */
export interface PromptPlan {
  title: string;
  message: string;
}

/** Conditional formatting over a whole table column. */
export type ConditionalFormatPlan =
  | {
      type: 'textEquals';
      table: string;
      column: string;
      text: string;
      fill: string;
      fontColor: string;
    }
  | {
      type: 'dataBar';
      table: string;
      column: string;
      color: string;
    }
  | {
      /** Formula relative to the first data cell of the column (A1 style, e.g. `=$K5="滞后"`). */
      type: 'expression';
      table: string;
      column: string;
      formula: string;
      fill: string;
      fontColor: string;
    };

/** One column of a table. */
export interface ColumnPlan {
  header: string;
  /** Column width in Excel character units. */
  width?: number;
  /** Excel number format, e.g. `0.00%`, `@`, `yyyy-mm-dd`. */
  numberFormat?: string;
  /** A calculated-column formula (table-qualified references); the column's row values are then ignored. */
  formula?: string;
  dataValidation?: DataValidationPlan;
  /** Wrap text in this column. */
  wrap?: boolean;
  /** Hide the sheet column (helper columns of the 汇总 tables); writers that cannot hide it leave it visible. */
  hidden?: boolean;
}

/** An Excel table over a block of cells. */
export interface TablePlan {
  name: string;
  /** Top-left cell of the header row, e.g. `A1`. */
  topLeft: string;
  columns: ColumnPlan[];
  /** Data rows, one value per column (formula columns hold null here). */
  rows: PlanValue[][];
  /** Table style name, e.g. `TableStyleMedium2`. */
  style: string;
  /** True for `WP_Entries`: rows came from the existing workbook and must be written back byte for byte. */
  preserved: boolean;
}

/** A single cell outside any table (titles, 说明 text, the summary's period cell, meta storage). */
export interface CellPlan {
  /** A1 address on the sheet. */
  address: string;
  value?: PlanValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
  dataValidation?: DataValidationPlan;
}

/** Print setup for a sheet. */
export interface PrintPlan {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. `$3:$3`. */
  repeatRows?: string;
}

/** A worksheet. */
export interface SheetPlan {
  name: string;
  visibility: Visibility;
  cells: CellPlan[];
  tables: TablePlan[];
  /** Freeze this many rows at the top. */
  freezeRows: number;
  /** Widths (character units) of columns not covered by tables, keyed by column letter. */
  columnWidths?: Record<string, number>;
  conditionalFormats: ConditionalFormatPlan[];
  print?: PrintPlan;
  tabColor?: string;
  /** Cell fills marking cells at fault (written by validation); applied after tables and cells. */
  highlights?: HighlightPlan[];
}

/** A solid fill over a block of cells, e.g. the cells validation found at fault. */
export interface HighlightPlan {
  /** A1 range on the sheet, e.g. `E12` or `B8:B10`. */
  range: string;
  /** `#RRGGBB`. */
  fill: string;
}

/** A workbook-level defined name. */
export interface NamePlan {
  name: string;
  /** Refers-to formula, e.g. `=WP_Periods[报告期]`. */
  formula: string;
  comment?: string;
}

/** What changes when a schema is loaded into a workbook that already holds another one. */
export interface SchemaChange {
  kind: 'added' | 'removed' | 'changed';
  entity: 'item' | 'target' | 'unit' | 'period';
  /** Item number, target id, unit name or period label. */
  key: string;
  /** Human-readable Chinese description of the change. */
  detail: string;
}

/** A whole workbook to write. */
export interface WorkbookPlan {
  formatVersion: number;
  sheets: SheetPlan[];
  names: NamePlan[];
  /** Differences against the schema already in the workbook (empty for a new workbook). */
  changes: SchemaChange[];
  /** Sheet row numbers (in WP_Entries) of entries that point at targets/items the new schema no longer has. */
  orphanedEntryRows: number[];
}
