/**
 * The columns of a task table: what a header cell names (序号, 工作任务, 牵头单位, 单位, 2025年, 分值…) and how a header
 * row is read as a whole (a baseline year, an assessor's column, a generic group column, a two-row header).
 */
import type { Role } from '../schema';
import { isMeasure } from './targets';

/** What a column of a task table holds. */
export type ColumnKind =
  | 'number'
  | 'task'
  | 'value'
  | 'rate'
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
  [
    /^(责任单位|责任部门|责任主体|实施单位|责任处室|承办单位|落实单位|责任单位及分工|任务分工|责任分工|分工|职责分工|部门分工)$/,
    'responsible',
  ],
  [/^(完成时限|完成时间|时间节点|时限|完成期限|时间安排|进度安排|时间要求|时限要求|进度要求)$/, 'deadline'],
  [/^([\u4e00-\u9fff]{0,6}领导|[\u4e00-\u9fff]{0,4}(责任人|联系人|负责人))$/, 'person'],
  [
    /^(目标值|指标值|年度目标|预期目标|目标要求|年度目标任务|目标数|年度目标值|预期效果|预期值|目标值\/预期值)$/,
    'value',
  ],
  // An assessment table's weights (项目 | 分值 | 目标任务 | 监考单位): not a target, but where a row begins.
  [/^(分值|分数|权重|权数|考核分值|基础分值|满分|分值权重)$/, 'score'],
  [/^[\u4e00-\u9fff\d]{0,6}(现状值|基期值|基准值|基数|完成值|实际值|现状)$/, 'other'],
  // In a table of figures (指标 | 单位 | 年度目标) 单位 is what the figure is counted in, not an office.
  [/^(单位|计量单位|指标单位)$/, 'measure'],
  // Offices that score the work (评分部门 beside 责任部门) do not carry it.
  // `监督方式`: the office that oversees the row (with its telephone), as a scoring office does.
  [
    /^(评分|考核|考评|监考|评价|督查|督办|验收)(单位|部门|处室|科室)$|^监督(方式|单位|部门)$|^(督查|督办)方式$/,
    'assessor',
  ],
  [/^(考核项目|评价项目|考评项目|考核类别|考核板块)$/, 'other'],
  [
    /^(项目|名称|工作任务|目标任务|重点任务|主要任务|任务内容|工作内容|具体任务|具体内容|工作措施|主要措施|重点工作|工作事项|任务名称|主要目标|目标内容|工作目标|主要工作|具体工作|工作要点|任务举措|任务|目标|内容|事项|措施|指标|指标名称|主要指标|重点事项|工作重点|改革事项|主要内容|具体措施|任务事项|重点任务及目标|项目名称|项目内容|实事项目|民生实事|建设内容|主要建设内容|工作举措)$/,
    'task',
  ],
  [/^(备注|说明|类别|分类|领域|类型|任务来源|来源|文件依据|依据|政策依据)$/, 'other'],
  // Where and when a project is built (`建设地点 | 建设时间`): neither its task nor a deadline to check.
  [/^(建设|实施)?(地点|地址|区域|时间|年限|期限|周期)$/, 'other'],
  // A year's investment (`年度投资金额(万元)`): the figure to reach.
  [/^(年度|计划|本年|全年)?(计划)?投资(金额|额|计划|总额)?$/, 'value'],
  // What the work must reach (完成标准) holds the figures: it reads as part of the task.
  [/^(完成标准|工作标准|目标标准|验收标准)$/, 'task'],
];

/** Other deadline columns (`计划完成时间`, `完成时间节点`). */
const DEADLINE_LIKE = /^[\u4e00-\u9fff]{0,4}(完成时间|完成时限|时间节点|完成期限|时限)$/;

/**
 * Grouping and progress columns (`事项分类`, `所属领域`, `当前进度`, `是否达序`, `未达序时原因及存在问题`) and a
 * period's average growth beside the years' figures (`年均增速`), which hold no task or target of their own.
 */
