/**
 * Quantitative targets of one text: `力争全年净增规上工业企业1000户以上`, `培育认定10家以上省级…平台`,
 * `60家、力争100家`, `增长15%以上`, `控制在3.5%以内`. Numbers that are not targets (years, anniversaries, names
 * in quotes, `由75%提高至100%`, `不到100万元部分`, ordinals) are skipped; tracked lists (`…等14家企业`) and
 * numbers without any target wording are kept with low confidence.
 */
import type { Comparator, TargetKind } from '../schema';
import {
  CAP_WORDS,
  INCREMENT_WORDS,
  LEAD_INS,
  MEASURES,
  PHRASE_DELIMITERS,
  RATE_MEASURES,
  STRIVE_WORDS,
  TOTAL_WORDS,
  VERBS_BEFORE_NUMBER,
} from './targetWords';

/** A target found in a text, before ids and reporters are assigned. */
export interface TargetDraft {
  name: string;
  value: number;
  stretch?: number;
  measure: string;
  comparator: Comparator;
  approx: boolean;
  kind: TargetKind;
  confidence: 'high' | 'low';
  /** Why the confidence is low. */
  doubt?: 'tracked-list' | 'no-target-wording';
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
}

const MAX_PHRASE = 60;
const MAX_NAME_AFTER = 40;
const CHANGE_VERBS = /(提高|降低|调整|上调|下调|增加|扩大|降)(至|到|为)/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isAsciiWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9.]/.test(ch);
}

/** Reads a number at `i` (with `1,500` thousands groups and decimals); returns its value and end. */
function readNumber(text: string, i: number): { value: number; end: number } {
  let j = i;
  let digits = '';
  while (isDigit(text[j])) digits += text[j++];
  while (
    text[j] === ',' &&
    isDigit(text[j + 1]) &&
    isDigit(text[j + 2]) &&
    isDigit(text[j + 3]) &&
    !isDigit(text[j + 4])
  ) {
    digits += text.slice(j + 1, j + 4);
    j += 4;
  }
  if (text[j] === '.' && isDigit(text[j + 1])) {
    digits += text[j++];
    while (isDigit(text[j])) digits += text[j++];
  }
  return { value: Number(digits), end: j };
}

function measureAt(text: string, i: number): string | undefined {
  return MEASURES.find((m) => text.startsWith(m, i));
}

function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/** Strips verbs written between the name and the number; returns the rest and the verbs. */
function stripVerbs(before: string): { rest: string; verbs: string } {
  let rest = before;
  let verbs = '';
  for (let round = 0; round < 3; round++) {
    const verb = VERBS_BEFORE_NUMBER.find((v) => rest.endsWith(v));
    if (!verb) break;
    rest = rest.slice(0, rest.length - verb.length);
    verbs = verb + verbs;
  }
  return { rest, verbs };
}

/** The thing counted, after the last lead-in word of the phrase. */
function nameAfterLeadIns(rest: string): { name: string } {
  let cut = 0;
  for (const word of LEAD_INS) {
    const at = rest.lastIndexOf(word);
    if (at >= 0) cut = Math.max(cut, at + word.length);
  }
  return {
    name: rest
      .slice(cut)
      .replace(/^[ 的]+/, '')
      .trim(),
  };
}

function suffixAt(text: string, k: number): { comparator?: Comparator; approx: boolean; end: number } {
  for (const [word, comparator] of [
    ['及以上', '>='],
    ['以上', '>='],
    ['以内', '<='],
    ['以下', '<='],
  ] as const) {
    if (text.startsWith(word, k)) {
      const end = k + word.length;
      return { comparator, approx: false, end: text[end] === '的' ? end + 1 : end };
    }
  }
  if (text.startsWith('左右', k)) return { approx: true, end: k + 2 };
  return { approx: false, end: k };
}

function isDelimiter(ch: string | undefined): boolean {
  return ch !== undefined && PHRASE_DELIMITERS.includes(ch);
}

