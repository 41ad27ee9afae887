/**
 * Task tables (任务分工表) flattened to text, as they arrive when a table is pasted from Word or a PDF:
 * - a header of column names (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 …) on one line, separated by spaces,
 *   tabs or `|`, or one name per line;
 * - rows on one line (`1 地区生产总值增长7%以上。 发改委`, `|1|…|…|`) or one cell per line after a bare number.
 * Cells are given to columns by what they hold (a unit list, a deadline, text), left to right, so empty cells that
 * vanished in the paste do not shift the columns. Section headings between rows (一、…) stay with the structure.
 */
import type { Role } from '../schema';
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { readDeadline } from './deadline';
import { DiagnosticSink } from './diagnostics';
import { readMarker } from './numbering';
import { parseUnitClause } from './unitClause';
import { looksLikeUnit } from '../units/unitShape';

/** What a column of a task table holds. */
export type ColumnKind =
  | 'number'
  | 'task'
  | 'value'
  | 'measure'
  | 'lead'
  | 'cooperate'
  | 'responsible'
  | 'assessor'
  | 'deadline'
  | 'person'
  | 'score'
  | 'other';

const COLUMN_NAMES: ReadonlyArray<readonly [RegExp, ColumnKind]> = [
  [/^(序号|编号|序)$/, 'number'],
  [/^(牵头单位|牵头部门|牵头责任单位|主责单位|主责部门|牵头处室|主办单位)$/, 'lead'],
  [
    /^(配合单位|配合部门|协同单位|协同责任单位|协办单位|参与单位|配合处室|协同部门|配合责任单位)$/,
    'cooperate',
  ],
  [/^(责任单位|责任部门|责任主体|实施单位|责任处室|承办单位|落实单位|责任单位及分工)$/, 'responsible'],
  [/^(完成时限|完成时间|时间节点|时限|完成期限|时间安排|进度安排|时间要求|时限要求|进度要求)$/, 'deadline'],
  [/^([\u4e00-\u9fff]{0,4}领导|责任人|联系人|负责人)$/, 'person'],
  [
    /^(目标值|指标值|年度目标|预期目标|目标要求|年度目标任务|目标数|年度目标值|预期效果|预期值|目标值\/预期值)$/,
    'value',
  ],
  // An assessment table's weights (项目 | 分值 | 目标任务 | 监考单位): not a target, but where a row begins.
  [/^(分值|分数|权重|权数|考核分值|基础分值|满分|分值权重)$/, 'score'],
  // A year alone heads a column of figures for that year (`2025年 | 2027年`).
  [/^\d{4}年(度)?(目标|目标值)?$/, 'value'],
  [/^[\u4e00-\u9fff\d]{0,6}(现状值|基期值|基准值|基数|完成值|实际值|现状)$/, 'other'],
  // In a table of figures (指标 | 单位 | 年度目标) 单位 is what the figure is counted in, not an office.
  [/^(单位|计量单位|指标单位)$/, 'measure'],
  // Offices that score the work (评分部门 beside 责任部门) do not carry it.
  [/^(评分|考核|考评|监考|评价|督查|督办|验收)(单位|部门|处室|科室)$/, 'assessor'],
  [/^(考核项目|评价项目|考评项目|考核类别|考核板块)$/, 'other'],
  [
    /^(项目|名称|工作任务|目标任务|重点任务|主要任务|任务内容|工作内容|具体任务|具体内容|工作措施|主要措施|重点工作|工作事项|任务名称|主要目标|目标内容|工作目标|主要工作|具体工作|工作要点|任务举措|任务|目标|内容|事项|措施|指标|指标名称|主要指标|重点事项|工作重点|改革事项|主要内容|具体措施|任务事项|重点任务及目标|项目名称|项目内容|实事项目|民生实事|建设内容|主要建设内容|工作举措)$/,
    'task',
  ],
  [/^(备注|说明|类别|分类|领域|类型|完成标准|工作标准)$/, 'other'],
];

/** Other deadline columns (`计划完成时间`, `完成时间节点`). */
const DEADLINE_LIKE = /^[\u4e00-\u9fff]{0,4}(完成时间|完成时限|时间节点|完成期限|时限)$/;

/** Grouping and progress columns (`事项分类`, `所属领域`, `当前进度`), which hold no task of their own. */
const OTHER_LIKE =
  /^[\u4e00-\u9fff]{0,4}(分类|类别|类型|领域|板块|属性|进度|进展|进展情况|完成情况|推进情况|落实情况|完成进度|序时进度)$/;

/** Other task columns as offices name them (`重点工作任务`, `年度工作目标`, `主要工作措施`). */
const TASK_LIKE = /^[\u4e00-\u9fff]{1,6}(任务|工作|内容|措施|举措|事项|目标|名称|分工|要求|指标)$/;

/**
 * Unit columns named other ways (`主要责任单位`, `协同配合单位`, `责任科室`, `牵头部门(单位)`): the role word decides.
 * A 主要/主责 column stands against a 协同/配合 one, so it leads.
 */
const UNIT_COLUMN =
  /^[\u4e00-\u9fff]{0,6}(单位|部门|处室|科室|处|科|股室|主体|司局|司室)(\([\u4e00-\u9fff]{1,4}\))?$/;

