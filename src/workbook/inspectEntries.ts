/**
 * Checks a workbook snapshot before validation: finds the entries (table, plain range, rows typed under the
 * table), the stored schema, and everything damaged about them, each with a plain Chinese sentence.
 * A problem that makes validation meaningless (no schema, a required column missing) makes the workbook
 * unusable; everything else is a notice and validation goes on.
 */
import type { Schema } from '../domain/schema';
import { schemaFingerprint } from '../domain/schemaFile';
import { columnLetters, parseAddress } from './address';
import { COLUMNS, SHEETS, TABLES, WORKBOOK_FORMAT_VERSION } from './format';
import type { EntryColumn, SheetRow } from '../domain/entryCells';
import { entriesTable, storedSchema } from './reader';
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
  | 'newer-format';

/** One notice about the workbook, in Chinese. */
export interface EntriesNotice {
  kind: EntriesNoticeKind;
  message: string;
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
      notices: EntriesNotice[];
    }
  | { usable: false; problem: string; notices: EntriesNotice[] };

/** A1 address of a contract column's cell in a given sheet row, or '' when the column is absent. */
export function entryCellAddress(layout: EntriesLayout, row: number, contractIndex: number): string {
  const index = layout.picks[contractIndex] ?? -1;
  return index < 0 ? '' : `${columnLetters(layout.left + index + 1)}${row}`;
}

/** Lists up to `max` items and says how many more there are. */
export function listSome(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join('、');
  return items.length > max ? `${shown} 等 ${items.length} 处` : shown;
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
): { missing: string[]; optional: string[] } {
  const contract = new Set<string>(COLUMNS.entries);
  const missing: string[] = [];
  const optional: string[] = [];
  COLUMNS.entries.forEach((column, k) => {
    if ((picks[k] ?? -1) >= 0) return;
    const there = headers[k];
    const renamed =
      there !== undefined && !contract.has(there)
        ? `（第 ${k + 1} 列的表头是“${there.slice(0, 40)}”，似乎被改名，请改回“${column}”）`
        : '';
    if (REQUIRED_ENTRY_COLUMNS.includes(column)) missing.push(`“${column}”${renamed}`);
    else optional.push(`“${column}”${renamed}`);
  });
  return { missing, optional };
}

function unusable(problem: string, notices: EntriesNotice[] = []): EntriesInspection {
  return { usable: false, problem, notices };
}

