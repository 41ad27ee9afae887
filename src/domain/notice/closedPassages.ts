/**
 * A notice that closes each task with its unit line (a news copy: `粮食产量1268万吨以上` / `部门分工:省农业农村厅牵头,…` /
 * `大力推进…建设` / `工作措施:…` / `部门分工:…`): each task is an item. An item begins on the line after the previous
 * unit line and the labelled lines that went with it; the first begins after the notice's opening (its title, a
 * line introducing the list, a preamble's sentence), so the opening stays out.
 */
import type { ClassifiedLine } from './classify';
import { readClauseLabel } from './clauseLabels';
import type { ItemMark } from './unnumberedItems';

/** Fewer closed tasks are a paragraph with a unit line, not a list of items. */
const MIN_ITEMS = 2;
/** A preamble's sentence (`为推动…,制定本安排。`): the first passage begins after it. */
const PREAMBLE = /^(为|根据|按照|现将|经)[^。]*。$/;
/** A notice's title: a first line naming the kind of paper it is. */
const TITLE_END = /(通知|要点|方案|安排|分工|清单|计划|意见|办法|通报|实事|任务|目标)$/;
/** A line that ends by introducing what follows, or a page's own remark: the first passage begins after it. */
const OPENING_END = /[::??~!!]$|吧$/;
/** A labelled part of a task (`工作措施:`, `主要内容:`), not its first line. */
const PART_LABEL = /^[\u4e00-\u9fff]{2,6}[::]/;

const isRoleLine = (line: ClassifiedLine): boolean =>
  line.kind === 'unit-line' && readClauseLabel(line.text)?.kind === 'role';

/** The lines that open the notice's closed passages, numbered 1, 2, 3 (no mark of their own); none when fewer than two. */
export function closedPassages(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ItemMark> | undefined {
  const title = lines.findIndex((line) => line.kind !== 'blank');
  const firsts: number[] = [];
  let previous = -1;
  for (let k = 0; k < lines.length; k++) {
    if (!isRoleLine(lines[k] as ClassifiedLine)) continue;
    let start: number | undefined;
    if (previous < 0) {
      // The first passage: back over its lines to the notice's opening.
      for (let j = k - 1; j >= 0; j--) {
        const line = lines[j] as ClassifiedLine;
        if (line.kind !== 'text' || OPENING_END.test(line.text) || PREAMBLE.test(line.text)) break;
        // The notice's title (its first line, named as a notice) stays out.
        if (j === title && TITLE_END.test(line.text)) break;
        start = j;
      }
    } else {
      // A later passage begins after the previous unit line and the labelled lines of that passage (`工作目标:…`).
      const at = lines.findIndex(
        (line, j) => j > previous && j < k && line.kind === 'text' && !PART_LABEL.test(line.text),
      );
      start = at < 0 ? undefined : at;
    }
    previous = k;
    if (start === undefined) continue;
    // A passage led by a labelled line (`工作措施:…`) starts at its first line that is not.
    while (start < k && PART_LABEL.test((lines[start] as ClassifiedLine).text)) start++;
    if (start < k) firsts.push(start);
  }
  if (firsts.length < MIN_ITEMS) return undefined;
  return new Map(
    firsts.map((at, k) => [lines[at] as ClassifiedLine, { value: k + 1, label: String(k + 1), length: 0 }]),
  );
}