function unitColumnKind(text: string): ColumnKind | undefined {
  if (!UNIT_COLUMN.test(text) || /领导|负责人|联系人/.test(text)) return undefined;
  if (/牵头|主责|主要责任|主办|主体责任/.test(text)) return 'lead';
  if (/配合|协同|协办|参与|协作|协助/.test(text)) return 'cooperate';
  if (/责任|负责|承办|实施|落实|分工/.test(text)) return 'responsible';
  return undefined;
}

/** The column kind of a header cell, or undefined when the text is not a column name. */
export function columnKind(header: string): ColumnKind | undefined {
  // `2022年预期目标`, `进展情况(一季度)`, `重点工作任务(民生实事项目)`: a year or a note does not change what the
  // column holds; `责 任 单 位`, spaced out to fill a wide cell, is 责任单位.
  const spaced = header.replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g, '');
  if (/^\d{4}年(度)?(目标|目标值)?$/.test(spaced)) return 'value';
  const text = spaced.replace(/^\d{4}年度?/, '').replace(/\([^()]{1,10}\)$/, '');
  return (
    COLUMN_NAMES.find(([pattern]) => pattern.test(text))?.[1] ??
    unitColumnKind(text) ??
    (DEADLINE_LIKE.test(text) ? 'deadline' : undefined) ??
    (OTHER_LIKE.test(text) ? 'other' : TASK_LIKE.test(text) ? 'task' : undefined)
  );
}

/** A stretch of one line. */
interface Token {
  line: ClassifiedLine;
  index: number;
  from: number;
  to: number;
  text: string;
  /** The stretch goes on the cell before it (a second unit under the first, in a row pasted over lines). */
  sameCell?: boolean;
  /** The stretch starts another column's cell (a task read from 事项名称 and 项目内容): a sentence break goes before it. */
  newColumn?: boolean;
  /** The stretch follows the one before it with nothing between (a measure after its value: `0.07` `万亩`). */
  glue?: boolean;
  /** The stretch is the row's figure (its 年度目标 value or that value's measure). */
  figure?: boolean;
  /** The stretch is a line of the row's last cell (a progress remark), after its units. */
  trailing?: boolean;
}

/** The text of a cell, as stretches of lines (a cell may span lines). */
export type TableCell = ReadonlyArray<Pick<Token, 'line' | 'from' | 'to' | 'newColumn' | 'glue' | 'figure'>>;

/** One row of a task table. */
export interface TableRow {
  no: number;
  /** The number as written. */
  label: string;
  /** The row's first line. */
  line: ClassifiedLine;
  task: TableCell;
  units: Array<{ cell: TableCell; role: Role | null }>;
  deadline?: TableCell;
  /** The measure the row's figures are counted in (its 单位 cell), when the table has such a column. */
  measure?: string;
}

/** The tables found in a notice. */
export interface FlatTables {
  /** Rows by the index of their first line. */
  rows: Map<number, TableRow>;
  /** Indices of lines the tables use (headers, separators, rows). */
  consumed: Set<number>;
  /** Section headings written as table rows (`|一、稳外贸||||`), as lines of their own, by line index. */
  headings: Map<number, ClassifiedLine>;
  /** Where each table starts and its column names, for the diagnostic that tells the office how it was read. */
  tables: Array<{ line: ClassifiedLine; columns: string[] }>;
  /** Rows that took the units of the row above (their unit cell merged with it), for a diagnostic each. */
  inherited: Array<{ line: ClassifiedLine; no: number; units: string }>;
}

const ROLE_OF: Partial<Record<ColumnKind, Role | null>> = {
  lead: 'lead',
  cooperate: 'cooperate',
  responsible: null,
};
const BARE_NUMBER = /^(\d{1,3})[.、]?$/;
/** A row's number at the start of its line (`12 `, `★6 `: a star marks a key task, not a unit). */
const ROW_NUMBER = /^[★☆▲]?(\d{1,3})[.、]?(?=\s|$)/;
const DEADLINE_FILLER =
  /[\d年月日底前末内季度上中下旬半全第一二三四五六七八九十〇零长期坚持续推进常态化每按完成止截至以及到月份起,、;\-—~ ]/g;
const MAX_ROW_LINES = 40;

export function tokensOf(line: ClassifiedLine, index: number, separator: RegExp): Token[] {
  const tokens: Token[] = [];
  const text = line.text;
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && text[from] === ' ') from++;
    while (to > from && text[to - 1] === ' ') to--;
    if (to > from) tokens.push({ line, index, from, to, text: text.slice(from, to) });
  };
  for (const m of text.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return tokens;
}

/** Column kinds of a header line, or undefined when the line is not a header. */
function inlineHeader(
  line: ClassifiedLine,
): { kinds: ColumnKind[]; names: string[]; pipes: boolean } | undefined {
  if (line.kind !== 'text' && line.kind !== 'unit-line') return undefined;
  const pipes = line.text.includes('|');
  const tokens = tokensOf(line, 0, pipes ? /\|/g : / +/g);
  if (tokens.length < 2) return undefined;
  const read = tokens.map((t) => columnKind(t.text));
  if (read.some((k) => k === undefined)) return undefined;
  const names = tokens.map((t) => t.text);
  const kinds = assessorsAnswer(baselineYear(read as ColumnKind[], names));
  return isHeader(kinds) ? { kinds: groupColumns(valueAsTask(kinds), names), names, pipes } : undefined;
}

