/**
 * Task tables (任务分工表) flattened to text, as they arrive when a table is pasted from Word or a PDF:
 * - a header of column names (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 …) on one line, separated by spaces,
 *   tabs or `|`, or one name per line;
 * - rows on one line (`1 地区生产总值增长7%以上。 发改委`, `|1|…|…|`) or one cell per line after a bare number.
 * Cells are given to columns by what they hold (a unit list, a deadline, text), left to right, so empty cells that
 * vanished in the paste do not shift the columns. Section headings between rows (一、…) stay with the structure.
 */
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { readMarker } from './numbering';
import { readScoredRows } from './scoredRows';
import {
  assign,
  byColumn,
  cellsFitColumns,
  isDeadlineCell,
  isPersonCell,
  isUnitCell,
  pipeCells,
  tokensOf,
  type Token,
} from './tableCells';
import {
  assessorsAnswer,
  baselineYear,
  columnKind,
  isFigureColumn,
  isHeader,
  noteMeasure,
  ROLE_OF,
  settleHeader,
  settleUnknownColumns,
  splitFigureColumns,
  withoutParentColumn,
  type ColumnKind,
} from './tableColumns';
import {
  addRow,
  dropMergedTaskColumn,
  isHeading,
  measureFromHeader,
  itemMarker,
  skippable,
  unitsFromAbove,
  type FlatTables,
  type TableRow,
} from './tableRows';

const BARE_NUMBER = /^(\d{1,3})[.、]?$/;

/** A row's number at the start of its line (`12 `, `★6 `: a star marks a key task, not a unit). */
const ROW_NUMBER = /^[★☆▲]?(\d{1,3})[.、]?(?=\s|$)/;

const MAX_ROW_LINES = 40;

/** A task's text in a row without a number is a sentence, longer than a category label. */
const MIN_UNNUMBERED_TASK = 12;

/** A column's note wrapped onto a line of its own (`(%)`, `(万元)`). */
const WRAPPED_NOTE = /^\([^()]{1,8}\)$/;

/** The first part of a column name wrapped in its cell is short (`区政府` / `分管领导`). */
const MAX_WRAPPED_HEADER = 6;

/** How far a header's lines are searched for a unit column still to come. */
const MAX_HEADER_LOOKAHEAD = 12;

/** A group's category cell is a short label. */
const MAX_GROUP_LABEL = 40;

/** Section rows stacked above a group's first row: a part, its heading's marker and its title. */
const MAX_STACKED_LABELS = 3;

/** A category cell is a short label, not a task's text. */
const MAX_CATEGORY_CELL = 30;

/** Column kinds of a header line, or undefined when the line is not a header. */
function inlineHeader(
  line: ClassifiedLine,
): { kinds: ColumnKind[]; names: string[]; pipes: boolean; unread: string[] } | undefined {
  if (line.kind !== 'text' && line.kind !== 'unit-line') return undefined;
  const pipes = line.text.includes('|');
  const tokens = pipes ? tokensOf(line, 0, /\|/g) : spacedOutNames(tokensOf(line, 0, / +/g));
  if (tokens.length < 2) return undefined;
  // A `|` row is a table's own line: a column whose name we do not know (`1-9月份工作取得成效`, `监督电话`) is kept
  // apart as another column when the known ones make a header. Between spaces, every name must be known.
  const known = tokens.map((t) => columnKind(t.text));
  const unknown = tokens.filter((_, k) => known[k] === undefined);
  if (
    unknown.length > 0 &&
    (!pipes || unknown.length * 2 >= tokens.length || !unknown.every((t) => columnLike(t.text)))
  )
    return undefined;
  // A category column's cells head their rows as headings or are named as group cells.
  const read = settleUnknownColumns(known);
  const names = tokens.map((t) => t.text);
  const kinds = assessorsAnswer(baselineYear(read, names));
  if (!isHeader(kinds)) return undefined;
  const final = settleHeader(kinds, names);
  // Columns after the task that no item takes in (备注, 进展情况, 责任领导, a name we do not know): named to the office.
  const task = final.indexOf('task');
  const unread = names.filter((_, c) => c > task && (final[c] === 'other' || final[c] === 'person'));
  return { kinds: final, names, pipes, unread };
}

/**
 * Between spaces, a name spaced out to fill its cell (`序号 工 作 任 务 牵头负责部门`) is one name: runs of two or more
 * single characters are joined.
 */
function spacedOutNames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const single = (t: Token | undefined) => t !== undefined && /^[\u4e00-\u9fff]$/.test(t.text);
  for (let k = 0; k < tokens.length; k++) {
    let end = k;
    while (single(tokens[k]) && single(tokens[end + 1])) end++;
    const first = tokens[k] as Token;
    if (end === k) {
      out.push(first);
      continue;
    }
    const last = tokens[end] as Token;
    const text = tokens
      .slice(k, end + 1)
      .map((t) => t.text)
      .join('');
    out.push({ ...first, to: last.to, text });
    k = end;
  }
  return out;
}

/** A column's name: a short label, not a cell of sentences or figures. */
function columnLike(written: string): boolean {
  // `国家园林城市 标准或要求`: a name wrapped in its cell keeps the break as a space.
  const text = written.replace(/ /g, '');
  return (
    text.length >= 2 &&
    // `进展情况、存在问题及下一步打算`: a remark column's name can be long.
    text.length <= 20 &&
    /^[\u4e00-\u9fff\d()\-—~、/]+$/.test(text) &&
    /[\u4e00-\u9fff]{2}/.test(text)
  );
}

/** An office that signs a notice (`区人民政府办公室`, `县政府`, `市委办公室`). */
const ISSUER = /(人民政府|政府|办公室|委员会|办公厅)$/;