/** Finds the targets in text[from, to). */
export function findTargets(text: string, from: number, to: number): TargetDraft[] {
  const drafts: TargetDraft[] = [];
  let segmentStart = from;
  let sentenceStart = from;
  let commaStart = from;
  let striveAt = -1;
  let incrementAt = -1;
  let youAt = -1;
  let bookDepth = 0;
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (ch === '《') bookDepth++;
    else if (ch === '》') bookDepth = Math.max(0, bookDepth - 1);
    else if (ch === '。' || ch === ';' || ch === '!' || ch === '?') {
      sentenceStart = commaStart = segmentStart = i + 1;
    } else if (ch === ',') commaStart = segmentStart = i + 1;
    else if (isDelimiter(ch)) segmentStart = i + 1;
    else if (ch === '由') youAt = i;
    else if (STRIVE_WORDS.some((w) => text.startsWith(w, i))) striveAt = i;
    else if (INCREMENT_WORDS.some((w) => text.startsWith(w, i))) incrementAt = i;
    if (!isDigit(ch) || isAsciiWordChar(text[i - 1])) {
      i++;
      continue;
    }
    const number = readNumber(text, i);
    let measureFrom = number.end;
    const more = text[measureFrom] === '多';
    if (more) measureFrom++;
    const measure = measureAt(text, measureFrom);
    if (!measure || number.end > to) {
      i = number.end;
      continue;
    }
    const measureEnd = measureFrom + measure.length;
    const parameter =
      text.startsWith('部分', measureEnd) ||
      text.startsWith('的部分', measureEnd) ||
      (youAt >= commaStart &&
        i - youAt <= MAX_PHRASE &&
        CHANGE_VERBS.test(text.slice(youAt, Math.min(to, measureEnd + 30))));
    if (bookDepth > 0 || text[i - 1] === '第' || parameter) {
      i = measureEnd;
      continue;
    }
    const suffix = suffixAt(text, measureEnd);
    const phraseStart = Math.max(segmentStart, i - MAX_PHRASE);
    const before = text.slice(phraseStart, i);
    const tracked = text[i - 1] === '等';
    const { rest, verbs } = stripVerbs(before);
    let { name } = nameAfterLeadIns(rest);
    // A lone character left before the number (年底前 → 前) names nothing; read the noun after the number instead.
    if (name.length < 2) name = '';
    const start = phraseStart + (before.length - before.trimStart().length);
    let end = suffix.end;
    if (tracked || name === '') {
      // The thing counted follows the number: 培育认定10家以上省级中小企业公共服务示范平台.
      let k = suffix.end;
      while (k < to && k - suffix.end < MAX_NAME_AFTER && !isDelimiter(text[k]) && !isDigit(text[k])) k++;
      name = text.slice(suffix.end, k).trim();
      end = k;
    }
    const sentenceStrive = striveAt >= sentenceStart;
    let comparator: Comparator = suffix.comparator ?? '=';
    if (!suffix.comparator) {
      if (/突破|超过|超/.test(verbs) || more) comparator = '>';
      else if (/不少于|不低于|至少/.test(verbs)) comparator = '>=';
      else if (/不超过|不高于|控制在/.test(verbs)) comparator = '<=';
      else if (sentenceStrive) comparator = '>=';
    }
    const approx = suffix.approx || verbs.includes('约');
    let kind: TargetKind;
    if (containsAny(verbs, CAP_WORDS) || comparator === '<=') kind = 'cap';
    else if (RATE_MEASURES.includes(measure)) kind = 'rate';
    else if (containsAny(before, INCREMENT_WORDS)) kind = 'increment';
    else if (
      containsAny(verbs, TOTAL_WORDS) ||
      /(数|总数|总量|规模|存量)$/.test(name) ||
      containsAny(before, ['累计', '总数'])
    )
      kind = 'total';
    else kind = 'increment';
    const worded =
      comparator !== '=' ||
      approx ||
      verbs !== '' ||
      sentenceStrive ||
      incrementAt >= sentenceStart ||
      containsAny(before, LEAD_INS);
    const draft: TargetDraft = {
      name,
      value: number.value,
      measure,
      comparator: tracked ? '=' : comparator,
      approx,
      kind: tracked ? 'total' : kind,
      confidence: tracked || !worded ? 'low' : 'high',
      start,
      end,
    };
    if (tracked) draft.doubt = 'tracked-list';
    else if (!worded) draft.doubt = 'no-target-wording';
    // 60家、力争100家: a stretch value for the same measure.
    const stretch = /^[、,;]?(力争|争取)/.exec(text.slice(suffix.end, suffix.end + 4));
    if (stretch && !tracked) {
      const at = suffix.end + stretch[0].length;
      if (isDigit(text[at])) {
        const second = readNumber(text, at);
        if (text.startsWith(measure, second.end)) {
          draft.stretch = second.value;
          const secondSuffix = suffixAt(text, second.end + measure.length);
          draft.end = Math.max(draft.end, secondSuffix.end);
        }
      }
    }
    drafts.push(draft);
    segmentStart = Math.max(segmentStart, draft.end);
    i = Math.max(draft.end, measureEnd);
  }
  return drafts;
}
