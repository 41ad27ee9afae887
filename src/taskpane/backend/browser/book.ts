/**
 * The in-browser workbook: the schema and the WP_Entries table held in memory, turned into a workbook plan
 * (and from there an .xlsx) on demand. Pure TypeScript, so its rules are tested in Node; the exceljs part
 * lives in browserBackend.ts and is loaded lazily.
 */
import type { Schema } from '../../../domain/schema';
import { schemaFingerprint } from '../../../domain/schemaFile';
import type { CellChange, ValidationResult } from '../../../domain/validation/types';
import type { ExistingWorkbook } from '../../../workbook/existing';
import { COLUMNS, SHEETS, STATUS_LABELS, TABLES } from '../../../workbook/format';
import type { CellValue, EntryColumn, SheetRow } from '../../../domain/entryCells';
import type { WorkbookPlan } from '../../../workbook/plan';
import { planWorkbook } from '../../../workbook/planWorkbook';
import { entryRows, storedSchema } from '../../../workbook/reader';
import type { WorkbookSnapshot } from '../../../workbook/snapshot';
import { planSummarySheet } from '../../../workbook/summarySheet';

/** Sheet row of the first entry: the table's header sits in row 1 (see the workbook format). */
export const FIRST_ENTRY_ROW = 2;

/** The entries table as held in memory: headers (contract columns, then a user's extras) and raw rows. */
export interface BookEntries {
  headers: string[];
  rows: CellValue[][];
  numberFormats: (string | null)[];
}

/** Why an opened workbook cannot be used, in Chinese. */
export class UnusableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableWorkbookError';
  }
}

function emptyEntries(): BookEntries {
  return { headers: [...COLUMNS.entries], rows: [], numberFormats: COLUMNS.entries.map(() => null) };
}

/** An in-memory ledger. */
export class BrowserBook {
  schema: Schema | null = null;
  fingerprint = '';
  entries: BookEntries = emptyEntries();
  /** Chinese problem when an opened workbook's `_wp_meta` could not be read. */
  schemaProblem: string | null = null;
  /** Period the 汇总 sheet is opened on, once generated. */
  summaryPeriod: string | null = null;
  name = '工作要点台账.xlsx';

  /** Builds a book from what the .xlsx reader found; throws UnusableWorkbookError when there is nothing to use. */
  static fromSnapshot(snapshot: WorkbookSnapshot, name: string): BrowserBook {
    const book = new BrowserBook();
    book.name = name;
    const stored = storedSchema(snapshot);
    if (stored.status === 'ok') {
      book.schema = stored.schema;
      book.fingerprint = stored.fingerprint;
    } else if (stored.status === 'unreadable') {
      book.schemaProblem = stored.problem;
    }
    const table = snapshot.tables.find((t) => t.name === TABLES.entries);
    if (!table && stored.status !== 'ok') {
      throw new UnusableWorkbookError(
        `这个工作簿里没有“${SHEETS.entries}”表（${TABLES.entries}），也没有保存的工作要点方案。`,
      );
    }
    if (table) {
      const missing = COLUMNS.entries.filter((h) => h !== '校验状态' && !table.headers.includes(h));
      if (missing.length > 0)
        throw new UnusableWorkbookError(`${TABLES.entries} 表缺少必需的列：${missing.join('、')}。`);
      book.entries = {
        headers: [...table.headers],
        rows: table.rows.map((r) => [...r.values]),
        numberFormats: [...table.numberFormats],
      };
    }
    return book;
  }

  /** Index of a contract column in the held headers (-1 when an opened workbook lacks it). */
  columnIndex(column: EntryColumn): number {
    return this.entries.headers.indexOf(column);
  }

  /** The entries as validation reads them: contract column order, sheet row numbers, blank rows left out. */
  entryRows(): SheetRow[] {
    const snapshot: WorkbookSnapshot = {
      sheets: [],
      tables: [
        {
          name: TABLES.entries,
          sheet: SHEETS.entries,
          topLeft: 'A1',
          headers: this.entries.headers,
          rows: this.entries.rows.map((values, i) => ({ row: FIRST_ENTRY_ROW + i, values })),
          numberFormats: this.entries.numberFormats,
        },
      ],
      meta: null,
    };
    return entryRows(snapshot);
  }