/**
 * Columns headed by years alone (`2023年 | 2025年 | 2027年`): the earliest of several is where the figures stand now
 * (the baseline), not a target.
 */
function baselineYear(kinds: readonly ColumnKind[], names: readonly string[]): ColumnKind[] {
  const years = names
    .map((name, k) => ({ k, year: /^(\d{4})年度?$/.exec(name.replace(/\s/g, ''))?.[1] }))
    .filter((y) => y.year !== undefined && kinds[y.k] === 'value');
  if (years.length < 2) return [...kinds];
  const first = years.reduce((a, b) => (Number(b.year) < Number(a.year) ? b : a));
  return kinds.map((kind, k) => (k === first.k ? 'other' : kind));
}

/** A table whose only unit column is an assessor's (监考单位): the offices it names answer for the rows. */
function assessorsAnswer(kinds: readonly ColumnKind[]): ColumnKind[] {
  if (kinds.some((kind) => kind in ROLE_OF)) return [...kinds];
  return kinds.map((kind) => (kind === 'assessor' ? 'responsible' : kind));
}

function isHeader(kinds: readonly ColumnKind[]): boolean {
  return (kinds.includes('task') || kinds.includes('value')) && kinds.some((k) => k in ROLE_OF);
}

/** A generic first column (`项目`, `类别`) before a task column of its own names the group, not the task. */
const GROUP_COLUMN = /^(项目|名称|类别|分类|领域|板块|任务类别|项目类别)$/;

/** The kinds with a generic column before another task column read as a group label (other). */
function groupColumns(kinds: ColumnKind[], names: readonly string[]): ColumnKind[] {
  const tasks = kinds.filter((kind) => kind === 'task').length;
  if (tasks < 2) return kinds;
  return kinds.map((kind, k) =>
    kind === 'task' && GROUP_COLUMN.test(names[k] ?? '') && kinds.indexOf('task', k + 1) > k ? 'other' : kind,
  );
}

/** A table whose only text column is its targets (`序号 | 预期目标 | 责任单位`): that column is the task. */
function valueAsTask(kinds: ColumnKind[]): ColumnKind[] {
  if (kinds.includes('task')) return kinds;
  const at = kinds.indexOf('value');
  return kinds.map((kind, k) => (k === at ? 'task' : kind));
}

/**
 * A 责任单位 column split into 牵头单位 and 配合单位 below it (a two-row header): the parent column is not a column
 * of its own.
 */
function withoutParentColumn(
  kinds: readonly ColumnKind[],
  names: readonly string[],
): { kinds: ColumnKind[]; names: string[] } {
  const keep = kinds.map(
    (kind, k) =>
      !(
        kind === 'responsible' &&
        ((kinds[k + 1] === 'lead' && kinds[k + 2] === 'cooperate') ||
          (kinds[k + 1] === 'cooperate' && kinds[k + 2] === 'lead'))
      ),
  );
  return { kinds: kinds.filter((_, k) => keep[k]), names: names.filter((_, k) => keep[k]) };
}

/** Column names of a second header row under an inline header (`牵头单位 配合单位` under `责任单位`). */
function subHeader(line: ClassifiedLine | undefined): ColumnKind[] | undefined {
  if (!line || (line.kind !== 'text' && line.kind !== 'unit-line')) return undefined;
  const tokens = tokensOf(line, 0, line.text.includes('|') ? /\|/g : / +/g);
  const kinds = tokens.map((t) => columnKind(t.text));
  if (tokens.length === 0 || kinds.some((k) => k === undefined)) return undefined;
  return kinds.some((k) => k !== undefined && k in ROLE_OF) ? (kinds as ColumnKind[]) : undefined;
}

/** Whether a cell holds only unit names (with roles or ★). */
export function isUnitCell(text: string, registry: UnitRegistry): boolean {
  if (text.length > 200) return false;
  const ctx = { registry, sink: new DiagnosticSink(), position: () => ({ line: 1, column: 1 }) };
  return parseUnitClause(text, 0, 'bare', ctx) !== null;
}

const PERSON =
  /^((区长|副区长|市长|副市长|县长|副县长|书记|副书记|主任|副主任|局长|厅长|副厅长|省长|副省长)?[\u4e00-\u9fff·]{2,4}(同志)?[、,]?)+$/;

/** Whether a cell names people (责任领导): short names, possibly with titles. */
function isPersonCell(text: string): boolean {
  return text.length <= 30 && (PERSON.test(text) || SPACED_PERSON.test(text));
}

/** Names spaced out to fill a cell (`王 嵘`, `钱 宇、方 勇`). */
const SPACED_PERSON =
  /^[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2}([、, ]+[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2})*$/;

/** Whether a cell holds a deadline (`2023年12月底前`, `长期坚持`) and little else. */
function isDeadlineCell(text: string): boolean {
  // A bare figure (`0`, `0.07`) is a value, not a date.
  if (text.length > 24 || /^[\d.]+$/.test(text) || readDeadline(text, 2000).kind === 'unread') return false;
  return text.replace(DEADLINE_FILLER, '').length <= 2;
}

/**
 * The text cells before a row's first unit, matched to the table's text columns before its first other column
 * when there are no more of them than columns and more than one column (`事项分类 | 事项名称 | 项目内容`);
 * undefined otherwise.
 */