/** Finds the flattened task tables of a notice. */
export function findTables(lines: readonly ClassifiedLine[], registry: UnitRegistry): FlatTables {
  const found: FlatTables = {
    rows: new Map(),
    consumed: new Set(),
    headings: new Map(),
    tables: [],
    inherited: [],
    continued: [],
    groupCells: [],
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank' || found.consumed.has(i)) continue;
    const inline = inlineHeader(line);
    if (inline) {
      found.consumed.add(i);
      const sub = subHeader(lines[i + 1]);
      const parent = inline.kinds.indexOf('responsible');
      if (sub && parent >= 0 && !inline.kinds.includes('lead')) {
        // 序号 任务 责任单位 完成时限 / 牵头单位 配合单位: the second row splits the 责任单位 column.
        inline.kinds.splice(parent, 1, ...sub);
        inline.names.splice(
          parent,
          1,
          ...tokensOf(lines[i + 1] as ClassifiedLine, 0, / +|\|/g).map((t) => t.text),
        );
        found.consumed.add(++i);
      }
      const next = lines[i + 1];
      const figures =
        next && (next.kind === 'text' || next.kind === 'unit-line')
          ? splitFigureColumns(
              inline.kinds,
              inline.names,
              tokensOf(next, 0, next.text.includes('|') ? /\|/g : / +/g).map((t) => t.text),
            )
          : undefined;
      if (figures) {
        // 2021年完成 | 2022年计划 over 绝对值 | 增长% | 绝对值 | 增长%: each year's column is a figure and its growth.
        inline.kinds = figures.kinds;
        inline.names = figures.names;
        found.consumed.add(++i);
      }
      found.tables.push({ line, columns: inline.names, unread: inline.unread });
      const from = i + 1;
      i = inline.pipes
        ? readPipeRows(lines, from, inline.kinds, registry, found)
        : readSpaceRows(lines, from, inline.kinds, registry, found);
      settleTable(found, from, i, inline);
      continue;
    }
    const stacked = stackedHeader(lines, i, registry);
    if (stacked) {
      for (let h = i; h < stacked.end; h++) found.consumed.add(h);
      found.tables.push({ line, columns: stacked.names });
      i = stacked.scored
        ? readScoredRows(lines, stacked.end, stacked.kinds, registry, found)
        : readStackedRows(lines, stacked.end, stacked.kinds, registry, found);
      settleTable(found, stacked.end, i, stacked);
    } else if (found.tables.length === 0 && headerlessPipeRows(lines, i, registry)) {
      // `1 | 完成27所学校… | 县教育局 | 已经安装… | 按时序推进 |` with no header on the page: the number, the task,
      // its units, then columns read as remarks.
      const cells = pipeCells(line, i).length;
      const kinds: ColumnKind[] = [
        ...IMPLIED_COLUMNS,
        ...Array<ColumnKind>(Math.max(0, cells - 3)).fill('other'),
      ];
      found.tables.push({ line, columns: [...IMPLIED_COLUMN_NAMES] });
      const from = i;
      i = readPipeRows(lines, from, kinds, registry, found);
      settleTable(found, from, i);
    } else if (found.tables.length === 0 && markedPipeRows(lines, i, registry)) {
      // `(一)做好… | 1.主动公开… | 区发展改革局…办理。 |` with no header: heading cells, the item numbered inside its
      // task cell, then its units (and remarks).
      const cells = pipeCells(line, i).length;
      const kinds: ColumnKind[] = [
        'task',
        'responsible',
        ...Array<ColumnKind>(Math.max(0, cells - 3)).fill('other'),
      ];
      found.tables.push({ line, columns: IMPLIED_COLUMN_NAMES.slice(1) });
      const from = i;
      i = readPipeRows(lines, from, kinds, registry, found);
      settleTable(found, from, i);
    } else if (found.tables.length === 0 && headerlessRowsAt(lines, i, registry)) {
      // A page that begins below the table's header: rows of a number, a task and its units, one cell per line.
      found.tables.push({ line, columns: [...IMPLIED_COLUMN_NAMES] });
      const from = i;
      // Without a header, a heading right after a row's number is a category cell merged over its group.
      i = readStackedRows(lines, from, IMPLIED_CELL_COLUMNS, registry, found, true);
      settleTable(found, from, i);
    }
  }
  return found;
}

/** The columns read when a table's header is missing: 序号, the task, its units. */
const IMPLIED_COLUMNS: readonly ColumnKind[] = ['number', 'task', 'responsible'];
const IMPLIED_COLUMN_NAMES = ['序号', '工作任务', '责任单位'] as const;
/** One cell per line: after the units, a leader, a deadline and remarks (a phone number) may follow. */
const IMPLIED_CELL_COLUMNS: readonly ColumnKind[] = [
  ...IMPLIED_COLUMNS,
  'person',
  'deadline',
  'other',
  'other',
];

/** The next line from `at` that is not blank, and its index. */
function nextFilled(lines: readonly ClassifiedLine[], at: number): number {
  let k = at;
  while (k < lines.length && (lines[k] as ClassifiedLine).kind === 'blank') k++;
  return k;
}

/** Whether `|` rows of a number, a task's text and a unit cell start at `at`, two in a row (N, N+1). */
function headerlessPipeRows(lines: readonly ClassifiedLine[], at: number, registry: UnitRegistry): boolean {
  const row = (k: number): number | undefined => {
    const line = lines[k];
    if (!line || !line.text.includes('|')) return undefined;
    const cells = pipeCells(line, k);
    const number = BARE_NUMBER.exec(cells[0]?.text ?? '');
    const task = cells[1]?.text ?? '';
    if (!number?.[1] || cells.length < 3 || task.length < MIN_UNNUMBERED_TASK || isUnitCell(task, registry))
      return undefined;
    return isUnitCell(cells[2]?.text ?? '', registry) ? Number(number[1]) : undefined;
  };
  const first = row(at);
  // Lines of separators only (`|`, an empty row's cells) read as blank and are passed over.
  return first !== undefined && row(nextFilled(lines, at + 1)) === first + 1;
}

/**
 * Whether `|` rows start at `at` whose task cell opens with the item's number (`1.主动公开…`), heading cells
 * (`(一)…`) before it and a unit cell after it, two in a row (N, N+1).
 */
function markedPipeRows(lines: readonly ClassifiedLine[], at: number, registry: UnitRegistry): boolean {
  const row = (k: number): number | undefined => {
    const line = lines[k];
    if (!line || !line.text.includes('|')) return undefined;
    const cells = pipeCells(line, k).filter((c) => c.text !== '');
    let c = 0;
    while (c < cells.length - 2 && /^cn/.test(readMarker(cells[c]?.text ?? '')?.style ?? '')) c++;
    const marker = itemMarker(cells[c]?.text ?? '');
    const task = (cells[c]?.text ?? '').slice(marker?.length ?? 0);
    if (!marker || task.length < MIN_UNNUMBERED_TASK || isUnitCell(task, registry)) return undefined;
    return isUnitCell(cells[c + 1]?.text ?? '', registry) ? marker.value : undefined;
  };
  const first = row(at);
  return first !== undefined && row(nextFilled(lines, at + 1)) === first + 1;
}