  /** Every row (blank ones too) in contract column order, with its sheet row number. */
  allRows(): SheetRow[] {
    const picks = COLUMNS.entries.map((h) => this.entries.headers.indexOf(h));
    return this.entries.rows.map((values, i) => ({
      row: FIRST_ENTRY_ROW + i,
      values: picks.map((p) => (p < 0 ? null : (values[p] ?? null))),
    }));
  }

  /** Appends an entry; returns its sheet row number. */
  addEntry(values: Partial<Record<EntryColumn, CellValue>>): number {
    const row = this.entries.headers.map((h) => (h in values ? (values[h as EntryColumn] ?? null) : null));
    this.entries.rows.push(row);
    return FIRST_ENTRY_ROW + this.entries.rows.length - 1;
  }

  /** Deletes the entry at a sheet row. */
  removeEntry(row: number): void {
    const index = row - FIRST_ENTRY_ROW;
    if (index >= 0 && index < this.entries.rows.length) this.entries.rows.splice(index, 1);
  }

  /** The plan that writes this book: schema sheets, the entries as held, and the 汇总 sheet once generated. */
  plan(appVersion = ''): WorkbookPlan {
    if (!this.schema) throw new UnusableWorkbookError('工作簿中还没有工作要点方案，请先导入工作要点。');
    const existing: ExistingWorkbook = {
      entries: {
        headers: this.entries.headers,
        rows: this.entries.rows,
        numberFormats: this.entries.numberFormats,
      },
      schema: this.schema,
      fingerprint: this.fingerprint,
    };
    const plan = planWorkbook(this.schema, existing, { appVersion });
    if (!this.summaryPeriod) return plan;
    const summary = planSummarySheet(this.schema, this.summaryPeriod);
    // The 汇总 sheet goes before the hidden meta sheet, which stays last.
    const metaAt = plan.sheets.findIndex((s) => s.name === SHEETS.meta);
    const sheets = [...plan.sheets];
    sheets.splice(metaAt < 0 ? sheets.length : metaAt, 0, summary.sheet);
    return { ...plan, sheets, names: [...plan.names, ...summary.names] };
  }

  /**
   * Loads a schema: entries are kept row for row (re-laid out in contract column order, a user's extra
   * columns after them); returns the plan, whose `changes` and `orphanedEntryRows` describe the update.
   */
  loadSchema(schema: Schema, appVersion = ''): WorkbookPlan {
    const existing: ExistingWorkbook = {
      entries: {
        headers: this.entries.headers,
        rows: this.entries.rows,
        numberFormats: this.entries.numberFormats,
      },
      ...(this.schema ? { schema: this.schema, fingerprint: this.fingerprint } : {}),
    };
    const plan = planWorkbook(schema, existing, { appVersion });
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.entries);
    if (table) {
      this.entries = {
        headers: table.columns.map((c) => c.header),
        rows: table.rows.map((r) => [...r]),
        numberFormats: table.columns.map((c, i) =>
          i < COLUMNS.entries.length ? null : (c.numberFormat ?? null),
        ),
      };
    }
    this.schema = schema;
    this.fingerprint = schemaFingerprint(schema);
    this.schemaProblem = null;
    if (this.summaryPeriod && !schema.periods.some((p) => p.label === this.summaryPeriod))
      this.summaryPeriod = null;
    return plan;
  }

  /** Writes 校验状态 for every validated row (rows validation skipped as blank are left alone). */
  writeStatuses(result: ValidationResult): number {
    const column = this.columnIndex('校验状态');
    if (column < 0) return 0;
    let written = 0;
    for (const entry of result.normalized) {
      const row = this.entries.rows[entry.row - FIRST_ENTRY_ROW];
      if (!row) continue;
      row[column] = STATUS_LABELS[entry.status];
      written++;
    }
    return written;
  }

  /** Applies cell changes chosen by the user (already checked against the current values by applyFixes). */
  applyChanges(changes: readonly CellChange[]): number {
    let applied = 0;
    for (const change of changes) {
      const row = this.entries.rows[change.row - FIRST_ENTRY_ROW];
      const column = this.columnIndex(change.column);
      if (!row || column < 0) continue;
      row[column] = change.to;
      applied++;
    }
    return applied;
  }
}