const OTHER_LIKE =
  /^[\u4e00-\u9fff]{0,4}(分类|类别|类型|领域|板块|属性|进度|进展|进展情况|完成情况|推进情况|落实情况|完成进度|序时进度|完成目标|完成率|完成比例|进展比例|进度比例|形象进度)$|^(月度|季度|进度|时序|分月|分季度)(工作)?(计划|安排)$|^是否[\u4e00-\u9fff]{1,6}$|^所属[\u4e00-\u9fff]{1,6}$|^[\u4e00-\u9fff]{0,8}(原因|存在问题|困难和问题|问题和建议)$|^(年均|平均)(增速|增长|增长率|增幅)$/;

/** Other task columns as offices name them (`重点工作任务`, `年度工作目标`, `主要工作措施`, `实事工程项目`, `重点项目`). */
const TASK_LIKE =
  /^[\u4e00-\u9fff]{1,10}(任务|工作|内容|措施|举措|事项|目标|名称|分工|要求|指标|计划|要点|项目)$/;

/**
 * Unit columns named other ways (`主要责任单位`, `协同配合单位`, `责任科室`, `牵头部门(单位)`): the role word decides.
 * A 主要/主责 column stands against a 协同/配合 one, so it leads.
 */
const UNIT_COLUMN =
  /^[\u4e00-\u9fff]{0,8}(单位|部门|处室|科室|处|科|股室|主体|司局|司室|街镇|镇街|乡镇|街道)(\([\u4e00-\u9fff]{1,4}\))?$/;

function unitColumnKind(text: string): ColumnKind | undefined {
  if (!UNIT_COLUMN.test(text) || /领导|负责人|联系人/.test(text)) return undefined;
  // `责任主体与协同单位`: one column for both, so its units answer for the work without a role of their own.
  if (/责任.*[与和及、].*(配合|协同|协办|参与)/.test(text)) return 'responsible';
  // `责任单位或牵头单位`: either, as the row has it; a unit alone in its cell leads, several answer together.
  if (/(责任|牵头).{0,4}或.{0,4}(牵头|责任)/.test(text)) return 'responsible';
  if (/牵头|主责|主要责任|主办|主体责任/.test(text)) return 'lead';
  if (/配合|协同|协办|参与|协作|协助/.test(text)) return 'cooperate';
  // `相关单位` beside 牵头单位: the other units answering for the row.
  if (/责任|负责|承办|实施|落实|分工|相关|有关/.test(text)) return 'responsible';
  return undefined;
}

const YEAR_FIGURES = /^\d{4}年(度)?(目标|目标值|计划|预期|预期目标)?$/;
const YEAR_DONE = /^\d{4}年(度)?(完成|实绩|实际完成|预计完成|预计)$/;
/** A note in brackets after a column's name (`(亿元)`, `(加*号为牵头部门,其余为参与部门)`). */
const HEADER_NOTE = /\(([^()]{1,30})\)$/;
/** Every note after a column's name (`(%)(%)`). */
const HEADER_NOTES = /(\([^()]{1,30}\))+$/;
/** A period before a progress column's name (`1-10月推进情况`, `1- 8月实际完成情况`, `一季度完成情况`). */
const PERIOD_PREFIX = /^(\d{1,2} ?[-—~至] ?\d{1,2}月(份)?|第?[一二三四1-4]季度|上半年|前三季度)/;
/** A note saying that the units of the column not marked as lead cooperate. */
const REST_COOPERATE = /(其余|其他|其它)[^()]{0,4}(参与|配合|协同|协办)/;