/**
 * A row whose number stands alone on its line at `at`, then (a heading may come first: a category cell merged over
 * its group) a task's text and a unit cell; its number, or undefined.
 */
function numberedRowAt(
  lines: readonly ClassifiedLine[],
  at: number,
  registry: UnitRegistry,
): number | undefined {
  const number = BARE_NUMBER.exec((lines[at] as ClassifiedLine | undefined)?.text ?? '')?.[1];
  if (!number) return undefined;
  let task = nextFilled(lines, at + 1);
  const heading = lines[task];
  if (heading && isHeading(heading)) task = nextFilled(lines, task + 1);
  return unnumberedRowAt(lines, task, registry) ? Number(number) : undefined;
}

/** Whether two rows of a headerless cell table start at `at`, numbered N and N+1. */
function headerlessRowsAt(lines: readonly ClassifiedLine[], at: number, registry: UnitRegistry): boolean {
  const first = numberedRowAt(lines, at, registry);
  if (first === undefined) return false;
  // The next row's number follows within a few lines (the row's other cells: people, dates, a phone number).
  const next = String(first + 1);
  for (let k = at + 1, seen = 0; k < lines.length && seen < MAX_ROW_CELLS; k++) {
    const line = lines[k] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    seen++;
    if (BARE_NUMBER.exec(line.text)?.[1] === next) return numberedRowAt(lines, k, registry) === first + 1;
  }
  return false;
}

/** How many cells a headerless row may hold before the next row's number. */
const MAX_ROW_CELLS = 10;

/**
 * What a table's rows settle once all are read (lines `from`…`to`): a task column merged over groups names them, and
 * the measure a figure column's name gives (`(万元)`) goes to rows without a 单位 cell.
 */
function settleTable(
  found: FlatTables,
  from: number,
  to: number,
  header?: { kinds: readonly ColumnKind[]; names: readonly string[] },
): void {
  const keys = [...found.rows.keys()].filter((key) => key >= from && key <= to);
  dropMergedTaskColumn(found, keys);
  if (header) measureFromHeader(found, keys, noteMeasure(header.kinds, header.names));
}

/** A line that can hold a cell: text, or a line the classifier took for a unit label. */
function cellLine(line: ClassifiedLine | undefined): line is ClassifiedLine {
  return line !== undefined && (line.kind === 'text' || line.kind === 'unit-line');
}

function stackedHeader(
  lines: readonly ClassifiedLine[],
  start: number,
  registry?: UnitRegistry,
): { kinds: ColumnKind[]; names: string[]; end: number; scored?: boolean } | undefined {
  const kinds: ColumnKind[] = [];
  const names: string[] = [];
  let i = start;
  for (; i < lines.length && kinds.length < 12; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank' && kinds.length > 0) continue;
    // `完成目标` / `(%)`: a note wrapped onto a line of its own belongs to the column name above it.
    if (kinds.length > 0 && cellLine(line) && WRAPPED_NOTE.test(line.text)) {
      names[names.length - 1] += line.text;
      continue;
    }
    let kind = cellLine(line) ? columnKind(line.text) : undefined;
    let name = line.text;
    // A column name wrapped over two lines in its cell (`区政府` / `分管领导`, `工程` / `名称`).
    const at = nextFilled(lines, i + 1);
    const next = lines[at];
    // Both parts may be unknown alone when each is short (`责任` / `单位`).
    const part = (l: ClassifiedLine) =>
      columnKind(l.text) !== undefined || l.text.length <= MAX_WRAPPED_HEADER;
    if (!kind && cellLine(line) && cellLine(next) && part(next)) {
      const joined = line.text + next.text;
      const wrapped = line.text.length <= MAX_WRAPPED_HEADER ? columnKind(joined) : undefined;
      if (wrapped) {
        kind = wrapped;
        name = joined;
        i = at;
      }
    }
    // A column we do not know (`建设起止年限`, `资金来源`) among named ones is kept apart as another column while a
    // unit column's name is still to come before the first row.
    if (
      !kind &&
      kinds.length >= 2 &&
      cellLine(line) &&
      columnLike(line.text) &&
      (unitColumnAhead(lines, i + 1) || (kinds.some((k) => k in ROLE_OF) && knownColumnNext(lines, i + 1)))
    )
      kind = 'other';
    if (!kind) break;
    // A task column comes before the unit columns: a task-like line after them (`发展目标`) is the first row's
    // category cell, unless more column names follow it (`序号 | 责任单位 | 考核指标 | 完成时限`).
    const more = nextFilled(lines, i + 1);
    const after = lines[more];
    const named =
      cellLine(after) &&
      (columnKind(after.text) !== undefined || (columnLike(after.text) && knownColumnNext(lines, more + 1)));
    // …or the first row has a cell more than the columns before it (`序号 | 事项名称 | 责任单位 | 事项内容`).
    const column = (firstRowCells(lines, i + 1) ?? 0) > kinds.filter((k) => k !== 'number').length;
    if (kind === 'task' && kinds.some((k) => k in ROLE_OF) && !named && !column) break;
    kinds.push(kind);
    names.push(name);
  }
  const answering = assessorsAnswer(baselineYear(kinds, names));
  if (answering.length < 2 || !(isHeader(answering) || progressHeader(answering, names))) return undefined;
  // Without a 序号 column the rows must still start with bare numbers (a category cell may come first), be rows of
  // a task's text and its unit cell (`任务` / `责任单位` / `时限` over `切实做好…` / `市政府各部门` / `持续推进`), or be
  // rows of an assessment table, each a name followed by its weight.
  const taskFirst =
    answering[0] === 'task' &&
    !answering.some((kind) => kind === 'score' || isFigureColumn(kind)) &&
    registry !== undefined &&
    unnumberedRowAt(lines, i, registry);
  if (!kinds.includes('number') && !numberedRowsAhead(lines, i) && !taskFirst) {
    return answering.includes('score') ? { kinds: answering, names, end: i, scored: true } : undefined;
  }
  return {
    ...withoutParentColumn(settleHeader(answering, names), names),
    end: i,
  };
}

/**
 * Whether the next filled line names a column we know (`累计完成` / `累计进度`): after the unit columns, a name we do
 * not know between two known ones is a column too (a progress table's figures).
 */
