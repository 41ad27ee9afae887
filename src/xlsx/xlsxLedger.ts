/**
 * The ledger held in memory — an .xlsx file being checked by the CLI, or the browser mode's workbook — as a
 * LedgerWorkbook. Use cases read and write the in-memory state; `toBytes()` writes the whole file once at the end.
 *
 * A workbook opened from a file is written surgically: every write a use case makes is recorded as edits of the
 * original package (cells of 进度填报, rows moved into the table, the table's range, the add-in's own sheets and
 * names) and replayed on it by the PackageEditor, so every part the add-in does not own — the office's sheets,
 * pictures, charts, names, notes, macros — stays byte for byte (docs/workbook-format.md). A new workbook (browser
 * mode before a file is opened, `build --out`) is written whole from its plan.
 */
import type { CellValue } from '../domain/entryCells';
import { readSchemaFile } from '../domain/schemaFile';
import { indexToLetters, parseAddress } from '../workbook/address';
import { COLUMNS, ENTRY_SOURCE_COLUMN, SHEETS, TABLES } from '../workbook/format';
import type { EntriesLayout } from '../workbook/inspectEntries';
import { readMetaGrid } from '../workbook/meta';
import { officeCellsFromSnapshot } from '../workbook/officeCells';
import type { HighlightPlan, NamePlan, PlanValue, SheetPlan, WorkbookPlan } from '../workbook/plan';
import { planWorkbook } from '../workbook/planWorkbook';
import { entriesTable } from '../workbook/reader';
import type { TableSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import {
  appendEntryRow,
  applyPlanToSnapshot,
  entryColumnValues,
  mergeEntriesInSnapshot,
  removeEntryRow,
  writeEntryCells,
  type EntryCellWrite,
} from '../workbook/snapshotEdits';
import { toPlanValue } from '../workbook/sheets/entries';
import { FRACTION_NAME, PERIOD_NAME } from '../workbook/summarySheetLayout';
import { linkCells, type IssueSheet } from '../workbook/issueSheet';
import { collectIntoSnapshot } from '../workbook/collect/snapshotCollect';
import { recordRows, recordSheet, recordTable } from '../workbook/collect/records';
import type {
  CollectionWrite,
  EditReport,
  EntriesMerge,
  EntryEdit,
  LedgerWorkbook,
  ReadPurpose,
  SummaryWrite,
  WriteReport,
} from '../ledger/port';
import { PackageEditor, readPackageSnapshot, XlsxPackage, type CellEdit, type RawDeflate } from './package';

const NOTHING: WriteReport = { skipped: [], notices: [] };

/** A sheet the add-in generated in this session, with the defined names it brings. */
interface OwnedSheet {
  sheet: SheetPlan;
  names: NamePlan[];
}

/** An edit of the original package, replayed in order when the file is written. */
type PackageOp = (editor: PackageEditor) => void;

/** Whether two cell values are the same for an edit's check (blank and '' alike; errors by code). */
function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'object' || typeof b === 'object')
    return typeof a === 'object' && typeof b === 'object' && a?.error === b?.error;
  return a === b;
}

/** A cell value as a package edit writes it (an error value as its text: the add-in never writes live errors). */
function editValue(value: CellValue): PlanValue {
  return toPlanValue(value);
}

/** Every cell of an A1 range (`E5:E7` → E5, E6, E7). */
function cellsOf(range: string): string[] {
  const [a = '', b = a] = range.split(':');
  const from = parseAddress(a);
  const to = parseAddress(b);
  const cells: string[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.col; c <= to.col; c++) cells.push(`${indexToLetters(c)}${r}`);
  return cells;
}

/** The layout's columns from `top` through `bottom`, e.g. `A1:J20`. */
function spanOf(layout: EntriesLayout, top: number, bottom: number): string {
  return `${indexToLetters(layout.left)}${top}:${indexToLetters(layout.left + layout.headers.length - 1)}${bottom}`;
}

/** The ledger in memory. */
export class XlsxLedger implements LedgerWorkbook {
  private owned = new Map<string, OwnedSheet>();
  private highlights: HighlightPlan[] | null = null;
  private readonly ops: PackageOp[] = [];
  /** The 回收情况 sheet a collect wrote in this session (a schema load keeps it: it is about the entries). */
  private collection: SheetPlan | null = null;

  private constructor(
    private snapshot: WorkbookSnapshot,
    /** The package the ledger was read from (written surgically), or null for a new workbook (written whole). */
    private readonly pkg: XlsxPackage | null,
  ) {}

