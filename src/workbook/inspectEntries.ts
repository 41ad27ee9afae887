/**
 * Checks a workbook snapshot before validation: finds the entries (table, plain range, rows typed under the
 * table), the stored schema, and everything damaged about them, each with a plain Chinese sentence.
 * A problem that makes validation meaningless (no schema, a required column missing) makes the workbook
 * unusable; everything else is a notice and validation goes on.
 */
import { message, type Message } from '../domain/messages';
import type { Schema } from '../domain/schema';
import { schemaFingerprint } from '../domain/schemaFile';
import { indexToLetters, parseAddress } from './address';
import { COLUMNS, SHEETS, TABLES, WORKBOOK_FORMAT_VERSION } from './format';
import type { EntryColumn, SheetRow } from '../domain/entryCells';
import { entriesTable, storedSchema } from './reader';
import { schemaTablesEdited } from './schemaTables/tablesEdited';
import type { TableSnapshot, WorkbookSnapshot } from './snapshot';

/** Columns without which validation cannot judge a row. */
export const REQUIRED_ENTRY_COLUMNS: readonly EntryColumn[] = [
  '报告期',
  '填报单位',
  '序号',
  '指标编号',
  '累计完成值',
  '计量单位',
  '工作进展',
];

/** Kinds of damage that do not stop validation. */
export type EntriesNoticeKind =
  | 'plain-range'
  | 'missing-optional-column'
  | 'blank-rows'
  | 'merged-cells'
  | 'formula-cells'
  | 'rows-below-table'
  | 'fingerprint-mismatch'
  | 'newer-format'
  | 'schema-tables-edited';

/** One notice about the workbook. */
export interface EntriesNotice {
  kind: EntriesNoticeKind;
  message: Message;
}

/** Where the entries are on their sheet. */
export interface EntriesLayout {
  sheet: string;
  /** 0-based sheet column of the first header. */
  left: number;
  /** Sheet row of the header. */
  headerRow: number;
  /** Headers as read (contract columns plus any a user added). */
  headers: string[];
  /** For each contract column (`COLUMNS.entries` order), its index in `headers`, or -1 when absent. */
  picks: number[];
  /** Sheet row of the table's last data row (rows after it were typed below the table). */
  lastTableRow: number;
  /** True when the entries are a plain range (no `WP_Entries` table). */
  plain: boolean;
}

/** What inspection found. */
export type EntriesInspection =
  | {
      usable: true;
      schema: Schema;
      fingerprint: string;
      layout: EntriesLayout;
      /** Rows in contract column order (blank rows included, so validation counts them), table rows then rows below. */
      rows: SheetRow[];
      /** The same rows as read, aligned with `layout.headers` (for writers that keep every column). */
      rawRows: SheetRow[];
      /** Sheet rows below the table's last row that hold data (to merge into the table); none for a plain range. */
      filledBelow: number[];
      notices: EntriesNotice[];
    }
  | { usable: false; problem: Message; notices: EntriesNotice[] };

/** A1 address of a contract column's cell in a given sheet row, or '' when the column is absent. */
export function entryCellAddress(layout: EntriesLayout, row: number, contractIndex: number): string {
  const index = layout.picks[contractIndex] ?? -1;
  return index < 0 ? '' : `${indexToLetters(layout.left + index)}${row}`;
}

/** Lists up to `max` items and says how many there are in all. */
export function listSome(items: readonly string[], max = 10): Message | string[] {
  return items.length > max
    ? message('ledger.moreCells', { shown: items.slice(0, max), count: items.length })
    : [...items];
}

const STATUS_INDEX = COLUMNS.entries.indexOf('校验状态');

/** A row with nothing typed in it (a stale 校验状态 and whitespace do not count), as validation skips it. */
function isBlank(values: readonly unknown[]): boolean {
  return values.every(
    (v, k) => k === STATUS_INDEX || v === null || (typeof v === 'string' && v.trim() === ''),
  );
}

