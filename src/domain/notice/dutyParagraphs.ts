/**
 * A duty split written as paragraphs that number nothing, each opening with the units that answer for it
 * (`区住建局负责全区村庄环境整治总协调工作…`, `区环保局要加强工业污染源的环境管理…`): each such paragraph is an item, in
 * order. `unnumberedItems` asks this reader last, after closed passages and 一是… or bullet lines.
 */
import type { ClassifiedLine } from './classify';
import type { ItemMark } from './unnumberedItems';
import { looksLikeCollective, looksLikeUnit, looksStronglyLikeUnit } from '../units/unitShape';

/** Units (one, or several parted by 、), then the word that gives them the work, at a paragraph's start. */
const DUTY_PARAGRAPH =
  /^([^,。;:()、“”]{2,20}?(?:、[^,。;:()、“”]{2,20}?){0,5})(?:牵头负责|具体负责|主要负责|负责|牵头(?![单部]|领导)|要(?![求素点闻件案务]))(?![人同领干])(?=[\u4e00-\u9fff“])/;
/** Fewer such paragraphs are a passage's sentences, not a split of the work. */
const MIN_RUN = 3;
/** A paragraph that says a unit's work is a sentence or more, not a heading. */
const MIN_DUTY = 12;

/** The units opening a paragraph, when every piece is shaped like a unit; `named` when one is more than a collective. */
function openingUnits(line: ClassifiedLine): { units: string; named: boolean } | undefined {
  if (line.kind !== 'text' && line.kind !== 'unit-line') return undefined;
  if (line.text.length < MIN_DUTY) return undefined;
  const units = DUTY_PARAGRAPH.exec(line.text)?.[1];
  if (!units) return undefined;
  const pieces = units.split('、');
  if (!pieces.every(looksLikeUnit)) return undefined;
  // A body named with its level or its own suffix (`区住建局`), not a kind of people (`领导干部`, `窗口单位`).
  return { units, named: pieces.some((p) => !looksLikeCollective(p) && looksStronglyLikeUnit(p)) };
}

/** A run of such paragraphs and how many of them name a unit of their own (not only `各镇`). */
interface Run {
  marks: Map<ClassifiedLine, ItemMark & { named: boolean }>;
  named: number;
}

/**
 * The paragraphs, one after another (blank lines between), that open with units — three or more of them naming a
 * unit of their own (`各镇要…` among them is the towns' share) — else none.
 */
export function dutyParagraphs(lines: readonly ClassifiedLine[]): Map<ClassifiedLine, ItemMark> | undefined {
  let best: Run = { marks: new Map(), named: 0 };
  let run: Run = { marks: new Map(), named: 0 };
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    const opening = openingUnits(line);
    if (opening) {
      const value = run.marks.size + 1;
      run.marks.set(line, {
        value,
        label: String(value),
        length: 0,
        shown: opening.units,
        named: opening.named,
      });
      if (opening.named) run.named++;
    } else if (run.marks.size > 0) {
      // A paragraph that goes on the one above (its second paragraph) does not end the run; a heading does.
      if (line.text.length >= MIN_DUTY && !/[::]$/.test(line.text)) continue;
      if (run.named > best.named) best = run;
      run = { marks: new Map(), named: 0 };
    }
  }
  if (run.named > best.named) best = run;
  return best.named >= MIN_RUN ? withoutTrailingCollectives(best.marks) : undefined;
}

/** What a closing call to everyone says (`高度重视`, `协调配合`, `确保各项任务按期完成`). */
const EXHORTATION = /高度重视|加强(组织)?领导|协调配合|密切配合|形成合力|确保各项(工作|任务)/;

/**
 * A paragraph of collectives after the last unit's (`各部门要高度重视,加强协调配合…`) closes the split; it is no share of
 * the work. Among the units' paragraphs (`各镇要切实履行属地责任…`) it is the towns' share.
 */
function withoutTrailingCollectives(
  marks: Map<ClassifiedLine, ItemMark & { named: boolean }>,
): Map<ClassifiedLine, ItemMark> {
  const entries = [...marks];
  const closing = (entry: (typeof entries)[number] | undefined) =>
    entry !== undefined && !entry[1].named && EXHORTATION.test(entry[0].text);
  while (closing(entries[entries.length - 1])) entries.pop();
  return new Map(entries.map(([line, { named: _named, ...mark }]) => [line, mark]));
}
