/**
 * A notice that reports how its items went (`现将工作落实情况汇报如下`, `…完成情况报告如下`): under each item's own task,
 * what follows reports work done (`1-11月固定资产投资同比增长6.3%`, `2022年,共签约48个项目`), and its figures are no
 * targets. The item's task is its first line, up to the first sentence that reports.
 */
import type { ClassifiedLine } from './classify';

/** The sentence saying a report follows (`具体情况报告如下`, `现将…完成情况汇报如下`). */
const REPORT_INTRO = /(汇报|报告)如下|(完成|进展|落实|推进|执行)情况如下/;
/** A title naming a report of progress (`2020年西平县目标任务完成情况`, `…推进情况的报告`). */
const REPORT_TITLE = /(完成|进展|落实|推进|执行)情况(的)?(报告|汇报)?$/;
/** A report's title names what it reports on, not only `完成情况`. */
const MIN_REPORT_TITLE = 10;
/** How far into the notice its intro is read (the lines before the items). */
const MAX_INTRO_LINES = 20;

/** A sentence that reports work done: by the time it covers, a running total, or a change on last year. */
const REPORTED =
  /^(\d{4}年(?!计划|将|力争|拟|要|目标)(全年|以来)?[,,]?|全年(共|累计)?(完成|实现|签约|新增)|累计|截至|截止|目前|今年以来|\d{1,2}[-—~至]\d{1,2}月|共(完成|签约|实施|整治))|同比/;
/** A line giving the report on the task (`完成情况:…`, `进展情况:…`). */
const REPORT_LABEL = /^(完成情况|进展情况|推进情况|落实情况|工作进展|进展|进度)[::]/;
/** A line giving the task's goal (`目标任务:改造老旧小区30个`): still the task. */
const GOAL_LABEL = /^(目标任务|年度目标|任务目标|工作目标|目标|主要任务|工作任务)[::]/;
/** A summary and a plan reported together (`工作总结和2025年工作计划报告如下`): the plan's figures are targets. */
const WITH_PLAN = /(总结|情况)(和|及|与)[^。]{0,16}(计划|打算|思路)/;

/** Whether the notice reports progress on its items, as its title or the lines before its items say. */
export function reportsProgress(title: string, lines: readonly ClassifiedLine[]): boolean {
  // A column's name read as the title (`进展情况`, `1-9月推进情况`) is too short to be a report's.
  if (title.length >= MIN_REPORT_TITLE && REPORT_TITLE.test(title)) return true;
  return lines
    .filter((line) => line.kind !== 'blank')
    .slice(0, MAX_INTRO_LINES)
    .some((line) => line.kind !== 'numbered' && REPORT_INTRO.test(line.text) && !WITH_PLAN.test(line.text));
}

/**
 * Where an item's own task ends in its text, [from, to): at the first sentence that reports work done, at a line
 * labelled as the report (`完成情况:`), or at a new line after a finished sentence that is not the task's goal
 * (`目标任务:…`); a line the page wrapped mid-sentence goes on.
 */
export function taskEnd(text: string, from: number, to: number, lineStarts: readonly number[]): number {
  const breaks = new Set(lineStarts.filter((at) => at > from && at < to));
  let start = from;
  for (let k = from; k <= to; k++) {
    const atBreak = breaks.has(k);
    if (k === to || atBreak || text[k - 1] === '。') {
      if (k > start && start > from && REPORTED.test(text.slice(start, k))) return start;
      if (atBreak) {
        const line = text.slice(k, to);
        if (REPORT_LABEL.test(line)) return k;
        if (/[。;!]$/.test(text.slice(from, k).trimEnd()) && !GOAL_LABEL.test(line)) return k;
      }
      start = k;
    }
  }
  return to;
}
