/**
 * The cells of one table row and the columns they go to: a row's stretches are read by what they hold (units, a
 * deadline, people, a figure, text) and given to the columns left to right, so that cells a paste lost or a merge
 * left out do not shift the others.
 */
import { pipeStretches } from './pipeStretches';
import type { Role } from '../schema';
import type { UnitRegistry } from '../units/registry';
import { looksLikeUnit, PUBLIC_VENUE, TOWN_STATION } from '../units/unitShape';
import type { ClassifiedLine } from './classify';
import { readDeadline } from './deadline';
import { isFigureColumn, ROLE_OF, type ColumnKind } from './tableColumns';
import { parseUnitClause, probeContext } from './unitClause';

/** A stretch of one line. */
export interface Token {
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
  /** The stretch stands in a task column with another task column after it (a 工作任务 before its 细化分工). */
  leading?: boolean;
  /** The measure the figure's column gives it (`%` under `增长%`), over the row's 单位 cell. */
  measure?: string;
}

/** The text of a cell, as stretches of lines (a cell may span lines). */
export type TableCell = ReadonlyArray<
  Pick<Token, 'line' | 'from' | 'to' | 'newColumn' | 'glue' | 'figure' | 'leading' | 'measure'>
>;

const DEADLINE_FILLER =
  /[\d年月日底前末内季度上中下旬半全第一二三四五六七八九十〇零长期坚持续推进常态化每按完成止截至以及到月份起,、;\-—~ ]/g;

/** The stretches of a line between separators, trimmed, with their places in the line. */
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

/** Whether a cell holds only unit names (with roles or ★). */
export function isUnitCell(text: string, registry: UnitRegistry): boolean {
  if (text.length > 200) return false;
  // A town's station or a public venue alone in a unit cell (`文化站`, `图书馆`): a unit there, though in a bracket
  // after a facility it names the facility (`综合文化服务中心(文化站)`).
  if (TOWN_STATION.test(text.trim()) || PUBLIC_VENUE.test(text.trim())) return true;
  const ctx = probeContext(registry);
  return parseUnitClause(text, 0, 'bare', ctx) !== null;
}

/** One person: a title perhaps, a name of two to four characters. */
const ONE_PERSON =
  '(区长|副区长|市长|副市长|县长|副县长|书记|副书记|主任|副主任|局长|厅长|副厅长|省长|副省长)?[\\u4e00-\\u9fff·]{2,4}(同志)?';
/** People, each after the first parted by 、 or , (three names run together, `厚植创新发展源动力`, are a phrase). */
const PERSON = new RegExp(`^${ONE_PERSON}([、,]${ONE_PERSON})*[、,]?$`);

/** Whether a cell names people (责任领导): short names, possibly with titles. */
export function isPersonCell(text: string): boolean {
  return (
    text.length <= 30 &&
    (PERSON.test(text) ||
      SPACED_PERSON.test(text) ||
      (SHORT_WORDS.test(text) && !text.split(' ').some(looksLikeUnit)))
  );
}

/** Names parted by spaces, one of them spaced out itself (`耿 峰 彭开国`): short words that are not units. */
const SHORT_WORDS = /^[\u4e00-\u9fff]{1,3}( [\u4e00-\u9fff]{1,3})+$/;

/** Names spaced out to fill a cell (`王 嵘`, `钱 宇、方 勇`). */
const SPACED_PERSON =
  /^[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2}([、, ]+[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2})*$/;