function columnProblems(
  headers: readonly string[],
  picks: readonly number[],
): { missing: Message[]; optional: Message[] } {
  const contract = new Set<string>(COLUMNS.entries);
  const missing: Message[] = [];
  const optional: Message[] = [];
  COLUMNS.entries.forEach((column, k) => {
    if ((picks[k] ?? -1) >= 0) return;
    const there = headers[k];
    const named =
      there !== undefined && !contract.has(there)
        ? message('ledger.renamedColumn', { column, position: k + 1, header: there.slice(0, 40) })
        : message('ledger.quoted', { text: column });
    (REQUIRED_ENTRY_COLUMNS.includes(column) ? missing : optional).push(named);
  });
  return { missing, optional };
}

function unusable(problem: Message, notices: EntriesNotice[] = []): EntriesInspection {
  return { usable: false, problem, notices };
}

/** The entries of a workbook, wherever they are, or why none can be found. */
export type EntriesLocation =
  | {
      found: true;
      layout: EntriesLayout;
      rows: SheetRow[];
      rawRows: SheetRow[];
      filledBelow: number[];
      notices: EntriesNotice[];
    }
  | { found: false; problem: Message; notices: EntriesNotice[] };

/**
 * Finds the entries: the `WP_Entries` table's rows plus the rows typed below it, or — when the table is missing
 * or renamed — the rows under the header row found by its column names. Never throws on damaged content.
 */
export function locateEntries(snapshot: WorkbookSnapshot): EntriesLocation {
  const notices: EntriesNotice[] = [];
  let table: TableSnapshot | undefined = entriesTable(snapshot);
  const plain = !table && snapshot.plainEntries !== undefined;
  if (!table) table = snapshot.plainEntries;
  if (!table) {
    const hasSheet = snapshot.sheets.some((s) => s.name === SHEETS.entries);
    return {
      found: false,
      problem: message(hasSheet ? 'ledger.noEntriesHeader' : 'ledger.noEntriesSheet', {
        sheet: SHEETS.entries,
        table: TABLES.entries,
      }),
      notices,
    };
  }

  const headers = table.headers.map((h) => String(h).trim());
  const picks = COLUMNS.entries.map((h) => headers.indexOf(h));
  const { missing, optional } = columnProblems(headers, picks);
  if (missing.length > 0)
    return { found: false, problem: message('ledger.missingColumns', { columns: missing }), notices };
  if (optional.length > 0) {
    notices.push({
      kind: 'missing-optional-column',
      message: message('ledger.missingOptionalColumns', { columns: optional }),
    });
    if (picks[STATUS_INDEX] === -1)
      notices.push({ kind: 'missing-optional-column', message: message('ledger.noStatusColumn') });
  }

  const start = parseAddress(table.topLeft);
  const below = plain ? [] : (table.rowsBelow ?? []);
  const layout: EntriesLayout = {
    sheet: table.sheet,
    left: start.col,
    headerRow: start.row,
    headers,
    picks,
    lastTableRow: plain ? start.row : (table.rows[table.rows.length - 1]?.row ?? start.row),
    plain,
  };
  const rawRows = [...table.rows, ...below];
  const rows = rawRows.map((r) => ({
    row: r.row,
    values: picks.map((i) => (i < 0 ? null : (r.values[i] ?? null))),
  }));
  const filledBelow = plain
    ? []
    : rows.filter((r) => r.row > layout.lastTableRow && !isBlank(r.values)).map((r) => r.row);
  if (plain) {
    notices.push({
      kind: 'plain-range',
      message: message('ledger.plainRange', {
        sheet: table.sheet,
        table: TABLES.entries,
        header: start.row,
        rows: rows.filter((r) => !isBlank(r.values)).length,
      }),
    });
  } else if (filledBelow.length > 0) {
    notices.push({
      kind: 'rows-below-table',
      message: message('ledger.rowsBelow', { rows: rowSpans(filledBelow), table: TABLES.entries }),
    });
  }

  const lastFilled = rows.reduce((last, r, i) => (isBlank(r.values) ? last : i), -1);
  const interiorBlank = rows
    .slice(0, lastFilled + 1)
    .filter((r) => isBlank(r.values))
    .map((r) => r.row);
  if (interiorBlank.length > 0)
    notices.push({
      kind: 'blank-rows',
      message: message('ledger.blankRows', { rows: rowSpans(interiorBlank) }),
    });

  const right = layout.left + headers.length - 1;
  const lastRow = rawRows[rawRows.length - 1]?.row ?? layout.headerRow;
  const merges = (snapshot.merges ?? []).filter((m) => {
    if (m.sheet !== layout.sheet) return false;
    const [a = '', b = a] = m.range.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b);
    return to.row > layout.headerRow && from.row <= lastRow && to.col >= layout.left && from.col <= right;
  });
  if (merges.length > 0) {
    notices.push({
      kind: 'merged-cells',
      message: message('ledger.mergedCells', { ranges: listSome(merges.map((m) => m.range)) }),
    });
  }

  const formulas = (table.formulaCells ?? [])
    .filter((c) => picks.includes(c.column))
    .map((c) => `${indexToLetters(layout.left + c.column)}${c.row}`);
  if (formulas.length > 0) {
    notices.push({
      kind: 'formula-cells',
      message: message('ledger.formulaCells', { cells: listSome(formulas) }),
    });
  }
  return { found: true, layout, rows, rawRows, filledBelow, notices };
}