function knownColumnNext(lines: readonly ClassifiedLine[], from: number): boolean {
  const next = lines[nextFilled(lines, from)];
  return cellLine(next) && !BARE_NUMBER.test(next.text) && columnKind(next.text) !== undefined;
}

/** Whether a unit column's name (whole or wrapped in two) follows among the header's next lines. */
function unitColumnAhead(lines: readonly ClassifiedLine[], from: number): boolean {
  let seen = 0;
  for (
    let k = nextFilled(lines, from);
    k < lines.length && seen < MAX_HEADER_LOOKAHEAD;
    k = nextFilled(lines, k + 1)
  ) {
    const line = lines[k] as ClassifiedLine;
    if (!cellLine(line) || BARE_NUMBER.test(line.text)) return false;
    const next = lines[nextFilled(lines, k + 1)];
    const kinds = [columnKind(line.text), cellLine(next) ? columnKind(line.text + next.text) : undefined];
    if (kinds.some((kind) => kind !== undefined && kind in ROLE_OF)) return true;
    seen++;
  }
  return false;
}

/**
 * `序号 | 工作内容 | 半年度完成情况`: a progress table without a unit column (each task names its units in its cell):
 * numbered rows of a task and the report on it.
 */
function progressHeader(kinds: readonly ColumnKind[], names: readonly string[]): boolean {
  return (
    kinds.includes('number') &&
    kinds.includes('task') &&
    names.some((name, c) => kinds[c] === 'other' && PROGRESS_COLUMN.test(name))
  );
}
const PROGRESS_COLUMN = /(完成|进展|推进|落实|执行)情况|进度/;

/** How many cells the first row from `from` holds: the lines between its bare number and the next row's. */
function firstRowCells(lines: readonly ClassifiedLine[], from: number): number | undefined {
  const start = nextFilled(lines, from);
  const first = BARE_NUMBER.exec((lines[start] as ClassifiedLine | undefined)?.text ?? '')?.[1];
  if (!first) return undefined;
  let cells = 0;
  for (let k = start + 1; k < lines.length && cells <= MAX_ROW_CELLS; k++) {
    const line = lines[k] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    if (BARE_NUMBER.exec(line.text)?.[1] === String(Number(first) + 1)) return cells;
    cells++;
  }
  return undefined;
}

/** Column names of a second header row under an inline header (`牵头单位 配合单位` under `责任单位`). */
function subHeader(line: ClassifiedLine | undefined): ColumnKind[] | undefined {
  if (!line || (line.kind !== 'text' && line.kind !== 'unit-line')) return undefined;
  const tokens = tokensOf(line, 0, line.text.includes('|') ? /\|/g : / +/g);
  const kinds = tokens.map((t) => columnKind(t.text));
  if (tokens.length === 0 || kinds.some((k) => k === undefined)) return undefined;
  return kinds.some((k) => k !== undefined && k in ROLE_OF) ? (kinds as ColumnKind[]) : undefined;
}

/**
 * A short line with the next row's number right after it: a group's category cell. Section rows merged across the
 * table may stand one above the other (`强化科技创新支撑能力。` / `(一)` / `加强战略科技力量建设。` / `1`).
 */
function groupLabelBefore(lines: readonly ClassifiedLine[], at: number, previous: number): boolean {
  const label = (line: ClassifiedLine) => line.kind === 'text' && line.text.length <= MAX_GROUP_LABEL;
  if (!label(lines[at] as ClassifiedLine)) return false;
  let between = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const next = lines[i] as ClassifiedLine;
    if (next.kind === 'blank') continue;
    if (rowStart(next, previous) !== undefined) return true;
    if (++between > MAX_STACKED_LABELS || !(label(next) || isHeading(next))) return false;
  }
  return false;
}

/**
 * Whether row number 1 (`1`, or `1.` before the task) stands among the next few lines: the rows of a table pasted
 * cell by cell.
 */
function numberedRowsAhead(lines: readonly ClassifiedLine[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 4; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    if (BARE_NUMBER.exec(line.text)?.[1] === '1') return true;
    // `1.对照法律法规…` under the headings of a merged 重点任务 column: the row's number leads its task cell.
    if (line.marker && /^arabic/.test(line.marker.style) && line.marker.value === 1) return true;
    seen++;
  }
  return false;
}

/**
 * A row of an item whose first cell (the project) is merged over several rows: its cells stand under the columns
 * after that one, right-aligned when the task cell is merged too (`2021年11月 | 经开区`); its task, units and deadline
 * go on the item's.
 */
function continueRow(
  project: TableRow,
  placed: readonly Token[],
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
): void {
  const columns = kinds.slice(kinds.indexOf('task') + 1);
  // Cells in place (empty ones kept) when they stand under the columns after the project's…
  let inPlace = [...placed];
  while (inPlace.length > columns.length && inPlace[inPlace.length - 1]?.text === '')
    inPlace = inPlace.slice(0, -1);
  const fits =
    inPlace.length === columns.length &&
    inPlace.every((cell, k) => {
      const kind = columns[k] as ColumnKind;
      if (cell.text === '') return true;
      if (kind === 'deadline') return isDeadlineCell(cell.text);
      return kind in ROLE_OF === isUnitCell(cell.text, registry);
    });
  // …else right-aligned: the task cell is merged too (`2021年11月 | 经开区`).
  const filled = placed.filter((t) => t.text !== '');
  const empty = (at: Token): Token => ({ ...at, from: 0, to: 0, text: '' });
  const aligned =
    filled[0] && filled.length <= columns.length
      ? [...columns.slice(filled.length).map(() => empty(filled[0] as Token)), ...filled]
      : undefined;
  const cells = fits
    ? byColumn(inPlace, columns)
    : aligned && columns.includes('task')
      ? byColumn(aligned, columns)
      : assign(filled, kinds, registry);
  const [first, ...rest] = cells.task;
  project.task = first ? [...project.task, { ...first, newColumn: true }, ...rest] : project.task;
  project.units.push(...cells.units.map((u) => ({ cell: u.cell, role: u.role })));
  if (!project.deadline && cells.deadline) project.deadline = cells.deadline;
}

/**
 * One cell of a `|` row as a line of its own (a heading written in the row's first cell): its places still map to the
 * notice, also when the row was joined from several lines.
 */