/** Inspects the snapshot; never throws on damaged content. */
export function inspectEntries(snapshot: WorkbookSnapshot): EntriesInspection {
  const notices: EntriesNotice[] = [];
  const stored = storedSchema(snapshot);
  if (stored.status === 'absent') {
    return unusable(
      `工作簿中没有“${SHEETS.meta}”方案数据：它不是本工具生成的台账，或该隐藏工作表被删除。请先用 workpoints build --into 导入工作要点。`,
    );
  }
  if (stored.status === 'unreadable')
    return unusable(`${stored.problem} 请用 workpoints build --into 重新导入工作要点。`);
  const actual = schemaFingerprint(stored.schema);
  if (stored.fingerprint !== actual) {
    notices.push({
      kind: 'fingerprint-mismatch',
      message: `“${SHEETS.meta}”中保存的方案与其指纹不符（记录 ${stored.fingerprint.slice(0, 12) || '空'}，实际 ${actual.slice(0, 12)}）：方案可能被手工修改过。本次按工作簿中的方案校验；如有疑问，请向牵头处室索取原方案并用 workpoints build --into 重新导入。`,
    });
  }
  if (stored.formatVersion > WORKBOOK_FORMAT_VERSION) {
    notices.push({
      kind: 'newer-format',
      message: `工作簿格式版本为 ${stored.formatVersion}，高于本程序支持的 ${WORKBOOK_FORMAT_VERSION}；请升级加载项后再校验。结果仅供参考。`,
    });
  }

  let table: TableSnapshot | undefined = entriesTable(snapshot);
  let plain = false;
  if (!table && snapshot.plainEntries) {
    table = snapshot.plainEntries;
    plain = true;
    notices.push({
      kind: 'plain-range',
      message: `“${SHEETS.entries}”工作表中的 ${TABLES.entries} 表格已被转换为普通区域（例如在 Excel 中点了“转换为区域”）。已按普通区域读取并校验；下拉列表和表格格式需用 workpoints build --into 重新导入后恢复。`,
    });
  }
  if (!table) {
    const hasSheet = snapshot.sheets.some((s) => s.name === SHEETS.entries);
    return unusable(
      hasSheet
        ? `找不到进度填报表：“${SHEETS.entries}”工作表中既没有 ${TABLES.entries} 表格，也没有以“报告期”开头的表头行。`
        : `找不到进度填报表：工作簿中没有“${SHEETS.entries}”工作表，也没有 ${TABLES.entries} 表格。`,
      notices,
    );
  }

  const headers = table.headers.map((h) => String(h).trim());
  const picks = COLUMNS.entries.map((h) => headers.indexOf(h));
  const { missing, optional } = columnProblems(headers, picks);
  if (missing.length > 0) {
    return unusable(`进度填报表缺少必需的列：${missing.join('、')}。请恢复这些列的表头后再校验。`, notices);
  }
  if (optional.length > 0) {
    const status =
      picks[COLUMNS.entries.indexOf('校验状态')] === -1
        ? '没有“校验状态”列时不写行状态，只写校验结果工作表。'
        : '';
    notices.push({
      kind: 'missing-optional-column',
      message: `进度填报表缺少列：${optional.join('、')}。${status}`,
    });
  }

  const start = parseAddress(table.topLeft);
  const layout: EntriesLayout = {
    sheet: table.sheet,
    left: start.column - 1,
    headerRow: start.row,
    headers,
    picks,
    lastTableRow: plain ? Number.MAX_SAFE_INTEGER : (table.rows[table.rows.length - 1]?.row ?? start.row),
    plain,
  };

  const below = table.rowsBelow ?? [];
  const filledBelow = below
    .filter((r) => !isBlank(picks.map((i) => (i < 0 ? null : (r.values[i] ?? null)))))
    .map((r) => r.row);
  if (filledBelow.length > 0) {
    notices.push({
      kind: 'rows-below-table',
      message: `第 ${listSome(filledBelow.map(String))} 行填写在 ${TABLES.entries} 表格下方（LibreOffice、WPS 不会自动扩展表格），已一并校验。请在 Excel 中把表格范围扩展到这些行，或用 workpoints validate --out 生成的文件（其中已并入表格）。`,
    });
  }
  const rawRows = [...table.rows, ...below];
  const rows = rawRows.map((r) => ({
    row: r.row,
    values: picks.map((i) => (i < 0 ? null : (r.values[i] ?? null))),
  }));

  const lastFilled = rows.reduce((last, r, i) => (isBlank(r.values) ? last : i), -1);
  const interiorBlank = rows
    .slice(0, lastFilled + 1)
    .filter((r) => isBlank(r.values))
    .map((r) => String(r.row));
  if (interiorBlank.length > 0)
    notices.push({ kind: 'blank-rows', message: `第 ${listSome(interiorBlank)} 行是空行，已跳过。` });

  const right = layout.left + headers.length - 1;
  const lastRow = rawRows[rawRows.length - 1]?.row ?? layout.headerRow;
  const merges = (snapshot.merges ?? []).filter((m) => {
    if (m.sheet !== layout.sheet) return false;
    const [a = '', b = a] = m.range.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b);
    return (
      to.row > layout.headerRow &&
      from.row <= lastRow &&
      to.column - 1 >= layout.left &&
      from.column - 1 <= right
    );
  });
  if (merges.length > 0) {
    notices.push({
      kind: 'merged-cells',
      message: `进度填报表中有合并单元格 ${listSome(merges.map((m) => m.range))}：只有合并区域左上角的单元格有值，其余各行按空白校验。请取消合并，并在每一行填写完整。`,
    });
  }

  const formulas = (table.formulaCells ?? [])
    .filter((c) => picks.includes(c.column))
    .map((c) => `${columnLetters(layout.left + c.column + 1)}${c.row}`);
  if (formulas.length > 0) {
    notices.push({
      kind: 'formula-cells',
      message: `单元格 ${listSome(formulas)} 是公式：校验按公式的计算结果进行（汇总也只统计结果）。请改为直接填写数值或文字。`,
    });
  }

  return {
    usable: true,
    schema: stored.schema,
    fingerprint: stored.fingerprint,
    layout,
    rows,
    rawRows,
    notices,
  };
}