/** Whether a cell holds a deadline (`2023年12月底前`, `长期坚持`) and little else. */
export function isDeadlineCell(text: string): boolean {
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
  // A row's first cell is its text, not a person, however short (`文化产业` looks like a name of four characters).
  while (
    count < tokens.length &&
    !unitLike[count] &&
    !deadlineLike[count] &&
    !(count > 0 && personLike[count]) &&
    !(count > 0 && isShortUnit(tokens[count]?.text ?? ''))
  )
    count++;
  if (count === 0 || count > textColumns.length) return undefined;
  // Right-aligned: a merged 类别 cell written only on the group's first row is what is missing. With no column
  // before the task, a row with more text cells than the task columns holds them all: what is missing is after them
  // (figures or notes left empty, or a header whose wrapped names read as more columns than there are).
  // With a single task column first, nothing stands before the task to be missing (`序号 | 工作内容 | 完成情况`).
  const throughTask = textColumns.lastIndexOf('task') + 1;
  const leftAligned = textColumns[0] === 'task' && (count > throughTask || throughTask === 1);
  const offset = leftAligned ? 0 : textColumns.length - count;
  const kinds = tokens.slice(0, count).map((_, j) => textColumns[offset + j] as ColumnKind);
  // A row's first text cell is its task: with the figure's cells after it short (a measure left empty), the first
  // cell goes to the last task column and the rest stay right-aligned.
  const lastTask = textColumns.lastIndexOf('task');
  if (kinds[0] !== 'task' && kinds[0] !== 'other' && count - 1 <= textColumns.length - lastTask - 1)
    kinds[0] = 'task';
  return tokens.slice(0, count).map((token, j) => ({
    token: offset + j < lastTask && kinds[j] === 'task' ? { ...token, leading: true } : token,
    kind: kinds[j] as ColumnKind,
  }));
}

const TEXT_COLUMNS = new Set<ColumnKind>(['task', 'value', 'rate', 'measure', 'score', 'other']);

/** A figure cell as its column gives it: a growth column's figures are in per cent. */
function figureOf(token: Token, kind: ColumnKind): Token {
  return kind === 'rate' ? { ...token, measure: '%' } : token;
}

/** Where the name of a unit of this or the level above begins (区消防救援大队, 团区委, 市红十字会). */
const LEVEL_START = /^(省|市|区|县|州|盟|旗|团|中共)/;

/** A lone short unit-shaped name (`区红十字会`, `团区委`), as a unit column's cell holds one. */
export function isShortUnit(text: string): boolean {
  return text.length >= 3 && text.length <= 16 && LEVEL_START.test(text) && looksLikeUnit(text);
}

/** A point of a cell's list (`②…`, `(2)…`), under the first. */
const CELL_POINT = /^([\u2460-\u2473]|\(\d{1,2}\))/;

/** How a progress cell begins (`目前已完成选址`, `截至3月底`, `已累计开展73场次`, `①组织开展…`: its points). */
const PROGRESS_REMARK = /^(目前|截至|截止|已|累计|现已|正在|其中|完成率|进度|[\u2460-\u2473])/;

/** The first line of a unit's name wrapped in a narrow cell is short. */
const MAX_WRAPPED_NAME = 8;

/** A cell written empty on purpose. */
export const EMPTY_CELL = /^[/\\—\-–无]{1,3}$/;

/** How many of a row's last cells stand in the remark columns after a unit cell the row does not have; 0 if none. */
function remarksAfterMergedUnits(
  tokens: readonly Token[],
  columns: readonly ColumnKind[],
  registry: UnitRegistry,
): number {
  const firstRole = columns.findIndex((kind) => kind in ROLE_OF);
  if (firstRole <= 0) return 0;
  const after = columns.slice(firstRole).filter((kind) => !(kind in ROLE_OF));
  if (after.length === 0 || after.some((kind) => kind !== 'other')) return 0;
  if (tokens.some((t) => isUnitCell(t.text, registry))) return 0;
  // Cells no more than the text columns before the units (`文化产业` / `培育…1家。` under 指标 | 工作任务) fill those.
  const textColumns = columns.slice(0, firstRole).filter((kind) => TEXT_COLUMNS.has(kind)).length;
  const text = tokens.length - after.length;
  return text >= 1 && text <= firstRole && tokens.length > textColumns ? after.length : 0;
}