function cellAsLine(line: ClassifiedLine, cell: Token): ClassifiedLine {
  const out: ClassifiedLine = { ...line, text: cell.text, column: line.column + cell.from };
  if (line.starts) out.starts = line.starts.map((start) => ({ ...start, at: start.at - cell.from }));
  return out;
}

/** How many cells a row gives up to its last filled one (empty cells after it are the page's). */
function filledLength(cells: readonly Token[]): number {
  let length = cells.length;
  while (length > 0 && cells[length - 1]?.text === '') length--;
  return length;
}

/** How many `|` rows from `start` number their item inside the first cell after any heading cells (`1.…`). */
function innerNumbers(lines: readonly ClassifiedLine[], start: number): number {
  let count = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (skippable(line)) continue;
    if (!line.text.includes('|') || line.kind === 'end-matter') break;
    const cells = tokensOf(line, i, /\|/g).filter((t) => {
      const marker = readMarker(t.text);
      return marker?.style !== 'cn' && marker?.style !== 'cn-paren';
    });
    if (cells.length > 1 && itemMarker(cells[0]?.text ?? '')) count++;
  }
  return count;
}

function readPipeRows(
  lines: readonly ClassifiedLine[],
  start: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  found: FlatTables,
): number {
  let i = start;
  let counter = 0;
  const fromAbove = unitsFromAbove(kinds, found);
  // Items numbered inside their first cell (`1.城市人居环境提升项目 | 道路改造… | 建设局`): a row without a number is
  // more of the item above (its project cell merged over several task rows).
  const numberedInside = kinds.includes('number') ? false : innerNumbers(lines, start) >= 2;
  let project: TableRow | undefined;
  let headingColumn = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (skippable(line)) {
      if (line.kind === 'furniture') found.consumed.add(i);
      continue;
    }
    if (!line.text.includes('|') || line.kind === 'end-matter') break;
    found.consumed.add(i);
    const tokens = tokensOf(line, i, /\|/g);
    if (tokens.length === 0 || inlineHeader(line)) continue;
    const marker = tokens.length === 1 ? readMarker(tokens[0]?.text ?? '') : null;
    if (marker && tokens[0] && (marker.style === 'cn' || marker.style === 'cn-paren')) {
      found.headings.set(i, { ...cellAsLine(line, tokens[0]), kind: 'numbered', marker });
      continue;
    }
    // Cells in place, empty ones included: a row gives every column its cell, so the columns need no guessing.
    let placed = pipeCells(line, i);
    let rowTokens = tokens;
    const numberAt = kinds.indexOf('number');
    // A table without a 序号 column numbers its items inside the task cell (`一、做好财政信息公开。 | 1.积极推进…`):
    // a heading cell before it is the section, the item's number is its own.
    let inner: { no: number; label: string } | undefined;
    let categoryCells = 0;
    if (numberAt < 0) {
      // Heading cells before the item's (`一、… | (一)… | 1.…`): the one nearest the item heads it (a line holds one
      // heading).
      // The item's number in a cell of its own (`一、… | 1 | 紧扣民生领域… | 办公室牵头…`) or leading its text.
      const at = tokens.findIndex(
        (t, k) => k <= 2 && (itemMarker(t.text) !== undefined || (k > 0 && BARE_NUMBER.test(t.text))),
      );
      const headingCells = tokens
        .slice(0, Math.max(0, at))
        .map((t) => ({ cell: t, marker: readMarker(t.text) }));
      const isHeadingCell = (h: (typeof headingCells)[number]): boolean =>
        h.marker?.style === 'cn' || h.marker?.style === 'cn-paren';
      const nearest = headingCells[headingCells.length - 1];
      const headed = at >= 1 && nearest?.marker !== undefined && headingCells.every(isHeadingCell);
      // `生 态 环 境 | 1、城市大环境绿化… | …`: a category cell merged over its group, before the cell that numbers
      // the item, names the group.
      const categorised =
        !headed &&
        at >= 1 &&
        kinds[0] === 'task' &&
        itemMarker(tokens[at]?.text ?? '') !== undefined &&
        headingCells.every(
          (h) => !h.marker && h.cell.text.length <= MAX_CATEGORY_CELL && !isUnitCell(h.cell.text, registry),
        );
      if (headed && nearest?.marker) {
        // `工作任务 | 具体要求 | 责任单位`: a first task column of headings (`一、…`) merged over its rows is not a
        // column of the rows; the rows below it give their cells from the second on.
        if (at === 1 && kinds[0] === 'task' && kinds.indexOf('task', 1) > 0) headingColumn = true;
        found.headings.set(i, {
          ...cellAsLine(line, nearest.cell),
          kind: 'numbered',
          marker: nearest.marker,
        });
      }
      if (categorised) {
        for (const h of headingCells) found.groupCells.push({ line, text: h.cell.text });
        categoryCells = at;
      }
      // Either way the row's cells start at the item's.
      if (headed || categorised) {
        rowTokens = tokens.slice(at);
        placed = placed.slice(placed.indexOf(placed.find((c) => c.from === rowTokens[0]?.from) as Token));
      }
      const bare = rowTokens.length > 1 ? BARE_NUMBER.exec(rowTokens[0]?.text ?? '') : null;
      if (bare?.[1]) {
        inner = { no: Number(bare[1]), label: bare[1] };
        const numberCell = rowTokens[0] as Token;
        rowTokens = rowTokens.slice(1);
        placed = placed.filter((c) => c.from !== numberCell.from);
      }
      const cell = rowTokens[0];
      const item = bare?.[1] ? undefined : cell ? itemMarker(cell.text) : undefined;
      if (cell && item) {
        inner = { no: item.value, label: item.label };
        const trimmed = { ...cell, from: cell.from + item.length, text: cell.text.slice(item.length) };
        rowTokens = [trimmed, ...rowTokens.slice(1)];
        placed = placed.map((c) => (c.from === cell.from ? trimmed : c));
      }
    }
    // The row that holds a heading cell gives its own cells from the second column on; a row below it, short of the
    // merged cell (`2.… | units | 9月底前 | |`), is set in place as any row with a cell merged away is.
    let rowKinds =
      headingColumn && found.headings.has(i)
        ? kinds.slice(1)
        : categoryCells > 0
          ? kinds.slice(categoryCells)
          : kinds;
    // One cell more than the columns, the first a short label: a category cell merged over its group's rows and
    // written on the first of them (`深化政府信息公开内容 | 推进重要政府信息公开 | … | 市规划局、… |`).
    const category = placed[0];
    if (
      category &&
      placed.length === rowKinds.length + 1 &&
      category.text.length <= MAX_CATEGORY_CELL &&
      !isUnitCell(category.text, registry) &&
      cellsFitColumns(placed.slice(1), rowKinds, registry)
    ) {
      placed = placed.slice(1);
      rowTokens = rowTokens.filter((t) => t.from !== category.from);
      found.groupCells.push({ line, text: category.text });
    }
    // One cell short and ending in the units the last column holds (`服务业增加值占生产总值比重 | % | … | 市发改委`
    // under `类别 | 指标 | 单位 | … | 考核责任单位`): the first column's cell is merged with the rows above.
    if (
      rowKinds === kinds &&
      numberAt !== 0 &&
      !numberedInside &&
      kinds.length > 2 &&
      (kinds[kinds.length - 1] as ColumnKind) in ROLE_OF &&
      placed.length === kinds.length - 1 &&
      isUnitCell(placed[placed.length - 1]?.text ?? '', registry) &&
      cellsFitColumns(placed, kinds.slice(1), registry)
    )
      rowKinds = kinds.slice(1);
    // Empty cells past the last column (`… | 示范区农业局 | ||||`) are the page's, not the row's.
    while (placed.length > rowKinds.length && placed[placed.length - 1]?.text === '')
      placed = placed.slice(0, -1);
    // `新增托位500个。 | 新增托位600个。 | ||` under `序号 | 项目内容 | 进展情况 | 责任单位`: a row of the item above with
    // its number cell merged away starts at the task; put the empty number cell back (its units come from above).
    if (
      numberAt === 0 &&
      placed.length === rowKinds.length &&
      placed[placed.length - 1]?.text === '' &&
      !BARE_NUMBER.test(placed[0]?.text ?? '') &&
      itemMarker(placed[0]?.text ?? '') === undefined
    ) {
      const gap: Token = { line, index: i, from: 0, to: 0, text: '' };
      const shifted = [gap, ...placed.slice(0, -1)];
      if (cellsFitColumns(shifted, rowKinds, registry)) placed = shifted;
    }
    // `2 | 任务 | 计划 | 已完成… | |`: the unit cell merged with the row above is left out and the cells after it
    // moved left; put the empty cell back where the units stand.
    const unitAt = rowKinds.findIndex((kind) => kind in ROLE_OF);
    if (
      unitAt > 0 &&
      placed.length === rowKinds.length &&
      placed[placed.length - 1]?.text === '' &&
      !cellsFitColumns(placed, rowKinds, registry)
    ) {
      const gap: Token = { line, index: i, from: 0, to: 0, text: '' };
      const shifted = [...placed.slice(0, unitAt), gap, ...placed.slice(unitAt, -1)];
      if (cellsFitColumns(shifted, rowKinds, registry)) placed = shifted;
    }
    // A row of an item numbered inside its first cell, without a number and short of cells: more of the item above.
    if (
      numberedInside &&
      !inner &&
      project &&
      !found.headings.has(i) &&
      filledLength(placed) < rowKinds.length
    ) {
      continueRow(project, placed, rowKinds, registry);
      found.continued.push({ line, no: project.no });
      continue;
    }
    const direct = placed.length === rowKinds.length && cellsFitColumns(placed, rowKinds, registry);
    const written = direct ? placed[numberAt]?.text : rowTokens[0]?.text;
    const number = numberAt >= 0 ? BARE_NUMBER.exec(written ?? '') : null;
    const no = number?.[1] ? Number(number[1]) : (inner?.no ?? counter + 1);
    counter = no;
    const cells = direct
      ? byColumn(placed, rowKinds)
      : assign(number?.[1] && numberAt === 0 ? rowTokens.slice(1) : rowTokens, rowKinds, registry);
    // Only a row with fewer cells than columns, or with its unit cells left empty, can have its unit cell merged
    // with the row above.
    const unitCellsEmpty = rowKinds.every((kind, c) => !(kind in ROLE_OF) || (placed[c]?.text ?? '') === '');
    const row = fromAbove(cells, line, no, placed.length < rowKinds.length || unitCellsEmpty);
    addRow(found, { line, index: i }, no, number?.[1] ?? inner?.label ?? String(no), row);
    project = found.rows.get(i);
    // Under a column of merged headings, a row's first task cell is its own text (`2.公开学生资助政策 | …`), not a
    // group's name.
    if (project && headingColumn && rowKinds === kinds)
      project.task = project.task.map((cell) => ({ ...cell, leading: false }));
  }
  return i - 1;
}