/** The column kind of a header cell, or undefined when the text is not a column name. */
export function columnKind(header: string): ColumnKind | undefined {
  // `2022年预期目标`, `进展情况(一季度)`, `重点工作任务(民生实事项目)`: a year or a note does not change what the
  // column holds; `责 任 单 位`, spaced out to fill a wide cell, is 责任单位.
  const spaced = header.replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff(])/g, '');
  // A year alone heads a column of figures for that year (`2025年 | 2027年`, `2022年计划`); `2021年完成` gives last
  // year's figures, where the row stands now.
  if (YEAR_FIGURES.test(spaced)) return 'value';
  if (YEAR_DONE.test(spaced)) return 'other';
  // `责任(牵头)部门`: the column of the offices answering for the row, the first of them leading; read as 责任部门 (a
  // unit alone in its cell leads).
  const inner = /^([\u4e00-\u9fff]{1,6})\((?:牵头|主责)\)([\u4e00-\u9fff]{1,4})$/.exec(spaced);
  if (inner) return unitColumnKind(`${inner[1]}${inner[2]}`);
  // `牵头单位及主要负责人`: the units' column, a person's name beside each unit in its cells.
  const withPerson = /^(.{2,8}?)(?:及|和|、)(?:主要)?(?:负责人|责任人|联系人)$/.exec(spaced);
  if (withPerson?.[1]) return columnKind(withPerson[1]);
  const note = HEADER_NOTE.exec(spaced)?.[1] ?? '';
  const undated = spaced.replace(/^\d{4}年度?/, '');
  // `年均增速(%)(%)`: a note doubled by the copy is one note.
  const text = undated.replace(PERIOD_PREFIX, '').replace(HEADER_NOTES, '').replace(/%$/, '');
  const kind =
    COLUMN_NAMES.find(([pattern]) => pattern.test(text))?.[1] ??
    unitColumnKind(text) ??
    (DEADLINE_LIKE.test(text) ? 'deadline' : undefined) ??
    (OTHER_LIKE.test(text) ? 'other' : TASK_LIKE.test(text) ? 'task' : undefined);
  // `责任部门(加*号为牵头部门,其余为参与部门)`: the note gives the units without a mark their role.
  if (kind === 'responsible' && REST_COOPERATE.test(note)) return 'cooperate';
  // `第二季度任务目标` beside `年度目标`: a quarter's step is neither the item's task nor the year's figure.
  if ((kind === 'task' || kind === 'value') && PERIOD_PREFIX.test(undated)) return 'other';
  return kind;
}

/**
 * The kinds of a header's columns, those of a name we do not know settled by where they stand: between the task and
 * the units a column says more of the task (`实施步骤`, `工作路径`); before the task it is a category (`大类`); after
 * the units, a remark (`监督电话`). Shared by pasted and Word tables, so both read a header alike.
 */
export function settleUnknownColumns(known: ReadonlyArray<ColumnKind | undefined>): ColumnKind[] {
  const firstTask = known.indexOf('task');
  const firstUnit = known.findIndex((k) => k !== undefined && k in ROLE_OF);
  return known.map(
    (k, c): ColumnKind =>
      k ?? (firstTask >= 0 && c > firstTask && (firstUnit < 0 || c < firstUnit) ? 'task' : 'other'),
  );
}

/** The role a unit column gives its units (null for 责任单位: no role of their own). */
export const ROLE_OF: Partial<Record<ColumnKind, Role | null>> = {
  lead: 'lead',
  cooperate: 'cooperate',
  responsible: null,
};

/**
 * Columns headed by years alone (`2023年 | 2025年 | 2027年`): the earliest of several is where the figures stand now
 * (the baseline), not a target.
 */
export function baselineYear(kinds: readonly ColumnKind[], names: readonly string[]): ColumnKind[] {
  const years = names
    .map((name, k) => ({ k, year: /^(\d{4})年度?$/.exec(name.replace(/\s/g, ''))?.[1] }))
    .filter((y) => y.year !== undefined && kinds[y.k] === 'value');
  if (years.length < 2) return [...kinds];
  const values = years.map((y) => Number(y.year));
  // Year after year (`2009年 | 2010年 | … | 2015年`): the path to the plan's last year, whose figure is the target.
  if (
    years.length >= MIN_YEAR_SERIES &&
    values.every((year, k) => k === 0 || year === (values[k - 1] as number) + 1)
  ) {
    const last = years[years.length - 1] as { k: number };
    return kinds.map((kind, k) => (k !== last.k && years.some((y) => y.k === k) ? 'other' : kind));
  }
  const first = years.reduce((a, b) => (Number(b.year) < Number(a.year) ? b : a));
  return kinds.map((kind, k) => (k === first.k ? 'other' : kind));
}