function alignTextCells(
  tokens: readonly Token[],
  columns: readonly ColumnKind[],
  unitLike: readonly boolean[],
  deadlineLike: readonly boolean[],
  personLike: readonly boolean[],
): Array<{ token: Token; kind: ColumnKind }> | undefined {
  // The text columns up to the first column of units, people or dates (牵头领导 may stand before 责任单位).
  const firstOther = columns.findIndex((kind) => !TEXT_COLUMNS.has(kind));
  const textColumns = columns.slice(0, firstOther < 0 ? columns.length : firstOther);
  if (textColumns.length < 2 || !textColumns.includes('task')) return undefined;
  let count = 0;
  while (
    count < tokens.length &&
    !unitLike[count] &&
    !deadlineLike[count] &&
    !personLike[count] &&
    !(count > 0 && isShortUnit(tokens[count]?.text ?? ''))
  )
    count++;
  if (count === 0 || count > textColumns.length) return undefined;
  const offset = textColumns.length - count;
  const kinds = tokens.slice(0, count).map((_, j) => textColumns[offset + j] as ColumnKind);
  // A row's first text cell is its task: with the figure's cells after it short (a measure left empty), the first
  // cell goes to the last task column and the rest stay right-aligned.
  const lastTask = textColumns.lastIndexOf('task');
  if (kinds[0] !== 'task' && kinds[0] !== 'other' && count - 1 <= textColumns.length - lastTask - 1)
    kinds[0] = 'task';
  return tokens.slice(0, count).map((token, j) => ({ token, kind: kinds[j] as ColumnKind }));
}

const TEXT_COLUMNS = new Set<ColumnKind>(['task', 'value', 'measure', 'other']);

/** Where the name of a unit of this or the level above begins (区消防救援大队, 团区委, 市红十字会). */
const LEVEL_START = /^(省|市|区|县|州|盟|旗|团|中共)/;

/** A lone short unit-shaped name (`区红十字会`, `团区委`), as a unit column's cell holds one. */
function isShortUnit(text: string): boolean {
  return text.length >= 3 && text.length <= 16 && LEVEL_START.test(text) && looksLikeUnit(text);
}

/** How a progress cell begins (`目前已完成选址`, `截至3月底`, `已累计开展73场次`). */
const PROGRESS_REMARK = /^(目前|截至|截止|已|累计|现已|正在|其中|完成率|进度)/;

/** A cell written empty on purpose. */
const EMPTY_CELL = /^[/\\—\-–无]{1,3}$/;

/** Gives each token to a column, left to right, by what the token holds. */
function assign(
  given: readonly Token[],
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
): {
  task: Token[];
  units: Array<{ cell: Token[]; role: Role | null }>;
  deadline?: Token[];
  rest: Token[];
  measure?: string;
} {
  const columns = kinds.filter((k) => k !== 'number');
  const taskAt = columns.indexOf('task');
  const out = {
    task: [] as Token[],
    units: [] as Array<{ cell: Token[]; role: Role | null }>,
    rest: [] as Token[],
  };
  let deadline: Token[] | undefined;
  const tokens = given;
  // `/`, `—`, `无`: a cell left empty on purpose holds nothing to place, but it still stands in its column.
  const empty = tokens.map((t) => EMPTY_CELL.test(t.text));
  const unitLike = tokens.map((t, k) => !empty[k] && isUnitCell(t.text, registry));
  // Without a deadline column nothing is read as one (`持续改善` under 2025年 is a figure's cell).
  const hasDeadline = columns.includes('deadline');
  const deadlineLike = tokens.map((t, k) => hasDeadline && !empty[k] && isDeadlineCell(t.text));
  const hasPerson = columns.includes('person');
  const personLike = tokens.map(
    (t, k) => hasPerson && !empty[k] && !unitLike[k] && !deadlineLike[k] && isPersonCell(t.text),
  );
  let k = 0;
  // Columns before the task (a 类别 column): taken only when every cell is there.
  const direct = tokens.filter((_, j) => !empty[j]).length === columns.length;
  if (taskAt > 0 && direct) k = taskAt;
  const figure: Figure = { values: [] };
  const aligned = alignTextCells(tokens, columns, unitLike, deadlineLike, personLike);
  if (aligned) {
    // Text cells before the units, one per text column, right-aligned: a merged 类别 cell written only on the
    // group's first row is what is missing on the others.
    aligned.forEach(({ token, kind }, j) => {
      k = j + 1;
      if (empty[j]) return;
      const cell = out.task.length > 0 ? { ...token, newColumn: true } : token;
      if (kind === 'task') out.task.push(cell);
      else if (kind === 'value') figure.values.push(cell);
      else if (kind === 'measure') figure.measure = token;
    });
  } else {
    // The task: the first token, and the tokens after it that are neither units nor a deadline (nor, in a table
    // with a progress column, a progress remark: `目前已完成选址…`).
    const progressColumn = columns.lastIndexOf('other') > columns.findIndex((kind) => kind in ROLE_OF);
    while (
      k < tokens.length &&
      (out.task.length === 0 ||
        (!unitLike[k] &&
          !deadlineLike[k] &&
          !personLike[k] &&
          !(progressColumn && PROGRESS_REMARK.test(tokens[k]?.text ?? ''))))
    ) {
      const token = tokens[k] as Token;
      if (empty[k]) {
        k++;
        continue;
      }
      if (direct && columns[k] === 'value') figure.values.push(token);
      else if (direct && columns[k] === 'measure') figure.measure = token;
      else if (direct && columns[k] !== 'task' && out.task.length > 0) break;
      else out.task.push(token);
      k++;
    }
  }
  let column = taskAt + 1;
  let lastUnit: Token[] | undefined;
  // Past the task, a short unit-shaped cell is a unit even without a strong suffix (区红十字会, 区妇联).
  for (let j = k; j < tokens.length; j++)
    if (!unitLike[j] && !deadlineLike[j] && !empty[j] && isShortUnit(tokens[j]?.text ?? ''))
      unitLike[j] = true;
  const scoredBy = assessorToken(columns, unitLike, k);
  for (; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (empty[k]) continue;
    if (token.sameCell && unitLike[k] && lastUnit) {
      lastUnit.push(token);
      continue;
    }
    let placed = false;
    for (let c = column; c < columns.length; c++) {
      const kind = columns[c] as ColumnKind;
      const role = ROLE_OF[kind];
      if (kind === 'assessor') {
        // The office that scores the row is read and left out; the row's other units are not its.
        if (k !== scoredBy) continue;
      } else if (role !== undefined && unitLike[k] && k !== scoredBy) {
        lastUnit = [token];
        out.units.push({ cell: lastUnit, role });
      } else if (kind === 'deadline' && deadlineLike[k]) deadline = [token];
      else if (kind === 'person' && personLike[k]) {
        // People (责任领导) are not units: the cell is read and left out.
      } else if (
        (kind === 'other' || kind === 'value' || kind === 'measure') &&
        !unitLike[k] &&
        !deadlineLike[k] &&
        !personLike[k]
      ) {
        if (kind === 'value') figure.values.push(token);
        else if (kind === 'measure') figure.measure = token;
      } else continue;
      column = c + 1;
      placed = true;
      break;
    }
    if (!placed) {
      if (unitLike[k] && lastUnit) lastUnit.push(token);
      else out.rest.push(token);
    }
  }
  out.task.push(...figureCells(figure, out.task.length > 0));
  const measured = figure.measure ? { ...out, measure: figure.measure.text } : out;
  return deadline ? { ...measured, deadline } : measured;
}