function readSpaceRows(
  lines: readonly ClassifiedLine[],
  start: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  found: FlatTables,
): number {
  let i = start;
  let last:
    | { tokens: Token[]; first: { line: ClassifiedLine; index: number }; no: number; label: string }
    | undefined;
  const flush = (): void => {
    if (last) addRow(found, last.first, last.no, last.label, assign(last.tokens, kinds, registry));
  };
  for (; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    // The next row's number alone on its line reads as a page number; here it starts the row.
    const nextNumber = BARE_NUMBER.exec(line.text)?.[1] === String((last?.no ?? 0) + 1);
    if ((skippable(line) && !nextNumber) || isHeading(line)) continue;
    if (inlineHeader(line)) {
      found.consumed.add(i);
      continue;
    }
    const number = ROW_NUMBER.exec(line.text);
    if (number?.[1] && (line.text.length > number[0].length || Number(number[1]) === (last?.no ?? 0) + 1)) {
      flush();
      // A number alone on its line: the row's cells follow, one per line.
      // A person's name spaced out to fill its cell (`王  忠`) is one cell.
      const tokens = spacedOutNames(tokensOf(line, i, / {1,}/g).slice(1));
      last = { tokens, first: { line, index: i }, no: Number(number[1]), label: number[1] };
      found.consumed.add(i);
      continue;
    }
    // A cell broken over lines continues the row until its units are read.
    const cells = last ? assign(last.tokens, kinds, registry) : undefined;
    if (last && line.kind === 'text' && cells && cells.units.length === 0) {
      last.tokens.push(...spacedOutNames(tokensOf(line, i, / {1,}/g)));
      found.consumed.add(i);
      continue;
    }
    // Units a cell puts on lines of their own (区财政局 / 区税务局) and the next unit cell continue the row too; the
    // last unit cell may close the row with its deadline beside it (`区发改委、区经信局…。 2023年12月底`).
    const more = tokensOf(line, i, / {1,}/g);
    // An issuer with a day's date (`区人民政府办公室 2023年3月1日`) signs the notice; it does not close the row.
    const signature =
      more.length === 2 && ISSUER.test(more[0]?.text ?? '') && /\d{1,2}日$/.test(more[1]?.text ?? '');
    const closing = (t: Token, k: number): boolean =>
      k === more.length - 1 && k > 0 && kinds.includes('deadline') && isDeadlineCell(t.text) && !signature;
    const unitCells = more.length > 0 && more.every((t, k) => isUnitCell(t.text, registry) || closing(t, k));
    // So does the cell of a last column that is not units (上半年推进情况) after the row's units.
    const trailing = kinds[kinds.length - 1];
    const lastToken = last?.tokens[last.tokens.length - 1];
    if (
      last &&
      (line.kind === 'text' || (line.kind === 'unit-line' && trailing === 'other')) &&
      (trailing === 'other' || trailing === 'deadline') &&
      lastToken !== undefined &&
      (isUnitCell(lastToken.text, registry) || (trailing === 'other' && lastToken.trailing === true)) &&
      !unitCells
    ) {
      // The progress cell may go on over several lines (`发展改革委:…` / `生态环境分局:…`).
      last.tokens.push({ line, index: i, from: 0, to: line.text.length, text: line.text, trailing: true });
      found.consumed.add(i);
      continue;
    }
    if (last && line.kind === 'text' && unitCells) {
      // One more name under a lone name (区财政局 / 区税务局) is the same cell; a list starts the next one.
      const before = last.tokens[last.tokens.length - 1];
      const lone = (t: Token | undefined) => t !== undefined && !/[、,;]/.test(t.text);
      if (more.length === 1 && lone(more[0]) && lone(before) && isUnitCell(before?.text ?? '', registry))
        (more[0] as Token).sameCell = true;
      last.tokens.push(...more);
      found.consumed.add(i);
      continue;
    }
    break;
  }
  flush();
  return i - 1;
}