  /** A ledger read from .xlsx/.xlsm bytes; throws a LedgerError saying what the bytes are when they are no workbook. */
  static async open(bytes: Uint8Array, fileName = 'workbook.xlsx'): Promise<XlsxLedger> {
    const pkg = await XlsxPackage.open(bytes, fileName);
    return new XlsxLedger(readPackageSnapshot(pkg), pkg);
  }

  /** A ledger over a snapshot already read, written whole (tests, and callers that built the snapshot themselves). */
  static of(snapshot: WorkbookSnapshot): XlsxLedger {
    return new XlsxLedger(snapshot, null);
  }

  /** An empty workbook (browser mode before anything is loaded). */
  static empty(): XlsxLedger {
    return new XlsxLedger({ sheets: [], tables: [], meta: null }, null);
  }

  /** Whether the file is written surgically over the package it was read from. */
  get fromFile(): boolean {
    return this.pkg !== null;
  }

  async read(_purpose: ReadPurpose): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }

  async mergeEntries(merge: EntriesMerge): Promise<WriteReport> {
    const before = this.snapshot;
    const { layout } = merge;
    const table = entriesTable(before);
    this.snapshot = mergeEntriesInSnapshot(before, merge.rowsBelow);
    this.highlights = null;
    if (!this.pkg) return NOTHING;
    if (table) {
      const last = layout.lastTableRow;
      const moves = merge.rowsBelow
        .map((from, i) => ({ from, to: last + 1 + i }))
        .filter((m) => m.from !== m.to);
      const ref = spanOf(layout, layout.headerRow, last + merge.rowsBelow.length);
      this.ops.push((editor) => {
        if (moves.length > 0) editor.moveRows(layout.sheet, moves);
        editor.setTableRef(table.name, ref);
      });
      return NOTHING;
    }
    // A plain range: a table renamed over the same header gets its name back, else a table is added over it.
    const merged = entriesTable(this.snapshot);
    const renamed = before.tables.find((t) => t.sheet === layout.sheet && t.topLeft === merged?.topLeft);
    const lastRow = merged?.rows[merged.rows.length - 1]?.row ?? layout.headerRow + 1;
    this.ops.push((editor) => {
      if (renamed) editor.renameTable(renamed.name, TABLES.entries);
      else
        editor.addTable({
          sheet: layout.sheet,
          name: TABLES.entries,
          ref: spanOf(layout, layout.headerRow, Math.max(lastRow, layout.headerRow + 1)),
          columns: layout.headers,
          style: 'TableStyleMedium7',
        });
    });
    return NOTHING;
  }

  async applyPlan(plan: WorkbookPlan): Promise<WriteReport> {
    const hadEntries = entriesTable(this.snapshot) !== undefined;
    const stale = this.snapshot.sheets.filter((s) => s.name === SHEETS.issues || s.name === SHEETS.summary);
    this.snapshot = applyPlanToSnapshot(this.snapshot, plan);
    // Validation and summary sheets describe the old schema; they are generated again on request.
    this.owned.clear();
    this.highlights = null;
    if (!this.pkg) return NOTHING;
    this.ops.push((editor) => {
      for (const sheet of plan.sheets) {
        // The entries are the users' rows: an existing entries table is never rewritten.
        if (sheet.name === SHEETS.entries && hadEntries) continue;
        editor.putSheet(sheet);
      }
      editor.setNames(plan.names);
      for (const s of stale) editor.removeSheet(s.name);
      if (stale.some((s) => s.name === SHEETS.summary)) editor.removeNames(SUMMARY_NAMES);
    });
    return NOTHING;
  }

  async writeIssueSheet(layout: EntriesLayout, output: IssueSheet): Promise<WriteReport> {
    this.writeStatuses(layout, output.statuses);
    this.highlights = output.highlights;
    const sheet = { ...output.sheet, cells: [...output.sheet.cells, ...linkCells(output)] };
    this.owned.set(SHEETS.issues, { sheet, names: [] });
    if (!this.pkg) return NOTHING;
    const first = layout.headerRow + 1;
    const last = output.statuses[output.statuses.length - 1]?.row ?? first;
    const clears = layout.picks.flatMap((index) =>
      index < 0 || last < first
        ? []
        : [`${indexToLetters(layout.left + index)}${first}:${indexToLetters(layout.left + index)}${last}`],
    );
    const fills: CellEdit[] = output.highlights.flatMap((h) =>
      cellsOf(h.range).map((address) => ({ address, fill: h.fill })),
    );
    this.ops.push((editor) => {
      for (const range of clears) editor.clearFills(layout.sheet, range);
      if (fills.length > 0) editor.setCells(layout.sheet, fills);
      editor.putSheet(sheet, { after: layout.sheet });
    });
    return NOTHING;
  }

  async editEntries(layout: EntriesLayout, edits: readonly EntryEdit[]): Promise<EditReport> {
    const written: EntryEdit[] = [];
    const skipped: EntryEdit[] = [];
    const writes: EntryCellWrite[] = [];
    const columns = new Map<number, Map<number, CellValue>>();
    const valueAt = (row: number, column: number): CellValue => {
      let values = columns.get(column);
      if (!values) columns.set(column, (values = entryColumnValues(this.snapshot, column)));
      return values.get(row) ?? null;
    };
    for (const edit of edits) {
      const column = layout.picks[edit.column] ?? -1;
      if (column < 0 || !sameValue(valueAt(edit.row, column), edit.from)) {
        skipped.push(edit);
        continue;
      }
      writes.push({ row: edit.row, column, value: edit.to });
      written.push(edit);
    }
    this.writeCells(layout, writes);
    return { written, skipped };
  }

  async writeSummary(layout: EntriesLayout, write: SummaryWrite): Promise<WriteReport> {
    this.writeStatuses(layout, write.statuses);
    this.owned.set(SHEETS.summary, { sheet: write.sheet, names: write.names });
    if (this.pkg)
      this.ops.push((editor) => {
        editor.putSheet(write.sheet);
        editor.setNames(write.names);
      });
    return NOTHING;
  }

  async writeOwnedSheet(sheet: SheetPlan): Promise<WriteReport> {
    this.owned.set(sheet.name, { sheet, names: [] });
    if (this.pkg) this.ops.push((editor) => editor.putSheet(sheet));
    return NOTHING;
  }

  async writeCollection(write: CollectionWrite): Promise<WriteReport> {
    const before = entriesTable(this.snapshot);
    this.snapshot = collectIntoSnapshot(this.snapshot, write);
    if (write.collection) this.collection = write.collection;
    // Rows were added and cells changed: the fills of the last validation no longer describe them.
    this.highlights = null;
    const after = entriesTable(this.snapshot);
    if (!this.pkg || !before || !after) return NOTHING;
    // The package: 来源 added to the table, the entry cells and rows written, the table's range grown, and the
    // record sheets (the add-in's own) rendered again from the rows they now hold.
    const { layout } = write;
    const letter = (index: number) => indexToLetters(layout.left + index);
    const at = new Map(after.headers.map((h, i) => [h, i]));
    const cells: CellEdit[] = write.cells.flatMap((c) => {
      const index = at.get(c.header);
      return index === undefined ? [] : [{ address: `${letter(index)}${c.row}`, value: editValue(c.value) }];
    });
    const rowCells = (row: number, values: readonly CellValue[]): CellEdit[] =>
      after.headers.map((_, i) => ({ address: `${letter(i)}${row}`, value: editValue(values[i] ?? null) }));
    for (const fill of write.fills) cells.push(...rowCells(fill.row, fill.values));
    const lastBefore = before.rows[before.rows.length - 1]?.row ?? layout.headerRow;
    write.appended.forEach((values, k) => cells.push(...rowCells(lastBefore + 1 + k, values)));
    const addSource = write.addSource && !before.headers.includes(ENTRY_SOURCE_COLUMN);
    if (addSource)
      cells.push({
        address: `${letter(after.headers.length - 1)}${layout.headerRow}`,
        value: ENTRY_SOURCE_COLUMN,
      });
    const lastAfter = after.rows[after.rows.length - 1]?.row ?? layout.headerRow + 1;
    const ref = `${letter(0)}${layout.headerRow}:${letter(after.headers.length - 1)}${Math.max(lastAfter, layout.headerRow + 1)}`;
    const records = (['imports', 'revisions'] as const).flatMap((kind) => {
      const added = kind === 'imports' ? write.imports : write.revisions;
      const table = recordTable(this.snapshot, kind);
      return added.length > 0 && table ? [recordSheet(kind, recordRows(table, kind))] : [];
    });
    const collection = write.collection;
    this.ops.push((editor) => {
      if (addSource) editor.addTableColumns(after.name, [ENTRY_SOURCE_COLUMN]);
      if (cells.length > 0) editor.setCells(layout.sheet, cells);
      if (ref !== spanOf(layout, layout.headerRow, lastBefore) || addSource)
        editor.setTableRef(after.name, ref);
      for (const sheet of records) editor.putSheet(sheet);
      if (collection) editor.putSheet(collection);
    });
    return NOTHING;
  }

  private writeStatuses(layout: EntriesLayout, statuses: IssueSheet['statuses']): void {
    const column = layout.picks[COLUMNS.entries.indexOf('校验状态')] ?? -1;
    if (column < 0) return;
    // Only the cells whose word changes: an unchanged cell is left byte for byte, and a blank row between rows
    // typed below the table stays free for them to move into.
    const current = entryColumnValues(this.snapshot, column);
    const changed = statuses.filter((s) => !sameValue(current.get(s.row) ?? null, s.value));
    this.writeCells(
      layout,
      changed.map((s) => ({ row: s.row, column, value: s.value })),
    );
  }

  /** Writes entry cells (by sheet row and index into the layout's headers) in memory and in the package. */
  private writeCells(layout: EntriesLayout, writes: readonly EntryCellWrite[]): void {
    if (writes.length === 0) return;
    this.snapshot = writeEntryCells(this.snapshot, writes);
    if (!this.pkg) return;
    const cells: CellEdit[] = writes.map((w) => ({
      address: `${indexToLetters(layout.left + w.column)}${w.row}`,
      value: editValue(w.value),
    }));
    this.ops.push((editor) => editor.setCells(layout.sheet, cells));
  }

  /** The entries table or plain range (browser mode's grid). */
  entries(): TableSnapshot | undefined {
    return entriesTable(this.snapshot) ?? this.snapshot.plainEntries;
  }

  /** Appends an entry (values by header) to `WP_Entries`; returns its sheet row. */
  appendEntry(values: Readonly<Record<string, CellValue>>): number {
    const table = entriesTable(this.snapshot);
    if (!table) throw new Error('no entries table to append to');
    const done = appendEntryRow(this.snapshot, values);
    this.snapshot = done.snapshot;
    if (this.pkg) {
      const top = parseAddress(table.topLeft);
      const ref = `${table.topLeft}:${indexToLetters(top.col + table.headers.length - 1)}${done.row}`;
      const cells = table.headers.map((h, j) => ({
        address: `${indexToLetters(top.col + j)}${done.row}`,
        value: editValue(values[h] ?? null),
      }));
      this.ops.push((editor) => {
        editor.setCells(table.sheet, cells);
        editor.setTableRef(table.name, ref);
      });
    }
    return done.row;
  }

  /** Sets one entry cell (sheet row, column by header) in memory and in the package; false when there is no such column. */
  setEntryCell(row: number, header: string, value: CellValue): boolean {
    const table = this.entries();
    const column = table?.headers.indexOf(header) ?? -1;
    if (!table || column < 0) return false;
    this.snapshot = writeEntryCells(this.snapshot, [{ row, column, value }]);
    if (this.pkg) {
      const address = `${indexToLetters(parseAddress(table.topLeft).col + column)}${row}`;
      this.ops.push((editor) => editor.setCells(table.sheet, [{ address, value: editValue(value) }]));
    }
    return true;
  }

  /** Deletes an entry row; the rows after it move up (their values, as the grid shows them). */
  removeEntry(row: number): void {
    const table = entriesTable(this.snapshot);
    if (!table || !table.rows.some((r) => r.row === row)) return;
    this.snapshot = removeEntryRow(this.snapshot, row);
    if (!this.pkg) return;
    const top = parseAddress(table.topLeft);
    const last = table.rows[table.rows.length - 1]?.row ?? row;
    const after = entriesTable(this.snapshot);
    const byRow = new Map((after?.rows ?? []).map((r) => [r.row, r.values]));
    const cells: CellEdit[] = [];
    for (let r = row; r <= last; r++)
      table.headers.forEach((_, j) =>
        cells.push({
          address: `${indexToLetters(top.col + j)}${r}`,
          value: editValue(byRow.get(r)?.[j] ?? null),
        }),
      );
    const ref = `${table.topLeft}:${indexToLetters(top.col + table.headers.length - 1)}${Math.max(last - 1, top.row + 1)}`;
    this.ops.push((editor) => {
      editor.setCells(table.sheet, cells);
      editor.setTableRef(table.name, ref);
    });
  }

  /** Whether a 汇总 or 校验结果 sheet was generated in this session. */
  hasOwnedSheet(name: string): boolean {
    return this.owned.has(name);
  }

  /**
   * The whole workbook as .xlsx bytes: the original package with this session's edits, or a new workbook
   * written from its plan. `deflate` swaps in a native compressor (the CLI passes Node's).
   */
  async toBytes(appVersion: string, options: { deflate?: RawDeflate } = {}): Promise<Uint8Array> {
    if (this.pkg) {
      const editor = new PackageEditor(this.pkg);
      for (const op of this.ops) op(editor);
      return editor.toBytes(options);
    }
    const { writePlanToXlsx } = await import('./writePlanToXlsx');
    return writePlanToXlsx(this.plan(appVersion));
  }

  /** The plan a new workbook is written from: the stored schema's sheets, the entries as held, the generated sheets. */
  plan(appVersion: string): WorkbookPlan {
    const content = this.snapshot.meta ? readMetaGrid(this.snapshot.meta) : null;
    const read = content && !('key' in content) ? readSchemaFile(content.schemaJson) : null;
    if (!content || 'key' in content || !read?.ok) throw new Error('no readable schema to write');
    const table = entriesTable(this.snapshot);
    const plan = planWorkbook(
      read.schema,
      {
        ...(table
          ? {
              entries: {
                headers: table.headers,
                rows: table.rows.map((r) => r.values),
                numberFormats: table.numberFormats,
              },
            }
          : {}),
        schema: read.schema,
        fingerprint: content.fingerprint,
        earlierFingerprints: content.earlierFingerprints ?? [],
        // The office's contacts and deadlines live beside the schema's rows: written back where they were.
        office: officeCellsFromSnapshot(this.snapshot),
      },
      { appVersion },
    );
    const sheets = plan.sheets.map((sheet) => {
      if (sheet.name !== SHEETS.entries || !table) return sheet;
      return {
        ...sheet,
        tables: sheet.tables.map((t) => (t.name === TABLES.entries ? inPlace(t, table) : t)),
        ...(this.highlights ? { highlights: this.highlights } : {}),
      };
    });
    const issues = this.owned.get(SHEETS.issues);
    if (issues) sheets.splice(sheets.findIndex((s) => s.name === SHEETS.entries) + 1, 0, issues.sheet);
    const summary = this.owned.get(SHEETS.summary);
    if (summary) {
      const metaAt = sheets.findIndex((s) => s.name === SHEETS.meta);
      sheets.splice(metaAt < 0 ? sheets.length : metaAt, 0, summary.sheet);
    }
    // Sheets written on request (通报) go last, before _wp_meta; a same-named sheet of the original is replaced.
    for (const [name, own] of this.owned) {
      if (name === SHEETS.issues || name === SHEETS.summary) continue;
      const metaAt = sheets.findIndex((s) => s.name === SHEETS.meta);
      sheets.splice(metaAt < 0 ? sheets.length : metaAt, 0, own.sheet);
    }
    // The collect records: 回收情况 as rebuilt in this session, 回收记录 and 修订记录 from the rows they hold.
    const records: SheetPlan[] = [
      ...(this.collection ? [this.collection] : []),
      ...(['imports', 'revisions'] as const).flatMap((kind) => {
        const table = recordTable(this.snapshot, kind);
        return table ? [recordSheet(kind, recordRows(table, kind))] : [];
      }),
    ];
    const metaIndex = sheets.findIndex((s) => s.name === SHEETS.meta);
    sheets.splice(metaIndex < 0 ? sheets.length : metaIndex, 0, ...records);
    const names = [...plan.names, ...(summary?.names ?? [])];
    return {
      ...plan,
      sheets,
      names: names.filter((n, i) => names.findIndex((m) => m.name === n.name) === i),
    };
  }
}

/** The defined names of the 汇总 sheet, removed with a stale one. */
const SUMMARY_NAMES = [PERIOD_NAME, FRACTION_NAME];

/**
 * The planned entries table laid out as the held one: same top-left cell and column order (the plan puts the
 * contract columns first), rows exactly as held — so every row number and cell address validation gave stays true.
 */
function inPlace(planned: SheetPlan['tables'][number], held: TableSnapshot): SheetPlan['tables'][number] {
  const byHeader = new Map(planned.columns.map((c, i) => [c.header, i]));
  const order = held.headers.map((h) => byHeader.get(h) ?? -1);
  if (order.some((i) => i < 0) || order.length !== planned.columns.length)
    return { ...planned, topLeft: held.topLeft };
  const columns = order.map((i) => planned.columns[i] ?? { header: '' });
  const rows = held.rows.map((r) => held.headers.map((_, j): PlanValue => toPlanValue(r.values[j] ?? null)));
  return { ...planned, topLeft: held.topLeft, columns, rows };
}
