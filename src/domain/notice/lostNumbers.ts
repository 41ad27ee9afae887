/**
 * Items whose number a copied page lost: a paragraph without a number that ends with a unit clause of its own
 * (`新增跨境电商产值10亿元以上(责任单位:市商务局);`), standing where the next item should be — after an item that closed
 * with its own clause, or first under its heading when the next item there is numbered 2. Mirror sites drop circled
 * numbers and the first `1.` under a heading, or keep a damaged `(一` of `(一)`. Such a paragraph is read as the
 * missing item (and reported), not set aside as text that belongs to no item; a closing remark with a clause is not.
 */
import { chineseNumber, markerLabel, type Marker, type NumberStyle } from './numbering';

/** The item before the paragraph, as far as the decision needs it. */
export interface ItemBefore {
  marker: Marker;
  /** Under the same section and group as the paragraph. */
  sameHeading: boolean;
  /** It closed with a unit clause of its own. */
  closedByClause: boolean;
}

/** What is known around a paragraph that belongs to no item. */
export interface LostNumberContext {
  /** The paragraph's text; it ends with a unit clause of its own. */
  text: string;
  /** The style of the notice's items. */
  style: NumberStyle;
  previous?: ItemBefore;
  /** The value of the next item of that style under the same heading, if any. */
  next?: number;
}

/** A sentence, not a label or a heading. */
const MIN_TEXT = 10;

/**
 * `(一加强…`: a `(一)` whose closing bracket the page lost, read only when its number is due. (Not digits: `3家企业…`
 * begins with a count.)
 */
const DAMAGED_CN_PAREN = /^\(([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fff])/;

/** A closing remark, not an item (`上述工作请各单位于每季度末报送…`, `请各责任单位…`). */
const REMARK = /^(上述|以上|请|各(责任)?单位要|各地各部门要|联系人)/;

/** The marker of the item a paragraph stands for, or undefined when it is not an item that lost its number. */
export function lostNumber(context: LostNumberContext): Marker | undefined {
  const { text, style, previous, next } = context;
  if (text.length < MIN_TEXT || REMARK.test(text)) return undefined;
  let value: number;
  if (previous?.sameHeading) {
    if (!previous.closedByClause || previous.marker.style !== style) return undefined;
    value = previous.marker.value + 1;
    // The next item already carries that number: the paragraph is something else (unless a new list starts at 1).
    if (next !== undefined && next !== 1 && next <= value) return undefined;
  } else {
    // First under its heading: only when the next item shows one number is missing before it.
    if (next === undefined || next < 2) return undefined;
    value = next - 1;
    const continues =
      previous !== undefined && previous.marker.style === style && previous.marker.value + 1 === value;
    if (value !== 1 && !continues) return undefined;
  }
  const damaged = style === 'cn-paren' ? DAMAGED_CN_PAREN.exec(text) : null;
  const length = damaged?.[1] && chineseNumber(damaged[1]) === value ? damaged[0].length : 0;
  return { style, value, label: markerLabel(style, value), length };
}
