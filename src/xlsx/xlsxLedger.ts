/**
 * The ledger held in memory — an .xlsx file being checked by the CLI, or the browser mode's workbook — as a
 * LedgerWorkbook. Use cases read and write the in-memory state; `toBytes()` writes the whole file once at the end.
 *
 * The state is the snapshot the use cases read (edited by their writes) plus what only a file holds: the sheets
 * the add-in generates (校验结果, 汇总) with their names, and the fills on cells at fault. The file is written
 * from the stored schema, the entries exactly as held (in their table's place and column order) and those
 * sheets; the user's own sheets are carried over from the original file.
 */
import type { CellValue } from '../domain/entryCells';
import { readSchemaFile } from '../domain/schemaFile';
import { COLUMNS, SHEETS, TABLES } from '../workbook/format';
import type { EntriesLayout } from '../workbook/inspectEntries';
import { readMetaGrid } from '../workbook/meta';
import { officeCellsFromSnapshot } from '../workbook/officeCells';
import type { HighlightPlan, NamePlan, PlanValue, SheetPlan, WorkbookPlan } from '../workbook/plan';
import { planWorkbook } from '../workbook/planWorkbook';
import { entriesTable } from '../workbook/reader';
import type { TableSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import {
  applyPlanToSnapshot,
  entryCellValue,
  mergeEntriesInSnapshot,
  writeEntryCells,
  type EntryCellWrite,
} from '../workbook/snapshotEdits';
import { toPlanValue } from '../workbook/sheets/entries';
import { linkCells, type ValidationOutput } from '../workbook/validationOutput';
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

const NOTHING: WriteReport = { skipped: [], notices: [] };

/** A sheet the add-in generated in this session, with the defined names it brings. */
interface OwnedSheet {
  sheet: SheetPlan;
  names: NamePlan[];
}

/** Whether two cell values are the same for an edit's check (blank and '' alike; errors by code). */
function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'object' || typeof b === 'object')
    return typeof a === 'object' && typeof b === 'object' && a?.error === b?.error;
  return a === b;
}

/** The ledger in memory. */
export class XlsxLedger implements LedgerWorkbook {
  private owned = new Map<string, OwnedSheet>();
  private highlights: HighlightPlan[] | null = null;
  /** The 回收情况 sheet a collect wrote in this session (a schema load keeps it: it is about the entries). */
  private collection: SheetPlan | null = null;

  private constructor(
    private snapshot: WorkbookSnapshot,
    /** The file the ledger was read from (its own sheets are carried over), or null for a new workbook. */
    private readonly original: Uint8Array | null,
  ) {}

  /** A ledger read from .xlsx bytes; throws (a plain message) when the bytes are not a workbook. */
  static async open(bytes: Uint8Array): Promise<XlsxLedger> {
    const { readWorkbookXlsx } = await import('./readWorkbookXlsx');
    return new XlsxLedger(await readWorkbookXlsx(bytes), bytes);
  }

  /** A ledger over a snapshot already read (`original`: the file it came from, whose own sheets are kept). */
  static of(snapshot: WorkbookSnapshot, original: Uint8Array | null): XlsxLedger {
    return new XlsxLedger(snapshot, original);
  }

  /** An empty workbook (browser mode before anything is loaded). */
  static empty(): XlsxLedger {
    return new XlsxLedger({ sheets: [], tables: [], meta: null }, null);
  }

  async read(_purpose: ReadPurpose): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }

  async mergeEntries(merge: EntriesMerge): Promise<WriteReport> {
    this.snapshot = mergeEntriesInSnapshot(this.snapshot, merge.rowsBelow);
    // Fills were placed for the old rows; the next validation places them again.
    this.highlights = null;
    return NOTHING;
  }

  async applyPlan(plan: WorkbookPlan): Promise<WriteReport> {
    this.snapshot = applyPlanToSnapshot(this.snapshot, plan);
    // Validation and summary sheets describe the old schema; they are generated again on request.
    this.owned.clear();
    this.highlights = null;
    return NOTHING;
  }

  async writeValidation(layout: EntriesLayout, output: ValidationOutput): Promise<WriteReport> {
    this.writeStatuses(layout, output.statuses);
    this.highlights = output.highlights;
    this.owned.set(SHEETS.issues, {
      sheet: { ...output.sheet, cells: [...output.sheet.cells, ...linkCells(output)] },
      names: [],
    });
    return NOTHING;
  }

  async editEntries(layout: EntriesLayout, edits: readonly EntryEdit[]): Promise<EditReport> {
    const written: EntryEdit[] = [];
    const skipped: EntryEdit[] = [];
    const writes: EntryCellWrite[] = [];
    for (const edit of edits) {
      const column = layout.picks[edit.column] ?? -1;
      if (column < 0 || !sameValue(entryCellValue(this.snapshot, edit.row, column), edit.from)) {
        skipped.push(edit);
        continue;
      }
      writes.push({ row: edit.row, column, value: edit.to });
      written.push(edit);
    }
    this.snapshot = writeEntryCells(this.snapshot, writes);
    return { written, skipped };
  }

  async writeSummary(layout: EntriesLayout, write: SummaryWrite): Promise<WriteReport> {
    this.writeStatuses(layout, write.statuses);
    this.owned.set(SHEETS.summary, { sheet: write.sheet, names: write.names });
    return NOTHING;
  }

  async writeCollection(write: CollectionWrite): Promise<WriteReport> {
    this.snapshot = collectIntoSnapshot(this.snapshot, write);
    if (write.collection) this.collection = write.collection;
    // Rows were added and cells changed: the fills of the last validation no longer describe them.
    this.highlights = null;
    return NOTHING;
  }

  private writeStatuses(layout: EntriesLayout, statuses: ValidationOutput['statuses']): void {
    const column = layout.picks[COLUMNS.entries.indexOf('校验状态')] ?? -1;
    if (column < 0) return;
    this.snapshot = writeEntryCells(
      this.snapshot,
      statuses.map((s) => ({ row: s.row, column, value: s.value })),
    );
  }

  /** Rows of the entries table (browser mode's grid), in the layout's column order. */
  entries(): TableSnapshot | undefined {
    return entriesTable(this.snapshot) ?? this.snapshot.plainEntries;
  }

  /** Replaces the snapshot (browser mode's grid edits: add and remove rows). */
  replaceSnapshot(next: WorkbookSnapshot): void {
    this.snapshot = next;
    this.highlights = null;
  }

  /** Whether a 汇总 or 校验结果 sheet was generated in this session. */
  hasOwnedSheet(name: string): boolean {
    return this.owned.has(name);
  }

  /** The whole workbook as .xlsx bytes (exceljs loaded on demand). */
  async toBytes(appVersion: string): Promise<Uint8Array> {
    const plan = this.plan(appVersion);
    const { writePlanToXlsx } = await import('./writePlanToXlsx');
    return writePlanToXlsx(
      plan,
      // 回收情况 not rebuilt in this session is carried over as the file had it (its text and its table).
      this.original ? { keepSheetsFrom: this.original, carrySheets: [SHEETS.collection] } : {},
    );
  }

  /** The plan `toBytes` writes: the stored schema's sheets, the entries as held, the generated sheets. */
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
