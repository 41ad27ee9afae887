/**
 * The message catalogue, zh-CN and en-US. Each entry gives the problem and the fix; the issue sink adds the
 * unit and the cell (【省工信厅】第12行「填报单位」（B12）…), so every message names unit, cell and fix.
 * Cell contents shown here always pass through `showCell` (clipped, controls removed).
 */
import { fmt } from './format';

/** An ISO date as written in Chinese documents: 2021年6月30日. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The text of one finding: problem and fix, in both languages. */
export interface MessageText {
  zh: string;
  en: string;
  adviceZh: string;
  adviceEn: string;
}

const text = (zh: string, en: string, adviceZh: string, adviceEn: string): MessageText => ({
  zh,
  en,
  adviceZh,
  adviceEn,
});

/** Prefix that says a row is left out of the summary, shared by every one-click fix. */
const NOT_COUNTED_ZH = '未计入汇总：';
const NOT_COUNTED_EN = 'not counted in the summary: ';

/** Messages, one builder per rule (and per variant where a rule has several causes). */
export const MESSAGES = {
  unitBlank: () =>
    text(
      '未填填报单位',
      'the reporting unit is blank',
      '请填写本单位在「单位」表中的规范名称',
      'enter the unit’s canonical name from the 单位 sheet',
    ),
  unitUnreadable: (shown: string) =>
    text(
      `填报单位为「${shown}」，不是单位名称`,
      `the reporting unit holds “${shown}”, not a name`,
      '请填写本单位在「单位」表中的规范名称',
      'enter the unit’s canonical name from the 单位 sheet',
    ),
  unitUnknown: (shown: string, suggestion: string | null) =>
    suggestion
      ? text(
          `「${shown}」不是方案中的单位`,
          `“${shown}” is not a unit of the schema`,
          `是否应为「${suggestion}」？请改为规范名称`,
          `did you mean “${suggestion}”? Use the canonical name`,
        )
      : text(
          `「${shown}」不是方案中的单位`,
          `“${shown}” is not a unit of the schema`,
          '请改为「单位」表中的规范名称',
          'use a canonical name from the 单位 sheet',
        ),
  unitAlias: (shown: string, name: string) =>
    text(
      `单位写作「${shown}」，不是规范名称`,
      `the unit is written “${shown}”, not its canonical name`,
      `${NOT_COUNTED_ZH}单位名称应为${name}`,
      `${NOT_COUNTED_EN}the unit name should be ${name}`,
    ),

  periodBlank: (list: string) =>
    text(
      '未填报告期',
      'the period is blank',
      `请从下拉列表选择报告期（${list}）`,
      `pick a period from the list (${list})`,
    ),
  periodWrongYear: (shown: string, list: string) =>
    text(
      `报告期「${shown}」不是本方案年度的报告期`,
      `“${shown}” is not a period of this schema’s year`,
      `请选择本年度的报告期（${list}）`,
      `pick a period of this year (${list})`,
    ),
  periodUnknown: (shown: string, list: string) =>
    text(
      `无法识别报告期「${shown}」`,
      `the period “${shown}” is not understood`,
      `请从下拉列表选择报告期（${list}）`,
      `pick a period from the list (${list})`,
    ),
  periodAlias: (shown: string, label: string) =>
    text(
      `报告期写作「${shown}」，不是规范写法`,
      `the period is written “${shown}”, not as its label`,
      `${NOT_COUNTED_ZH}报告期应为${label}`,
      `${NOT_COUNTED_EN}the period should be ${label}`,
    ),

  itemBlank: () =>
    text(
      '未填序号',
      'the item number is blank',
      '请填写所报告任务的序号（见「工作任务」表）',
      'enter the number of the item reported on (see the 工作任务 sheet)',
    ),
  itemUnknown: (shown: string, range: string) =>
    text(
      `序号「${shown}」不是方案中的任务`,
      `“${shown}” is not an item number of the schema`,
      `请填写「工作任务」表中的序号（${range}）`,
      `enter an item number from the 工作任务 sheet (${range})`,
    ),

  targetUnknown: (shown: string) =>
    text(
      `指标编号「${shown}」不是方案中的指标`,
      `“${shown}” is not a target id of the schema`,
      '请从「目标指标」表选择指标编号',
      'pick a target id from the 目标指标 sheet',
    ),
  targetLoose: (shown: string, id: string) =>
    text(
      `指标编号写作「${shown}」，不是规范写法`,
      `the target id is written “${shown}”`,
      `${NOT_COUNTED_ZH}指标编号应为${id}`,
      `${NOT_COUNTED_EN}the target id should be ${id}`,
    ),
  targetBlankWithValue: (item: number | null, hasTargets: boolean) =>
    item !== null && !hasTargets
      ? text(
          `填了累计完成值，但第${item}项没有量化指标`,
          `a figure is given, but item ${item} has no target`,
          '请把数字写入工作进展，并清空累计完成值',
          'put the figure in the progress text and clear 累计完成值',
        )
      : text(
          '填了累计完成值，但未填指标编号',
          'a figure is given without a target id',
          '请填写该数字对应的指标编号；只报文字进展时请清空累计完成值',
          'enter the target id the figure belongs to, or clear the figure for a text-only report',
        ),

  targetItemMismatch: (id: string, owner: number | null, item: number) =>
    owner === null
      ? text(
          `指标${id}不属于任何任务，但序号填为${item}`,
          `target ${id} belongs to no item, yet the item number is ${item}`,
          '请清空序号，或核对指标编号',
          'clear the item number, or check the target id',
        )
      : text(
          `指标${id}属于第${owner}项，但序号填为${item}`,
          `target ${id} belongs to item ${owner}, yet the item number is ${item}`,
          `请核对序号或指标编号（${id}对应序号${owner}）`,
          `check the item number or the target id (${id} goes with item ${owner})`,
        ),

  notResponsible: (unit: string, item: number) =>
    text(
      `${unit}不是第${item}项的牵头、配合或责任单位`,
      `${unit} is not a lead, cooperating or responsible unit of item ${item}`,
      '请核对序号；本单位负责的任务见「责任分工」表',
      'check the item number; the 责任分工 sheet lists the unit’s items',
    ),
  notReporter: (id: string, reporter: string) =>
    text(
      `指标${id}由${reporter}填报，本行的数字不计入汇总（避免与${reporter}的数字重复）`,
      `target ${id} is reported by ${reporter}; this figure is not counted (it would duplicate ${reporter}’s)`,
      `请清空累计完成值，把本单位的贡献写入工作进展（数字由${reporter}统一填报）`,
      `clear the figure and describe the unit’s contribution in the progress text (${reporter} reports the figure)`,
    ),

  missingValue: (id: string) =>
    text(
      `指标${id}未填累计完成值`,
      `no figure for target ${id}`,
      '请填写截至本报告期的累计完成值（数字）',
      'enter the cumulative figure to the end of the period (a number)',
    ),
  badNumber: (shown: string, reason: 'text' | 'error' | 'boolean' | 'not-finite' | 'other') => {
    const zh =
      reason === 'error'
        ? `累计完成值为错误值 ${shown}`
        : reason === 'other'
          ? '累计完成值无法识别'
          : `累计完成值「${shown}」不是数字`;
    const en =
      reason === 'error'
        ? `the figure is the error value ${shown}`
        : reason === 'other'
          ? 'the figure cannot be read'
          : `the figure “${shown}” is not a number`;
    return text(
      zh,
      en,
      '请填写阿拉伯数字，不带文字和单位，如 1000',
      'enter a plain number without words or units, e.g. 1000',
    );
  },
  normalizedNumber: (column: string, shown: string, value: number) =>
    text(
      `${column}「${shown}」是文本，读作 ${fmt(value)}`,
      `${column} “${shown}” is text, read as ${fmt(value)}`,
      `${NOT_COUNTED_ZH}${column}应为数字 ${fmt(value)}`,
      `${NOT_COUNTED_EN}${column} should be the number ${fmt(value)}`,
    ),
  negativeValue: (value: number) =>
    text(
      `累计完成值为负数（${fmt(value)}）`,
      `the figure is negative (${fmt(value)})`,
      '请核对：该指标的累计完成值不应为负数',
      'check the figure: this target cannot be negative',
    ),

  measureFamily: (written: string, expected: string) =>
    text(
      `计量单位「${written}」与指标的「${expected}」不同`,
      `the measure “${written}” differs from the target’s “${expected}”`,
      `请核对计量单位，该指标以「${expected}」计`,
      `check the measure; the target counts in “${expected}”`,
    ),
  measureScale: (written: string, expected: string, example: string) =>
    text(
      `计量单位「${written}」与指标的「${expected}」数量级不同，数字不能直接计入`,
      `the measure “${written}” is another scale than the target’s “${expected}”`,
      `请换算为${expected}后填写（${example}），并把计量单位改为${expected}`,
      `convert to ${expected} (${example}) and set the measure to ${expected}`,
    ),
  measureDimension: (written: string, expected: string) =>
    text(
      `计量单位「${written}」与指标的「${expected}」不是同一种量`,
      `the measure “${written}” is not the same kind of quantity as the target’s “${expected}”`,
      `请按「${expected}」填写累计完成值`,
      `report the figure in “${expected}”`,
    ),
  implausible: (value: number, target: number, measure: string) =>
    text(
      `累计完成值 ${fmt(value)} 超过目标值 ${fmt(target)}${measure} 的5倍`,
      `the figure ${fmt(value)} is over 5 times the target ${fmt(target)}${measure}`,
      '请核对数字和计量单位（是否多写了零，或用错了单位）',
      'check the figure and its measure (an extra zero, or the wrong unit?)',
    ),

  duplicateEarlier: (last: number) =>
    text(
      `与第${last}行重复（同一报告期、单位和指标），本行不计入汇总`,
      `duplicates row ${last} (same period, unit and target); this row is not counted`,
      `请删除本行，或把内容合并到第${last}行`,
      `delete this row or merge it into row ${last}`,
    ),
  duplicateLast: (others: string) =>
    text(
      `与第${others}行重复，按本行（最后一行）计入汇总`,
      `duplicates row(s) ${others}; this last row is the one counted`,
      '请删除重复的行',
      'delete the duplicate rows',
    ),
  decreasing: (value: number, earlier: number, period: string) =>
    text(
      `累计完成值 ${fmt(value)} 低于${period}的 ${fmt(earlier)}`,
      `the cumulative figure ${fmt(value)} is lower than ${fmt(earlier)} for ${period}`,
      '累计数一般不会减少，请核对本期或上期的数字',
      'cumulative figures rarely fall; check this or the earlier figure',
    ),

  missingItem: (period: string, item: number, title: string) =>
    text(
      `${period}未报送第${item}项任务（${title}）`,
      `no report for item ${item} (${title}) in ${period}`,
      '请在「进度填报」表补报该任务的工作进展',
      'add a row with the progress of this item',
    ),
  missingTarget: (period: string, id: string, name: string) =>
    text(
      `${period}未报送指标${id}（${name}）`,
      `no figure for target ${id} (${name}) in ${period}`,
      '请补报该指标的累计完成值',
      'add a row with the cumulative figure of this target',
    ),
  overdueItem: (item: number, title: string, deadline: string, asOf: string) =>
    text(
      `第${item}项任务（${title}）的完成时限${chineseDate(deadline)}已到，截至${asOf}未报送任何工作进展`,
      `item ${item} (${title}) was due on ${deadline}, and no progress has been reported by ${asOf}`,
      '请报送该任务的完成情况；完成时限有误的，请在「工作任务」表中更正后重新读取方案',
      'report how the item stands; if the deadline is wrong, correct it on the 工作任务 sheet and read the schema back',
    ),
  missingProgress: () =>
    text(
      '未填工作进展',
      'the progress text is blank',
      '请简要填写本期工作进展',
      'describe the progress briefly',
    ),
} as const;
