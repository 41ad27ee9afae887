/**
 * Targets of a row of figures (指标 | 单位 | 年度目标 | 责任部门, or 2025年 | 2027年 columns): each figure cell is a
 * target, and the text cell before them names what it counts. A figure cell is a number with at most a sign or
 * word of comparison and a measure (`186`, `≥2%`, `低于4.1`, `3000万吨左右`); a cell that says more (`全市统筹`,
 * `较2022年下降3%`, `每年提升2%左右或不低于全省平均水平`) or a value of 0 (no quota) sets no target.
 */
import type { Comparator, TargetKind } from '../schema';
import { isMeasure, type TargetDraft } from './targets';
import { VERB_COMPARATORS } from './targetWords';

/** Where a figure cell stands in the item's text. */
export interface FigureSpan {
  start: number;
  end: number;
  /** The measure the figure's column gives it (`%` under `增长%`). */
  measure?: string;
}

/** The figure cells of a table row and the measure its 单位 cell gives them. */
export interface FigureCells {
  spans: FigureSpan[];
  measure?: string;
}

/** Signs written before a figure (`≥2%`). */
const SIGNS: Readonly<Record<string, Comparator>> = {
  '≥': '>=',
  '≤': '<=',
  '>': '>',
  '<': '<',
  '＞': '>',
  '＜': '<',
};
/** The comparing words, longest first, so that 不低于 is never read as 低于. */
const WORDS = Object.keys(VERB_COMPARATORS).sort((x, y) => y.length - x.length);

const FIGURE = /^([^\d]{0,4}?) *(\d+(?:\.\d+)?) *(%|‰|[^\d\s,;。]{0,6}?) *(以上|以下|以内|左右)?$/;
/** A cell this long under a figure column is a sentence, not a figure with a word of comparison. */
const MIN_SENTENCE_CELL = 12;
/** A measure in brackets closing an indicator's name (`城镇新增就业(人)`, `城镇登记失业率(%)`). */
const NAMED_MEASURE = /\(([^()\d\s]{1,4})\)$/;
/** A 单位 cell that gives no measure. */
const NO_MEASURE = /^[-—–/\\无]*$/;

/** The comparator a figure's prefix (a sign or a word: `≥`, `不低于`) or suffix (`以上`) names, `=` when none. */
function comparatorOf(prefix: string, suffix: string | undefined): Comparator {
  if (suffix === '以上') return '>=';
  if (suffix === '以下' || suffix === '以内') return '<=';
  const before = prefix.trim();
  const sign = SIGNS[before.slice(-1)];
  if (sign) return sign;
  const word = WORDS.find((w) => before.endsWith(w));
  return word ? (VERB_COMPARATORS[word] ?? '=') : '=';
}

/** The indicator the figures count: the sentence (cell) before the first of them. */
function indicatorBefore(text: string, at: number): string {
  const before = text.slice(0, at).replace(/[。;,\s]+$/, '');
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'));
  return before.slice(stop + 1).trim();
}

function kindOf(comparator: Comparator, measure: string): TargetKind {
  if (comparator === '<=' || comparator === '<') return 'cap';
  return measure === '%' || measure === '‰' ? 'rate' : 'total';
}

/** The draft of one figure cell, or undefined when the cell is not a figure. */
function figureDraft(
  text: string,
  span: FigureSpan,
  name: string,
  columnMeasure: string,
): TargetDraft | undefined {
  const match = FIGURE.exec(text.slice(span.start, span.end).trim());
  const value = Number(match?.[2]);
  if (!match || !Number.isFinite(value) || value === 0) return undefined;
  const measure = match[3] || span.measure || (NO_MEASURE.test(columnMeasure) ? '' : columnMeasure);
  const comparator = comparatorOf(match[1] ?? '', match[4]);
  return {
    name,
    value,
    measure,
    comparator,
    approx: match[4] === '左右',
    kind: kindOf(comparator, measure),
    confidence: 'high',
    start: span.start,
    end: span.end,
  };
}

/** The drafts of an item with figure cells: the figures' own drafts replace what the text reader found in them. */
export function withFigureTargets(
  drafts: readonly TargetDraft[],
  text: string,
  figures: FigureCells,
): TargetDraft[] {
  const first = figures.spans[0];
  if (!first) return [...drafts];
  // A sentence under a figure column (`完成老旧小区改造100户`) is the task's text: the text reader's targets in it stay.
  const figureSpans = figures.spans.filter((span) => span.end - span.start < MIN_SENTENCE_CELL);
  const inside = (d: TargetDraft): boolean => figureSpans.some((s) => d.start < s.end && d.end > s.start);
  const name = indicatorBefore(text, first.start);
  // `城镇新增就业(人)`: with no 单位 column, the indicator's own bracket says what its figures count.
  const named = NAMED_MEASURE.exec(name)?.[1] ?? '';
  const measure = figures.measure?.trim() || (isMeasure(named) ? named : '');
  const own = figures.spans
    .map((span) => figureDraft(text, span, name, measure))
    .filter((d): d is TargetDraft => d !== undefined && name !== '');
  // The indicator's own figure again (`GDP年均增长10%以上` over a figure cell of 10 with % in 单位) is the row's
  // target once.
  const nameStart = text.lastIndexOf(name, first.start);
  const inName = (d: TargetDraft): boolean =>
    nameStart >= 0 &&
    d.start >= nameStart &&
    d.end <= first.start &&
    own.some((o) => o.value === d.value && o.measure === d.measure);
  return [...drafts.filter((d) => !inside(d) && !inName(d)), ...own].sort((a, b) => a.start - b.start);
}
