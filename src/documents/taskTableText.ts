/**
 * A Word notice as the text the notice parser reads. Paragraphs stay lines. A 任务分工表 — a table whose header names a
 * task column and unit columns (序号 | 工作任务 | 牵头单位 | 配合单位/责任单位 | 完成时限) — becomes one item line per
 * row with its units in a labelled clause, `1.任务。(牵头单位:X;配合单位:Y;完成时限:Z)`, so that the columns keep
 * their roles exactly; a row with one merged cell (一、稳增长) stays a heading line. A table of figures (a 单位 column,
 * 年度目标 or year columns) becomes `|` rows, read as pasted text is. Other tables give one line per cell paragraph.
 */
import {
  columnKind,
  settleHeader,
  settleUnknownColumns,
  type ColumnKind,
} from '../domain/notice/tableColumns';
import type { DocxBlock, DocxCell } from './docxBlocks';

const LABELS: Partial<Record<ColumnKind, string>> = {
  lead: '牵头单位',
  cooperate: '配合单位',
  responsible: '责任单位',
  deadline: '完成时限',
};
const CLAUSE_ORDER: readonly ColumnKind[] = ['lead', 'cooperate', 'responsible', 'deadline'];

function cellText(cell: DocxCell | undefined, separator = ''): string {
  return (cell?.paragraphs ?? [])
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(separator);
}

/** The columns of a header row, or undefined when the row does not head a task table. */
function headerKinds(row: readonly DocxCell[]): ColumnKind[] | undefined {
  const read: Array<ColumnKind | undefined> = [];
  const names: string[] = [];
  for (const cell of row) {
    const name = cellText(cell).replace(/\s/g, '');
    for (let span = 0; span < cell.colspan; span++) {
      read.push(columnKind(name));
      names.push(name);
    }
  }
  // A column we do not know between the task and the units (`实施步骤`) says more of the task; the header is then
  // settled as a pasted one is (next steps, group and target columns, 主要责任单位 alone).
  const kinds = settleHeader(settleUnknownColumns(read), names);
  return kinds.includes('task') && kinds.some((k) => k === 'lead' || k === 'cooperate' || k === 'responsible')
    ? kinds
    : undefined;
}

/** The cells of a row laid out by column (a cell spanning two columns fills both). */
function byColumn(row: readonly DocxCell[]): Array<DocxCell | undefined> {
  const out: Array<DocxCell | undefined> = [];
  for (const cell of row)
    for (let span = 0; span < cell.colspan; span++) out.push(span === 0 ? cell : undefined);
  return out;
}

function taskTableLines(rows: readonly DocxCell[][], kinds: readonly ColumnKind[]): string[] {
  const lines: string[] = [];
  let counter = 0;
  for (const row of rows) {
    const filled = row.filter((cell) => cellText(cell) !== '');
    if (filled.length === 0) continue;
    if (filled.length === 1 && (row.length === 1 || (filled[0]?.colspan ?? 1) > 1)) {
      // A merged row: a section or group heading.
      lines.push(...(filled[0]?.paragraphs ?? []).filter((p) => p.trim() !== ''));
      continue;
    }
    const cells = byColumn(row);
    const of = (kind: ColumnKind, separator = '') =>
      kinds
        .map((k, index) => (k === kind ? cellText(cells[index], separator) : ''))
        .filter((t) => t !== '')
        .join(separator);
    const written = /^\d{1,4}/.exec(of('number'))?.[0];
    counter = written ? Number(written) : counter + 1;
    // Two task columns (`工作任务 | 实施步骤`) are two sentences.
    const task =
      kinds
        .map((k, index) => (k === 'task' ? cellText(cells[index]) : ''))
        .filter((t) => t !== '')
        .reduce(
          (text, next) => (text === '' || /[。;!?]$/.test(text) ? text + next : `${text}。${next}`),
          '',
        ) + of('value');
    const clause = CLAUSE_ORDER.map((kind) => {
      const text = of(kind, kind === 'deadline' ? ',' : '、');
      return text === '' ? '' : `${LABELS[kind]}:${text}`;
    })
      .filter((part) => part !== '')
      .join(';');
    lines.push(`${counter}.${task}${clause ? `(${clause})` : ''}`);
  }
  return lines;
}

/** Columns an item line of a task table carries: its number, its text and its labelled clause. */
const ITEM_LINE_COLUMNS: ReadonlySet<ColumnKind> = new Set([
  'number',
  'task',
  'value',
  'lead',
  'cooperate',
  'responsible',
  'deadline',
]);

/** A header row as a `|` row of its column names. */
function headerLine(header: readonly DocxCell[]): string {
  return `|${header.map((cell) => cellText(cell).replace(/\|/g, '/')).join('|')}|`;
}

/** Columns whose cells list units. */
const UNIT_COLUMNS: ReadonlySet<ColumnKind> = new Set(['lead', 'cooperate', 'responsible', 'assessor']);

/** Columns that make a table of figures, which the notice parser reads cell by cell. */
const FIGURE_COLUMNS: ReadonlySet<ColumnKind> = new Set(['value', 'measure', 'score', 'assessor']);

/**
 * A table of figures (指标 | 单位 | 2025年 | 牵头单位) as `|` rows, one cell per column in place: the parser gives each
 * cell to its column, so a figure keeps its measure and a baseline stays apart from the targets, as with pasted text.
 */
function pipeTableLines(
  header: readonly DocxCell[],
  rows: readonly DocxCell[][],
  kinds: readonly ColumnKind[],
): string[] {
  // A unit cell's paragraphs are names (parted by 、), another cell's are one text.
  const line = (row: readonly DocxCell[]) =>
    `|${byColumn(row)
      .map((cell, k) => cellText(cell, UNIT_COLUMNS.has(kinds[k] ?? 'other') ? '、' : '').replace(/\|/g, '/'))
      .join('|')}|`;
  const lines = [line(header)];
  for (const row of rows) {
    const filled = row.filter((cell) => cellText(cell) !== '');
    if (filled.length === 0) continue;
    // A merged row: a section or group heading, as a row of one cell (`|一、健身参与|`).
    if (filled.length === 1 && (row.length === 1 || (filled[0]?.colspan ?? 1) > 1))
      lines.push(`|${cellText(filled[0]).replace(/\|/g, '/')}|`);
    else lines.push(line(row));
  }
  return lines;
}

/** The notice text of a Word document's blocks. */
export function docxNoticeText(blocks: readonly DocxBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(block.text);
      continue;
    }
    const headerAt = block.rows.findIndex((row) => headerKinds(row) !== undefined);
    const kinds = headerAt >= 0 ? headerKinds(block.rows[headerAt] ?? []) : undefined;
    if (kinds) {
      for (const row of block.rows.slice(0, headerAt)) lines.push(...row.flatMap((cell) => cell.paragraphs));
      const rows = block.rows.slice(headerAt + 1);
      const header = block.rows[headerAt] ?? [];
      if (kinds.some((kind) => FIGURE_COLUMNS.has(kind))) lines.push(...pipeTableLines(header, rows, kinds));
      else {
        // Columns the item lines leave out (备注, 进展情况, 责任领导, a name we do not know): the header as a `|` row
        // before them, so that the parser names the table's columns to the office — those not read among them.
        if (kinds.some((kind) => !ITEM_LINE_COLUMNS.has(kind))) lines.push(headerLine(header));
        lines.push(...taskTableLines(rows, kinds));
      }
    } else {
      for (const row of block.rows) for (const cell of row) lines.push(...cell.paragraphs);
    }
  }
  return lines.join('\n');
}