/** The value and measure cells of a row of figures (指标 | 单位 | 年度目标 or 2025年 | 2027年). */
interface Figure {
  values: Token[];
  measure?: Token;
}

/**
 * The figures as cells of the task, each after a sentence break; a single value takes its measure straight after it
 * (`0.07` `万亩` reads `0.07万亩`) unless it already ends with it (`≥2%` under `%`).
 */
function figureCells(figure: Figure, afterTask: boolean): Token[] {
  const { values, measure } = figure;
  const cells: Token[] = values.map((value, k) => ({
    ...value,
    newColumn: afterTask || k > 0,
    figure: true,
  }));
  const only = values.length === 1 ? values[0] : undefined;
  if (only && measure && !only.text.endsWith(measure.text) && /\d/.test(only.text))
    cells.push({ ...measure, glue: true, figure: true });
  return cells;
}

/**
 * The row's unit cell that stands under an assessor column (评分部门 after 责任部门): the last unit-shaped cell, when
 * the row has more of them than unit columns before it; undefined otherwise.
 */
function assessorToken(
  columns: readonly ColumnKind[],
  unitLike: readonly boolean[],
  from: number,
): number | undefined {
  const at = columns.indexOf('assessor');
  if (at < 0) return undefined;
  const roleColumns = columns.filter((kind, c) => c < at && kind in ROLE_OF).length;
  const units: number[] = [];
  for (let j = from; j < unitLike.length; j++) if (unitLike[j]) units.push(j);
  return units.length > roleColumns ? units[units.length - 1] : undefined;
}

/** Finds the flattened task tables of a notice. */
export function findTables(lines: readonly ClassifiedLine[], registry: UnitRegistry): FlatTables {
  const found: FlatTables = {
    rows: new Map(),
    consumed: new Set(),
    headings: new Map(),
    tables: [],
    inherited: [],
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
      found.tables.push({ line, columns: inline.names });
      i = inline.pipes
        ? readPipeRows(lines, i + 1, inline.kinds, registry, found)
        : readSpaceRows(lines, i + 1, inline.kinds, registry, found);
      continue;
    }
    const stacked = stackedHeader(lines, i);
    if (stacked) {
      for (let h = i; h < stacked.end; h++) found.consumed.add(h);
      found.tables.push({ line, columns: stacked.names });
      i = stacked.scored
        ? readScoredRows(lines, stacked.end, stacked.kinds, registry, found)
        : readStackedRows(lines, stacked.end, stacked.kinds, registry, found);
    }
  }
  return found;
}