/** Inspects the snapshot: its stored schema, then its entries. Never throws on damaged content. */
export function inspectEntries(snapshot: WorkbookSnapshot): EntriesInspection {
  const notices: EntriesNotice[] = [];
  const stored = storedSchema(snapshot);
  if (stored.status === 'absent') return unusable(message('ledger.noSchema'));
  if (stored.status === 'unreadable') return unusable(stored.problem);
  const actual = schemaFingerprint(stored.schema);
  if (stored.fingerprint !== actual) {
    notices.push({
      kind: 'fingerprint-mismatch',
      message: message('ledger.fingerprintMismatch', {
        stored: stored.fingerprint.slice(0, 12) || '—',
        actual: actual.slice(0, 12),
      }),
    });
  }
  if (stored.formatVersion > WORKBOOK_FORMAT_VERSION) {
    notices.push({
      kind: 'newer-format',
      message: message('ledger.newerFormat', {
        version: stored.formatVersion,
        supported: WORKBOOK_FORMAT_VERSION,
      }),
    });
  }
  // The sheet's formulas read the schema tables, the add-in reads `_wp_meta`: say when the office edited the tables.
  const edited = schemaTablesEdited(snapshot, stored.schema);
  if (edited) notices.push({ kind: 'schema-tables-edited', message: edited });
  const located = locateEntries(snapshot);
  if (!located.found) return unusable(located.problem, [...notices, ...located.notices]);
  const { layout, rows, rawRows, filledBelow } = located;
  return {
    usable: true,
    schema: stored.schema,
    fingerprint: stored.fingerprint,
    layout,
    rows,
    rawRows,
    filledBelow,
    notices: [...notices, ...located.notices],
  };
}

/** Row numbers as runs (`12–14、20`), at most ten runs named. */
export function rowSpans(rows: readonly number[]): Message | string[] {
  const runs: string[] = [];
  let from = rows[0];
  let to = from;
  for (let i = 1; i <= rows.length; i++) {
    const next = rows[i];
    if (next !== undefined && to !== undefined && next === to + 1) {
      to = next;
      continue;
    }
    if (from !== undefined && to !== undefined) runs.push(from === to ? String(from) : `${from}–${to}`);
    from = next;
    to = next;
  }
  return listSome(runs);
}