/** Columns of this many years in a row are a year-by-year path, not milestones (`2023年 | 2025年 | 2027年`). */
const MIN_YEAR_SERIES = 4;

/** A table whose only unit column is an assessor's (监考单位): the offices it names answer for the rows. */
export function assessorsAnswer(kinds: readonly ColumnKind[]): ColumnKind[] {
  if (kinds.some((kind) => kind in ROLE_OF)) return [...kinds];
  return kinds.map((kind) => (kind === 'assessor' ? 'responsible' : kind));
}

/** Whether column kinds make a task table's header: a task or figure column and a unit column. */
export function isHeader(kinds: readonly ColumnKind[]): boolean {
  return (kinds.includes('task') || kinds.includes('value')) && kinds.some((k) => k in ROLE_OF);
}

/** What a figure column's name says its figures are counted in (`年度投资金额(万元)`), when the table has no 单位 column. */
export function noteMeasure(kinds: readonly ColumnKind[], names: readonly string[]): string | undefined {
  if (kinds.includes('measure')) return undefined;
  const at = kinds.indexOf('value');
  const note = at < 0 ? undefined : HEADER_NOTE.exec((names[at] ?? '').replace(/\s/g, ''))?.[1];
  return note !== undefined && isMeasure(note) ? note : undefined;
}

/** A column of figures: a target's value, or its rate of growth (`增长%`). */
export function isFigureColumn(kind: ColumnKind | undefined): boolean {
  return kind === 'value' || kind === 'rate';
}

/** What a second header row names under a year's column: the figure itself, or its growth in per cent. */
const ABSOLUTE = /^(绝对值|绝对数|总量|数值|总额|规模)$/;
const GROWTH = /^(增长|增速|增幅|同比增长|比上年增长)(%|\(%\))?$|^增长率(%|\(%\))?$/;

/**
 * `2021年完成 | 2022年计划` over `绝对值 | 增长% | 绝对值 | 增长%`: each year's column splits in two, the figure and its
 * growth; undefined when the row under the header is not such a split.
 */
export function splitFigureColumns(
  kinds: readonly ColumnKind[],
  names: readonly string[],
  sub: readonly string[],
): { kinds: ColumnKind[]; names: string[] } | undefined {
  const years = kinds.map((_, k) => (/^\d{4}年/.test((names[k] ?? '').replace(/\s/g, '')) ? k : -1));
  const split = years.filter((k) => k >= 0);
  if (split.length === 0 || sub.length !== split.length * 2) return undefined;
  const clean = sub.map((name) => name.replace(/\s/g, ''));
  for (let j = 0; j < clean.length; j += 2)
    if (!ABSOLUTE.test(clean[j] ?? '') || !GROWTH.test(clean[j + 1] ?? '')) return undefined;
  const outKinds: ColumnKind[] = [];
  const outNames: string[] = [];
  kinds.forEach((kind, k) => {
    const name = names[k] ?? '';
    if (years[k] === undefined || (years[k] as number) < 0) {
      outKinds.push(kind);
      outNames.push(name);
      return;
    }
    outKinds.push(kind, kind === 'value' ? 'rate' : 'other');
    outNames.push(`${name}${clean[0]}`, `${name}${clean[1]}`);
  });
  return { kinds: outKinds, names: outNames };
}

/** A generic first column (`项目`, `类别`) before a task column of its own names the group, not the task. */
const GROUP_COLUMN = /^(项目|名称|类别|分类|领域|板块|任务类别|项目类别)$/;

