/**
 * Pinyin a mirror site glosses after traditional characters (`發(fā)展改革委`, `責(zé)任單位`): not the notice's text.
 * The glosses are read as absent, so names and clauses read as written; the places of the rest stay those of the
 * notice.
 */

/** A syllable of pinyin with its tone mark (`fā`, `zhǎng`). */
const SYLLABLE = '[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*';
/** A bracket of pinyin straight after a Chinese character, in the normalised text (half-width brackets). */
const GLOSS = new RegExp(`(?<=[\\u4e00-\\u9fff])\\(${SYLLABLE}\\)`, 'g');
/** The same in either bracket form, as a label copied from the page may keep it (`發（fā）展`). */
const GLOSS_ANY_BRACKET = new RegExp(`(?<=[\\u4e00-\\u9fff])[(（]${SYLLABLE}[)）]`, 'g');

/** The stretches [from, to) of `text` between `from` and `to` that are not glosses, in order. */
export function withoutGlosses(text: string, from: number, to: number): Array<[number, number]> {
  const kept: Array<[number, number]> = [];
  let at = from;
  for (const m of text.slice(from, to).matchAll(GLOSS)) {
    const start = from + m.index;
    if (start > at) kept.push([at, start]);
    at = start + m[0].length;
  }
  if (at < to || kept.length === 0) kept.push([at, to]);
  return kept;
}

/** The text without its pinyin glosses. */
export function stripGlosses(text: string): string {
  return text.replace(GLOSS_ANY_BRACKET, '');
}
