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
  /^(\d{4}年(全年|以来)?[,,]?|全年(共|累计)?(完成|实现|签约|新增)|累计|截至|截止|目前|今年以来|\d{1,2}[-—~至]\d{1,2}月|共(完成|签约|实施|整治))|同比/;

/** Whether the notice reports progress on its items, as its title or the lines before its items say. */
export function reportsProgress(title: string, lines: readonly ClassifiedLine[]): boolean {
  // A column's name read as the title (`进展情况`, `1-9月推进情况`) is too short to be a report's.
  if (title.length >= MIN_REPORT_TITLE && REPORT_TITLE.test(title)) return true;
  return lines
    .filter((line) => line.kind !== 'blank')
    .slice(0, MAX_INTRO_LINES)
    .some((line) => line.kind !== 'numbered' && REPORT_INTRO.test(line.text));
}

/**
 * Where an item's own task ends in its text, [from, to): at its second line, or at the first sentence of its first
 * line that reports work done.
 */
export function taskEnd(text: string, from: number, to: number, lineStarts: readonly number[]): number {
  const secondLine = lineStarts.find((at) => at > from && at < to) ?? to;
  for (let at = text.indexOf('。', from); at >= 0 && at + 1 < secondLine; at = text.indexOf('。', at + 1)) {
    const next = at + 1;
    const end = text.indexOf('。', next);
    if (REPORTED.test(text.slice(next, end < 0 ? secondLine : Math.min(end, secondLine)))) return next;
  }
  return secondLine;
}