/** The kinds with a generic column before another task column read as a group label (other). */
export function groupColumns(kinds: ColumnKind[], names: readonly string[]): ColumnKind[] {
  const tasks = kinds.filter((kind) => kind === 'task').length;
  if (tasks < 2) return kinds;
  return kinds.map((kind, k) =>
    kind === 'task' && GROUP_COLUMN.test(names[k] ?? '') && kinds.indexOf('task', k + 1) > k ? 'other' : kind,
  );
}

/** Names of a column of the year's targets that may also hold the task's text (`目标任务` after `项目内容`). */
const TARGET_COLUMN = /^(目标任务|年度目标任务|年度目标|目标)$/;

/**
 * `项目内容 | 目标任务 | 市级牵头责任单位`: a target column after the task's column holds the figures to reach. Cells
 * there that say more than a figure stay text the target reader reads.
 */
export function targetsAfterTask(kinds: ColumnKind[], names: readonly string[]): ColumnKind[] {
  const task = kinds.indexOf('task');
  return kinds.map((kind, k) =>
    kind === 'task' && task >= 0 && k > task && TARGET_COLUMN.test((names[k] ?? '').replace(/\s/g, ''))
      ? 'value'
      : kind,
  );
}

/** A column of the next steps (`下一步工作措施`, `下阶段重点任务`). */
const NEXT_STEPS = /^(下一步|下步|下阶段|下一阶段)/;

/**
 * `实事工程项目 | 年度目标 | 目前进度 | 下一步工作措施`: beside the row's own task, the next steps are a progress report's
 * column; a table whose only task column is the next stage's (`下阶段重点任务`) keeps it as the task.
 */
function nextStepsBesideTask(kinds: ColumnKind[], names: readonly string[]): ColumnKind[] {
  const next = kinds.map((kind, k) => kind === 'task' && NEXT_STEPS.test(names[k] ?? ''));
  if (!next.includes(true) || !kinds.some((kind, k) => kind === 'task' && !next[k])) return kinds;
  return kinds.map((kind, k) => (next[k] ? 'other' : kind));
}

/** A unit column named as the row's main answerers (`主要责任单位`), which leads only against a cooperating column. */
const MAIN_UNITS = /主要责任|主体责任/;

/**
 * `序号 | 工作任务 | 主要责任单位` with no cooperating or other responsible column: its units answer for the row as a
 * 责任单位 column's do (one alone leads, several are responsible together).
 */
export function mainUnitsAnswer(kinds: ColumnKind[], names: readonly string[]): ColumnKind[] {
  if (kinds.some((kind) => kind === 'cooperate' || kind === 'responsible')) return kinds;
  const main = kinds.map((kind, k) => kind === 'lead' && MAIN_UNITS.test(names[k] ?? ''));
  if (!main.includes(true) || kinds.filter((kind) => kind === 'lead').length > 1) return kinds;
  return kinds.map((kind, k) => (main[k] ? 'responsible' : kind));
}

/** A table whose only text column is its targets (`序号 | 预期目标 | 责任单位`): that column is the task. */
export function valueAsTask(kinds: ColumnKind[]): ColumnKind[] {
  if (kinds.includes('task')) return kinds;
  const at = kinds.indexOf('value');
  return kinds.map((kind, k) => (k === at ? 'task' : kind));
}

/**
 * A 责任单位 column split into 牵头单位 and 配合单位 below it (a two-row header): the parent column is not a column
 * of its own.
 */
export function withoutParentColumn(
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

/**
 * A pasted header's kinds settled as a whole, in this order: a table whose only text column is its targets; the next
 * steps beside the task; a generic group column before the task; a target column after it; 主要责任单位 alone.
 */
export function settleHeader(kinds: ColumnKind[], names: readonly string[]): ColumnKind[] {
  const tasks = nextStepsBesideTask(valueAsTask(kinds), names);
  return mainUnitsAnswer(targetsAfterTask(groupColumns(tasks, names), names), names);
}
