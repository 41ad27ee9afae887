/**
 * Notices in traditional characters (`負責`, `牽頭單位`, `億元`), as mirror sites and some offices publish them: the
 * parser reads the text converted to simplified characters, and every name and text it gives back is written again
 * as the notice wrote it. The conversion is OpenCC's (opencc-js, traditional to mainland simplified); it keeps the
 * length of the text, character for character, so each character converted can be turned back.
 */
import { Converter } from 'opencc-js/t2cn';

/** The notice as the parser reads it, and how to write a string it found as the notice wrote it. */
export interface ReadScript {
  /** The text in simplified characters (the notice itself when it is not in traditional ones). */
  text: string;
  /** For a notice in traditional characters: a string of the simplified text back in the notice's characters. */
  written?: (found: string) => string;
}

/** Converted characters in a notice written in traditional characters: more than a stray variant or two. */
const MIN_CONVERTED = 8;
const MIN_CONVERTED_SHARE = 0.03;
const HAN = /[\u4e00-\u9fff]/g;

let convert: ((text: string) => string) | undefined;

/** Reads a notice as simplified characters; a notice in simplified characters comes back as it is. */
export function readScript(notice: string): ReadScript {
  convert ??= Converter({ from: 't', to: 'cn' });
  const lines = notice.split('\n');
  // Line by line: a line whose conversion changed its length (a phrase written differently) stays as written.
  const converted = lines.map((line) => {
    const simple = convert?.(line) ?? line;
    return simple.length === line.length ? simple : line;
  });
  const text = converted.join('\n');
  const back = new Map<string, string>();
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const simple = text[i] as string;
    const written = notice[i] as string;
    if (simple === written) continue;
    changed++;
    if (!back.has(simple)) back.set(simple, written);
  }
  const han = notice.match(HAN)?.length ?? 0;
  if (changed < MIN_CONVERTED || changed < han * MIN_CONVERTED_SHARE) return { text: notice };
  return { text, written: (found) => [...found].map((ch) => back.get(ch) ?? ch).join('') };
}

/** Every string in a value (objects and arrays, deeply) passed through `write`; other values as they are. */
export function rewriteStrings<T>(value: T, write: (text: string) => string): T {
  if (typeof value === 'string') return write(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => rewriteStrings(v, write)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = rewriteStrings(v, write);
    return out as T;
  }
  return value;
}
