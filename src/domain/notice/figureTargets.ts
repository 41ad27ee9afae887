/**
 * Targets of a row of figures (指标 | 单位 | 年度目标 | 责任部门): the value cell is the target, the text cell before
 * it names what it counts. A figure cell holds a bare number (`186`), a number with a sign or word of comparison
 * (`≥2%`, `低于4.1`) or no number at all (`全市统筹`, `良好以上`); a value of 0 sets no quota.
 */
import type { Comparator } from '../schema';
import type { TargetDraft } from './targets';

/** Where the row's figure stands in the item's text. */
export interface FigureSpan {
  start: number;
  end: number;
}

const COMPARISON: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/^(≥|>=|不低于|不少于|至少)/, '>='],
  [/^(≤|<=|不超过|不高于|不多于|控制在)/, '<='],
  [/^(>|＞|高于|超过|大于)/, '>'],
  [/^(<|＜|低于|小于)/, '<'],
];

const FIGURE = /^([^\d]{0,4}?)\s*(\d+(?:\.\d+)?)\s*(%|‰|[^\d\s,;。]{0,6}?)\s*(以上|以下|以内|左右)?$/;

/** The comparator a figure's prefix or suffix names, `=` when none. */
function comparatorOf(prefix: string, suffix: string | undefined): Comparator {
  if (suffix === '以上') return '>=';
  if (suffix === '以下' || suffix === '以内') return '<=';
  return COMPARISON.find(([pattern]) => pattern.test(prefix))?.[1] ?? '=';
}

/** The indicator a figure counts: the sentence (cell) before it. */
function indicatorBefore(text: string, at: number): string {
  const before = text.slice(0, at).replace(/[。;,\s]+$/, '');
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'));
  return before.slice(stop + 1).trim();
}

/**
 * The drafts of an item with a figure: the drafts found inside the figure are named by its indicator and a 0 is
 * dropped; a figure the target reader did not take (a bare number, `低于4.1`) becomes a draft of its own.
 */
export function withFigureTargets(
  drafts: readonly TargetDraft[],
  text: string,
  figure: FigureSpan,
): TargetDraft[] {
  const inside = (d: TargetDraft): boolean => d.start < figure.end && d.end > figure.start;
  const name = indicatorBefore(text, figure.start);
  const kept = drafts
    .filter((d) => !(inside(d) && d.value === 0))
    .map((d) => (inside(d) ? { ...d, name: d.name === '' ? name : d.name, ...signed(d, text, figure) } : d));
  if (drafts.some(inside)) return kept;
  const match = FIGURE.exec(text.slice(figure.start, figure.end).trim());
  if (!match || Number(match[2]) === 0 || name === '') return kept;
  const comparator = comparatorOf(match[1] ?? '', match[4]);
  const measure = match[3] ?? '';
  const draft: TargetDraft = {
    name,
    value: Number(match[2]),
    measure,
    comparator,
    approx: match[4] === '左右',
    kind: comparator === '<=' || comparator === '<' ? 'cap' : measure === '%' ? 'rate' : 'total',
    confidence: 'high',
    start: figure.start,
    end: figure.end,
  };
  return [...kept, draft];
}

/** A figure's sign of comparison (`≥2%`) read into a draft that took the number alone. */
function signed(draft: TargetDraft, text: string, figure: FigureSpan): Partial<TargetDraft> {
  if (draft.comparator !== '=') return {};
  const cell = text.slice(figure.start, figure.end);
  const comparator = comparatorOf(cell.slice(0, Math.max(0, cell.search(/\d/))), undefined);
  return comparator === '=' ? {} : { comparator };
}