function stackedHeader(
  lines: readonly ClassifiedLine[],
  start: number,
): { kinds: ColumnKind[]; names: string[]; end: number; scored?: boolean } | undefined {
  const kinds: ColumnKind[] = [];
  const names: string[] = [];
  let i = start;
  for (; i < lines.length && kinds.length < 12; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank' && kinds.length > 0) continue;
    const kind = line.kind === 'text' || line.kind === 'unit-line' ? columnKind(line.text) : undefined;
    if (!kind) break;
    // A task column comes before the unit columns: a task-like line after them (`发展目标`) is the first row's
    // category cell.
    if (kind === 'task' && kinds.some((k) => k in ROLE_OF)) break;
    kinds.push(kind);
    names.push(line.text);
  }
  const answering = assessorsAnswer(baselineYear(kinds, names));
  if (answering.length < 2 || !isHeader(answering)) return undefined;
  // Without a 序号 column the rows must still start with bare numbers (a category cell may come first), or be
  // rows of an assessment table, each a name followed by its weight.
  if (!kinds.includes('number') && !numberedRowsAhead(lines, i)) {
    return answering.includes('score') ? { kinds: answering, names, end: i, scored: true } : undefined;
  }
  return { ...withoutParentColumn(groupColumns(valueAsTask(answering), names), names), end: i };
}

/** A weight cell (`3`, `0.5`): small, one decimal at most. */
const SCORE = /^\d{1,2}(\.\d{1,2})?$/;
const FIGURE_CELL = /^[^\u4e00-\u9fff]{0,2}[\d.,]+[^\u4e00-\u9fff]{0,2}$/;
/** A line too long to be a cell of an assessment table: the text after it. */
const MAX_SCORED_CELL = 80;

/**
 * Rows of an assessment table pasted cell by cell without row numbers (项目 | 分值 | 目标任务 | 监考单位): each row
 * is the indicator's name followed by its weight, then its target (a figure or a sentence) and its units; a row
 * whose unit cell is merged with the row above takes that row's units. A name-like cell after a row's units, or
 * before the first row, is a category cell (宏观调控) that heads the rows after it.
 */
function readScoredRows(
  lines: readonly ClassifiedLine[],
  start: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  found: FlatTables,
): number {
  const cells: Token[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    if (line.kind === 'end-matter' || isHeading(line) || line.text.length > MAX_SCORED_CELL) break;
    if (line.kind === 'date' || line.kind === 'signature') break;
    cells.push({ line, index: i, from: 0, to: line.text.length, text: line.text });
  }
  const unitLike = cells.map((c) => isUnitCell(c.text, registry));
  const text = (k: number): boolean =>
    k < cells.length &&
    !unitLike[k] &&
    !FIGURE_CELL.test(cells[k]?.text ?? '') &&
    !EMPTY_CELL.test(cells[k]?.text ?? '');
  const starts = cells.map((_, k) => k).filter((k) => text(k) && SCORE.test(cells[k + 1]?.text ?? ''));
  const first = starts[0];
  if (first === undefined) return start;
  const role = ROLE_OF[kinds.find((kind) => kind in ROLE_OF) ?? 'responsible'] ?? null;
  const withUnits = unitsFromAbove(kinds, found);
  let end = cells[first]?.index ?? start;
  starts.forEach((at, n) => {
    const next = starts[n + 1] ?? cells.length;
    const name = cells[at] as Token;
    const rest = cells.slice(at + 2, next);
    const units: Token[] = [];
    const values: Token[] = [];
    for (const [j, cell] of rest.entries()) {
      const k = at + 2 + j;
      if (unitLike[k]) units.push(cell);
      // A value before the units is the row's target; text after them is the next group's category cell.
      else if (units.length === 0 && values.length === 0 && !EMPTY_CELL.test(cell.text)) values.push(cell);
    }
    const row: RowCells = {
      task: [name, ...figureCells({ values }, true)],
      units:
        units.length > 0 ? [{ cell: units.map((u, j) => (j > 0 ? { ...u, sameCell: true } : u)), role }] : [],
      rest: [],
    };
    addRow(
      found,
      { line: name.line, index: name.index },
      n + 1,
      String(n + 1),
      withUnits(row, name.line, n + 1),
    );
    end = (cells[next - 1] ?? name).index + 1;
  });
  for (let k = start; k < end; k++) if (!found.rows.has(k)) found.consumed.add(k);
  return end - 1;
}

/** A short line with the next row's number right after it: a group's category cell. */
function groupLabelBefore(lines: readonly ClassifiedLine[], at: number, previous: number): boolean {
  const line = lines[at] as ClassifiedLine;
  if (line.kind !== 'text' || line.text.length > 40) return false;
  for (let i = at + 1; i < lines.length; i++) {
    const next = lines[i] as ClassifiedLine;
    if (next.kind === 'blank') continue;
    return rowStart(next, previous) !== undefined;
  }
  return false;
}

/** Whether a bare row number (`1`) stands among the next few lines: the rows of a table pasted cell by cell. */
function numberedRowsAhead(lines: readonly ClassifiedLine[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 4; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    if (BARE_NUMBER.exec(line.text)?.[1] === '1') return true;
    seen++;
  }
  return false;
}

function isHeading(line: ClassifiedLine): boolean {
  return line.kind === 'numbered' && (line.marker?.style === 'cn' || line.marker?.style === 'cn-paren');
}

function skippable(line: ClassifiedLine): boolean {
  return line.kind === 'blank' || line.kind === 'furniture' || line.kind === 'date';
}