function readStackedRows(
  lines: readonly ClassifiedLine[],
  start: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  found: FlatTables,
  headingCells = kinds.filter((kind) => kind === 'task').length >= 2,
): number {
  let i = start;
  let previous = 0;
  const withUnits = unitsFromAbove(kinds, found);
  const columns = kinds.filter((k) => k !== 'number').length;
  const figures = kinds.some(isFigureColumn);
  // A 序号 column left empty (`序号 | 目标与任务 | 牵头责任单位 | 责任单位` over rows of text and units alone), or
  // none at all over rows that do not number themselves: each row is its task's text and the unit cells after it.
  const unnumbered =
    (kinds.includes('number') || !numberedRowsAhead(lines, start)) && unnumberedRowAt(lines, start, registry);
  // With no 序号 column at all, a bare number in such a row is a cell (a month, a score), never a row's number.
  const cellsOnly = unnumbered && !kinds.includes('number');
  const rowOf = (line: ClassifiedLine, previous: number) =>
    cellsOnly ? undefined : rowStart(line, previous);
  // Under a heading inside the table (`二、常务副区长…牵头重点工作`, the header again) the rows may number from 1 again.
  let restart = false;
  while (i < lines.length) {
    const line = lines[i] as ClassifiedLine;
    // `一、核心指标(2项)` / `50` / `1` / `城镇居民…`: a section row's own figure (its weight) before the number of the
    // row that comes next is the section's cell, not a row.
    if ((restart || previous === 0) && sectionFigure(lines, i, previous)) {
      found.consumed.add(i);
      i++;
      continue;
    }
    // A bare number reads as a page number on its own; in a table it starts a row.
    const row =
      rowOf(line, restart ? 0 : previous) ??
      (unnumbered && unnumberedRowAt(lines, i, registry)
        ? { no: previous + 1, label: String(previous + 1), restFrom: 0 }
        : undefined) ??
      (cellsOnly ? undefined : jumpedRow(lines, i, previous, registry));
    if (!row && (skippable(line) || isHeading(line))) {
      if (isHeading(line)) restart = true;
      i++;
      continue;
    }
    // The header again after a page break: its lines are passed over and the rows go on.
    const repeated = row ? undefined : stackedHeader(lines, i);
    if (repeated) {
      for (let h = i; h < repeated.end; h++) found.consumed.add(h);
      i = repeated.end;
      restart = true;
      continue;
    }
    // A merged category cell written once, before the number of its group's first row, labels the group.
    if (!row && groupLabelBefore(lines, i, previous)) {
      found.consumed.add(i);
      found.groupCells.push({ line, text: line.text });
      i++;
      continue;
    }
    if (!row) break;
    restart = false;
    found.consumed.add(i);
    const tokens: Token[] = [];
    if (row.restFrom < line.text.length)
      tokens.push({
        line,
        index: i,
        from: row.restFrom,
        to: line.text.length,
        text: line.text.slice(row.restFrom),
      });
    let j = i + 1;
    // `1` then `(一)围绕…` in a table with two task columns: the heading is a 任务名称 cell merged over the rows of
    // its group, so it heads the group and this row goes on.
    let headingCell: number | undefined;
    for (; j < lines.length && j - i <= MAX_ROW_LINES; j++) {
      const next = lines[j] as ClassifiedLine;
      if (isHeading(next) && tokens.length === 0 && headingCell === undefined && headingCells) {
        headingCell = j;
        continue;
      }
      // In a table of figures a bare number is a cell (`5` under 权重) unless it is the next row's number after a
      // cell of this row's text, or a later row's (a gap in the numbering) once this row has all its cells.
      const start = rowOf(next, row.no);
      const cellNumber =
        figures &&
        BARE_NUMBER.test(next.text) &&
        !(start?.no === row.no + 1 ? tokens.length >= 2 : tokens.length >= columns);
      const nextRow = start !== undefined && !cellNumber;
      if (
        next.kind === 'end-matter' ||
        isHeading(next) ||
        nextRow ||
        inlineHeader(next) ||
        (columnKind(next.text) !== undefined && stackedHeader(lines, j) !== undefined)
      )
        break;
      // In rows without numbers the next task's text ends the row once its units are read.
      if (
        unnumbered &&
        unnumberedRowAt(lines, j, registry) &&
        tokens.some((t) => isUnitCell(t.text, registry))
      )
        break;
      const bareNumber =
        next.kind === 'furniture' && !/^[-—–~ ]+\d/.test(next.text) && BARE_NUMBER.test(next.text);
      // A bare number inside a row is a page number, except in a table of figures, where it is a value (`0`).
      if (bareNumber && !figures && !cellsOnly) break;
      // A year alone (`2024` under 建设时间) is the row's cell, and so is any figure in a table of figures
      // (`3000` under 年度投资金额); another number or date line is page furniture.
      const yearCell =
        /^(19|20)\d{2}年?$/.test(next.text) && (next.kind === 'date' || next.kind === 'furniture');
      const figureCell =
        (figures || cellsOnly) && next.kind === 'furniture' && /^\d+(\.\d+)?$/.test(next.text);
      if (
        next.kind === 'blank' ||
        (next.kind === 'furniture' && !bareNumber && !yearCell && !figureCell) ||
        (next.kind === 'date' && !yearCell)
      )
        continue;
      tokens.push({ line: next, index: j, from: 0, to: next.text.length, text: next.text });
    }
    // `1` then `主要预期目标` then `1.地区生产总值…`: the item's own number inside its cell is not its text.
    const own = tokens.findIndex((t, k) => k <= 2 && itemMarker(t.text)?.value === row.no);
    if (own >= 0) {
      const token = tokens[own] as Token;
      const length = (itemMarker(token.text) as { length: number }).length;
      tokens[own] = { ...token, from: token.from + length, text: token.text.slice(length) };
    }
    const cells = assign(tokens, kinds, registry);
    // The heading stands where the row's number is, and the row where the heading was: the group comes first.
    const key = headingCell ?? i;
    if (headingCell !== undefined) found.headings.set(i, lines[headingCell] as ClassifiedLine);
    // Text after the last row's cells (closing remarks) is not part of the table; a category cell standing before
    // the next row's number labels the next group.
    let end = j;
    const nextRow = j < lines.length && rowStart(lines[j] as ClassifiedLine, row.no) !== undefined;
    if (tokens.length > columns && cells.rest.length > 0) {
      const firstRest = cells.rest[0] as Token;
      end = nextRow && cells.rest.length <= 2 ? j : firstRest.index;
      const kept = tokens.filter((t) => t.index < end);
      addRow(
        found,
        { line, index: key },
        row.no,
        row.label,
        withUnits(assign(kept, kinds, registry), line, row.no),
      );
    } else addRow(found, { line, index: key }, row.no, row.label, withUnits(cells, line, row.no));
    for (let k = i + 1; k < end; k++) found.consumed.add(k);
    previous = row.no;
    i = end;
    if (end < j) break;
  }
  return i - 1;
}