/** Gives each token to a column, left to right, by what the token holds. */
export function assign(
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
  // A row whose unit cell is merged with the row above (none of its cells names a unit), in a table whose columns
  // after the units are remarks (进度 | 完成目标 | 备注): its last cells are those remarks, not more of its task.
  const tail = remarksAfterMergedUnits(given, columns, registry);
  const tokens = tail > 0 ? given.slice(0, given.length - tail) : given;
  // `/`, `—`, `无`: a cell left empty on purpose holds nothing to place, but it still stands in its column.
  const empty = tokens.map((t) => EMPTY_CELL.test(t.text));
  const unitLike = tokens.map((t, k) => !empty[k] && isUnitCell(t.text, registry));
  // A unit's name a narrow cell wrapped over two lines (`市人力资源` / `社会保障局`), its first line beginning as a unit's
  // name does (a level): the second line goes on the first.
  const wrapped = new Set<number>();
  for (let j = 0; j + 1 < tokens.length; j++) {
    const first = tokens[j] as Token;
    const second = tokens[j + 1] as Token;
    if (
      !unitLike[j] &&
      !empty[j] &&
      !empty[j + 1] &&
      first.line !== second.line &&
      first.text.length <= MAX_WRAPPED_NAME &&
      LEVEL_START.test(first.text) &&
      isUnitCell(first.text + second.text, registry)
    ) {
      unitLike[j] = true;
      unitLike[j + 1] = true;
      wrapped.add(j + 1);
    }
  }
  // Every cell of the row there, each unit column's under it: a place named in a column before them
  // (`纸坊街道` under 建设地点) is that column's, not a unit.
  const firstUnit = columns.findIndex((kind) => kind in ROLE_OF);
  if (
    tokens.length === columns.length &&
    firstUnit > 0 &&
    columns.every((kind, c) => !(kind in ROLE_OF) || unitLike[c] || empty[c])
  )
    columns.forEach((kind, c) => {
      if (c < firstUnit && kind === 'other') unitLike[c] = false;
    });
  // Without a deadline column nothing is read as one (`持续改善` under 2025年 is a figure's cell).
  const hasDeadline = columns.includes('deadline');
  const deadlineLike = tokens.map((t, k) => hasDeadline && !empty[k] && isDeadlineCell(t.text));
  const hasPerson = columns.includes('person');
  const personLike = tokens.map(
    (t, k) => hasPerson && !empty[k] && !unitLike[k] && !deadlineLike[k] && isPersonCell(t.text),
  );
  let k = 0;
  // Unit columns before the task (`序号 | 责任单位 | 实施内容 | 协同单位`): the row's first cells are theirs when they
  // name units.
  while (k < taskAt && k < tokens.length && (columns[k] as ColumnKind) in ROLE_OF && unitLike[k]) {
    out.units.push({ cell: [tokens[k] as Token], role: ROLE_OF[columns[k] as ColumnKind] as Role | null });
    k++;
  }
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
      else if (isFigureColumn(kind)) figure.values.push(figureOf(cell, kind));
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
      if (direct && isFigureColumn(columns[k])) figure.values.push(figureOf(token, columns[k] as ColumnKind));
      else if (direct && columns[k] === 'measure') figure.measure = token;
      else if (direct && columns[k] !== 'task' && out.task.length > 0) break;
      // Each cell in its own column: a second task column (工作标准) is a sentence of its own.
      else out.task.push(direct && out.task.length > 0 ? { ...token, newColumn: true } : token);
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
  let lastPerson = false;
  let lastOther = false;
  for (; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (empty[k]) continue;
    // A progress cell's further points (`②处置输入疫情9起…` after `①…` under 完成情况) are more of that cell.
    if (lastOther && !unitLike[k] && CELL_POINT.test(token.text)) continue;
    if (wrapped.has(k) && lastUnit) {
      lastUnit.push({ ...token, glue: true });
      continue;
    }
    if (token.sameCell && unitLike[k] && lastUnit) {
      lastUnit.push(token);
      continue;
    }
    // Several people in a 责任领导 cell, one per line (`王旭锋` / `胡金芳` / `王行杰`), are one cell.
    if (personLike[k] && lastPerson) continue;
    lastPerson = false;
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
        lastPerson = true;
      } else if (kind === 'task' && !unitLike[k] && !deadlineLike[k] && !personLike[k]) {
        // A task column after the units (`序号 | 事项名称 | 责任单位 | 事项内容`): more of the task.
        out.task.push({ ...token, newColumn: true });
      } else if (
        (kind === 'other' || isFigureColumn(kind) || kind === 'measure') &&
        !unitLike[k] &&
        !deadlineLike[k] &&
        !personLike[k]
      ) {
        if (isFigureColumn(kind)) figure.values.push(figureOf(token, kind));
        else if (kind === 'measure') figure.measure = token;
      } else continue;
      column = c + 1;
      placed = true;
      lastOther = kind === 'other';
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

/** The cells of one row, as `assign` gives them. */
export type RowCells = ReturnType<typeof assign>;

/** The value and measure cells of a row of figures (指标 | 单位 | 年度目标 or 2025年 | 2027年). */
interface Figure {
  values: Token[];
  measure?: Token;
}

/**
 * The figures as cells of the task, each after a sentence break; a single value takes its measure straight after it
 * (`0.07` `万亩` reads `0.07万亩`) unless it already ends with it (`≥2%` under `%`).
 */
export function figureCells(figure: Figure, afterTask: boolean): Token[] {
  const { values, measure } = figure;
  const cells: Token[] = values.map((value, k) => ({
    ...value,
    newColumn: afterTask || k > 0,
    figure: true,
  }));
  const only = values.length === 1 ? values[0] : undefined;
  if (only && measure && !only.measure && !only.text.endsWith(measure.text) && /\d/.test(only.text))
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
  // The unit columns after the task and before the assessor's (those before the task took their cells already).
  const taskAt = columns.indexOf('task');
  const roleColumns = columns.filter((kind, c) => c > taskAt && c < at && kind in ROLE_OF).length;
  const units: number[] = [];
  for (let j = from; j < unitLike.length; j++) if (unitLike[j]) units.push(j);
  return units.length > roleColumns ? units[units.length - 1] : undefined;
}

/**
 * Whether each cell stands under its column: unit columns hold units and the task column does not. A merged cell
 * (a category written once for several rows) leaves a row one cell short and its cells shifted.
 */
export function cellsFitColumns(
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
export function pipeCells(line: ClassifiedLine, index: number): Token[] {
  const text = line.text;
  const cells: Token[] = pipeStretches(text).map(({ from, to }) => ({
    line,
    index,
    from,
    to,
    text: text.slice(from, to),
  }));
  if (text.startsWith('|')) cells.shift();
  if (text.endsWith('|')) cells.pop();
  return cells;
}

/** A row whose cells stand under their columns: each cell goes to its column. */
export function byColumn(cells: readonly Token[], kinds: readonly ColumnKind[]): ReturnType<typeof assign> {
  const out: ReturnType<typeof assign> = { task: [], units: [], rest: [] };
  const figure: Figure = { values: [] };
  cells.forEach((cell, k) => {
    if (cell.text === '' || EMPTY_CELL.test(cell.text)) return;
    const kind = kinds[k];
    const role = kind === undefined ? undefined : ROLE_OF[kind];
    if (kind === 'task') {
      const leading = kinds.indexOf('task', k + 1) > k;
      const placed = leading ? { ...cell, leading } : cell;
      out.task.push(out.task.length > 0 ? { ...placed, newColumn: true } : placed);
    } else if (kind !== undefined && isFigureColumn(kind)) figure.values.push(figureOf(cell, kind));
    else if (kind === 'measure') figure.measure = cell;
    // The header says what a column holds: its cells are read as units or a deadline whatever their shape.
    else if (role !== undefined) out.units.push({ cell: [cell], role });
    else if (kind === 'deadline') out.deadline = [cell];
  });
  out.task.push(...figureCells(figure, out.task.length > 0));
  if (figure.measure) out.measure = figure.measure.text;
  return out;
}