function addRow(
  found: FlatTables,
  first: { line: ClassifiedLine; index: number },
  no: number,
  label: string,
  cells: ReturnType<typeof assign>,
): void {
  const row: TableRow = {
    no,
    label,
    line: first.line,
    task: cells.task,
    units: cells.units.map((u) => ({ cell: u.cell, role: u.role })),
  };
  if (cells.deadline) row.deadline = cells.deadline;
  if (cells.measure) row.measure = cells.measure;
  found.rows.set(first.index, row);
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
      const cell = tokens[0];
      found.headings.set(i, {
        ...line,
        text: cell.text,
        column: line.column + cell.from,
        kind: 'numbered',
        marker,
      });
      continue;
    }
    // Cells in place, empty ones included: a row gives every column its cell, so the columns need no guessing.
    let placed = pipeCells(line, i);
    let rowTokens = tokens;
    const numberAt = kinds.indexOf('number');
    // A table without a 序号 column numbers its items inside the task cell (`一、做好财政信息公开。 | 1.积极推进…`):
    // a heading cell before it is the section, the item's number is its own.
    let inner: { no: number; label: string } | undefined;
    if (numberAt < 0) {
      // Heading cells before the item's (`一、… | (一)… | 1.…`): the one nearest the item heads it (a line holds one
      // heading).
      const at = tokens.findIndex((t, k) => k <= 2 && itemMarker(t.text) !== undefined);
      const headingCells = tokens
        .slice(0, Math.max(0, at))
        .map((t) => ({ cell: t, marker: readMarker(t.text) }));
      const isHeadingCell = (h: (typeof headingCells)[number]): boolean =>
        h.marker?.style === 'cn' || h.marker?.style === 'cn-paren';
      const nearest = headingCells[headingCells.length - 1];
      if (at >= 1 && nearest?.marker && headingCells.every(isHeadingCell)) {
        found.headings.set(i, {
          ...line,
          text: nearest.cell.text,
          column: line.column + nearest.cell.from,
          kind: 'numbered',
          marker: nearest.marker,
        });
        rowTokens = tokens.slice(at);
        placed = placed.slice(placed.indexOf(placed.find((c) => c.from === rowTokens[0]?.from) as Token));
      }
      const cell = rowTokens[0];
      const item = cell ? itemMarker(cell.text) : undefined;
      if (cell && item) {
        inner = { no: item.value, label: item.label };
        const trimmed = { ...cell, from: cell.from + item.length, text: cell.text.slice(item.length) };
        rowTokens = [trimmed, ...rowTokens.slice(1)];
        placed = placed.map((c) => (c.from === cell.from ? trimmed : c));
      }
    }
    const direct = placed.length === kinds.length && cellsFitColumns(placed, kinds, registry);
    const written = direct ? placed[numberAt]?.text : rowTokens[0]?.text;
    const number = numberAt >= 0 ? BARE_NUMBER.exec(written ?? '') : null;
    const no = number?.[1] ? Number(number[1]) : (inner?.no ?? counter + 1);
    counter = no;
    const cells = direct
      ? byColumn(placed, kinds)
      : assign(number?.[1] && numberAt === 0 ? rowTokens.slice(1) : rowTokens, kinds, registry);
    // Only a row with fewer cells than columns can have its unit cell merged with the row above.
    const row = fromAbove(cells, line, no, placed.length < kinds.length);
    addRow(found, { line, index: i }, no, number?.[1] ?? inner?.label ?? String(no), row);
  }
  return i - 1;
}

/** The cells of one row, as `assign` gives them. */
type RowCells = ReturnType<typeof assign>;

/**
 * Rows of one table with no unit cell of their own under unit columns: their cell is merged with the row above, and
 * they take that row's units, each with a diagnostic for the office.
 */
function unitsFromAbove(
  kinds: readonly ColumnKind[],
  found: FlatTables,
): (cells: RowCells, line: ClassifiedLine, no: number, mayBeMerged?: boolean) => RowCells {
  const hasUnitColumn = kinds.some((kind) => kind in ROLE_OF);
  let above: RowCells['units'] = [];
  return (cells, line, no, mayBeMerged = true) => {
    if (hasUnitColumn && mayBeMerged && cells.units.length === 0 && above.length > 0) {
      const units = above.map((u) => u.cell.map((c) => c.line.text.slice(c.from, c.to)).join('、')).join(';');
      found.inherited.push({ line, no, units });
      return { ...cells, units: above };
    }
    if (cells.units.length > 0) above = cells.units;
    return cells;
  };
}

/** An item number (`1.`, `1、`, `(1)`) at the start of a cell, or undefined. */
function itemMarker(text: string): { value: number; label: string; length: number } | undefined {
  const marker = readMarker(text);
  if (!marker || !['arabic-dot', 'arabic-comma', 'arabic-paren'].includes(marker.style)) return undefined;
  return { value: marker.value, label: marker.label, length: marker.length };
}

/**
 * Whether each cell stands under its column: unit columns hold units and the task column does not. A merged cell
 * (a category written once for several rows) leaves a row one cell short and its cells shifted.
 */
function cellsFitColumns(
  cells: readonly Token[],
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
): boolean {
  return cells.every((cell, k) => {
    if (cell.text === '' || EMPTY_CELL.test(cell.text)) return true;
    const kind = kinds[k] as ColumnKind;
    if (kind in ROLE_OF) return isUnitCell(cell.text, registry);
    if (kind === 'task') return !isUnitCell(cell.text, registry);
    return true;
  });
}