/** How many lines on a section row's figure may stand before the next row's number. */
const MAX_SECTION_CELLS = 3;

/**
 * Whether the bare number at `at` is a figure of the section row before it: not the next row's number (nor 1), and
 * that number follows within a few lines.
 */
function sectionFigure(lines: readonly ClassifiedLine[], at: number, previous: number): boolean {
  const value = BARE_NUMBER.exec((lines[at] as ClassifiedLine).text)?.[1];
  if (value === undefined || Number(value) === previous + 1 || Number(value) === 1) return false;
  const next = String(previous + 1);
  for (let k = at + 1, seen = 0; k < lines.length && seen < MAX_SECTION_CELLS; k++) {
    const line = lines[k] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    if (BARE_NUMBER.exec(line.text)?.[1] === next) return true;
    seen++;
  }
  return false;
}

/**
 * A row further on in the notice's numbering (`3` then `68`: a department's extract of a longer list): a bare number
 * past the last, then a task's text and a unit cell.
 */
function jumpedRow(
  lines: readonly ClassifiedLine[],
  at: number,
  previous: number,
  registry: UnitRegistry,
): { no: number; label: string; restFrom: number } | undefined {
  const no = numberedRowAt(lines, at, registry);
  const line = lines[at] as ClassifiedLine;
  return no !== undefined && no > previous
    ? { no, label: String(no), restFrom: line.text.length }
    : undefined;
}

/** Whether a row without a number starts at `at`: a task's text (not a unit cell), the next line a unit cell. */
function unnumberedRowAt(lines: readonly ClassifiedLine[], at: number, registry: UnitRegistry): boolean {
  let k = nextFilled(lines, at);
  const line = lines[k];
  if (
    !line ||
    line.kind !== 'text' ||
    line.text.length < MIN_UNNUMBERED_TASK ||
    isUnitCell(line.text, registry)
  )
    return false;
  k = nextFilled(lines, k + 1);
  // A 牵头领导 column before the units: its people, one per line (`祝振伟` / `陈夏林`), stand between.
  for (let people = 0; people < MAX_ROW_PEOPLE && lines[k] && isPersonLine(lines[k], registry); people++)
    k = nextFilled(lines, k + 1);
  const next = lines[k];
  return (
    next !== undefined &&
    (next.kind === 'text' || next.kind === 'unit-line') &&
    isUnitCell(next.text, registry)
  );
}

/** People in a row's leader cell, one per line. */
const MAX_ROW_PEOPLE = 4;

/** A line that is a person's name (a leader's cell), not a unit. */
function isPersonLine(line: ClassifiedLine | undefined, registry: UnitRegistry): boolean {
  return (
    line !== undefined && line.kind === 'text' && isPersonCell(line.text) && !isUnitCell(line.text, registry)
  );
}

/** A line that starts a stacked row: a bare number, or a number followed by the task, next after `previous`. */
function rowStart(
  line: ClassifiedLine,
  previous: number,
): { no: number; label: string; restFrom: number } | undefined {
  if (line.kind === 'blank') return undefined;
  const bare = BARE_NUMBER.exec(line.text);
  const value = bare?.[1]
    ? Number(bare[1])
    : line.marker && /^arabic/.test(line.marker.style)
      ? line.marker.value
      : NaN;
  // The first row may have any number: a page or an excerpt can begin in the middle of a table (`24 |`).
  if (!Number.isFinite(value) || value <= previous || (previous > 0 && value > previous + 5))
    return undefined;
  if (bare?.[1]) return { no: value, label: bare[1], restFrom: line.text.length };
  const marker = line.marker;
  return marker ? { no: value, label: marker.label, restFrom: marker.length } : undefined;
}