/** The cells of a `|` row in place, empty ones included (the edges' empty cells dropped). */
function pipeCells(line: ClassifiedLine, index: number): Token[] {
  const text = line.text;
  const cells: Token[] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text[k] !== '|') continue;
    let from = start;
    let to = k;
    while (from < to && text[from] === ' ') from++;
    while (to > from && text[to - 1] === ' ') to--;
    cells.push({ line, index, from, to, text: text.slice(from, to) });
    start = k + 1;
  }
  if (text.startsWith('|')) cells.shift();
  if (text.endsWith('|')) cells.pop();
  return cells;
}

/** A row whose cells stand under their columns: each cell goes to its column. */
function byColumn(cells: readonly Token[], kinds: readonly ColumnKind[]): ReturnType<typeof assign> {
  const out: ReturnType<typeof assign> = { task: [], units: [], rest: [] };
  const figure: Figure = { values: [] };
  cells.forEach((cell, k) => {
    if (cell.text === '' || EMPTY_CELL.test(cell.text)) return;
    const kind = kinds[k];
    const role = kind === undefined ? undefined : ROLE_OF[kind];
    if (kind === 'task') out.task.push(out.task.length > 0 ? { ...cell, newColumn: true } : cell);
    else if (kind === 'value') figure.values.push(cell);
    else if (kind === 'measure') figure.measure = cell;
    // The header says what a column holds: its cells are read as units or a deadline whatever their shape.
    else if (role !== undefined) out.units.push({ cell: [cell], role });
    else if (kind === 'deadline') out.deadline = [cell];
  });
  out.task.push(...figureCells(figure, out.task.length > 0));
  if (figure.measure) out.measure = figure.measure.text;
  return out;
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
      const tokens = tokensOf(line, i, / {1,}/g).slice(1);
      last = { tokens, first: { line, index: i }, no: Number(number[1]), label: number[1] };
      found.consumed.add(i);
      continue;
    }
    // A cell broken over lines continues the row until its units are read.
    const cells = last ? assign(last.tokens, kinds, registry) : undefined;
    if (last && line.kind === 'text' && cells && cells.units.length === 0) {
      last.tokens.push(...tokensOf(line, i, / {1,}/g));
      found.consumed.add(i);
      continue;
    }
    // Units a cell puts on lines of their own (区财政局 / 区税务局) and the next unit cell continue the row too.
    const more = tokensOf(line, i, / {1,}/g);
    // So does the cell of a last column that is not units (上半年推进情况) after the row's units.
    const trailing = kinds[kinds.length - 1];
    const lastToken = last?.tokens[last.tokens.length - 1];
    if (
      last &&
      (line.kind === 'text' || (line.kind === 'unit-line' && trailing === 'other')) &&
      (trailing === 'other' || trailing === 'deadline') &&
      lastToken !== undefined &&
      (isUnitCell(lastToken.text, registry) || (trailing === 'other' && lastToken.trailing === true)) &&
      !more.every((t) => isUnitCell(t.text, registry))
    ) {
      // The progress cell may go on over several lines (`发展改革委:…` / `生态环境分局:…`).
      last.tokens.push({ line, index: i, from: 0, to: line.text.length, text: line.text, trailing: true });
      found.consumed.add(i);
      continue;
    }
    if (last && line.kind === 'text' && more.length > 0 && more.every((t) => isUnitCell(t.text, registry))) {
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
): number {
  let i = start;
  let previous = 0;
  const withUnits = unitsFromAbove(kinds, found);
  const columns = kinds.filter((k) => k !== 'number').length;
  const figures = kinds.includes('value');
  const taskColumns = kinds.filter((kind) => kind === 'task').length;
  while (i < lines.length) {
    const line = lines[i] as ClassifiedLine;
    // A bare number reads as a page number on its own; in a table it starts a row.
    const row = rowStart(line, previous);
    if (!row && (skippable(line) || isHeading(line))) {
      i++;
      continue;
    }
    // The header again after a page break: its lines are passed over and the rows go on.
    const repeated = row ? undefined : stackedHeader(lines, i);
    if (repeated) {
      for (let h = i; h < repeated.end; h++) found.consumed.add(h);
      i = repeated.end;
      continue;
    }
    // A merged category cell written once, before the number of its group's first row, labels the group.
    if (!row && groupLabelBefore(lines, i, previous)) {
      found.consumed.add(i);
      i++;
      continue;
    }
    if (!row) break;
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
      if (isHeading(next) && tokens.length === 0 && headingCell === undefined && taskColumns >= 2) {
        headingCell = j;
        continue;
      }
      if (
        next.kind === 'end-matter' ||
        isHeading(next) ||
        rowStart(next, row.no) ||
        inlineHeader(next) ||
        (columnKind(next.text) !== undefined && stackedHeader(lines, j) !== undefined)
      )
        break;
      const bareNumber =
        next.kind === 'furniture' && !/^[-—–~ ]+\d/.test(next.text) && BARE_NUMBER.test(next.text);
      // A bare number inside a row is a page number, except in a table of figures, where it is a value (`0`).
      if (bareNumber && !figures) break;
      if (next.kind === 'blank' || (next.kind === 'furniture' && !bareNumber) || next.kind === 'date')
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
  if (!Number.isFinite(value) || value <= previous || value > previous + 5) return undefined;
  if (bare?.[1]) return { no: value, label: bare[1], restFrom: line.text.length };
  const marker = line.marker;
  return marker ? { no: value, label: marker.label, restFrom: marker.length } : undefined;
}
