/**
 * Text normalisation that keeps positions: every UTF-16 unit maps to exactly one unit, so a column in the
 * normalised line is the same column in the notice as written.
 */

const BRACKETS: Readonly<Record<number, number>> = {
  0x3010: 0x5b, // 【
  0x3011: 0x5d, // 】
  0x3014: 0x5b, // 〔
  0x3015: 0x5d, // 〕
  0xfe59: 0x28, // ﹙
  0xfe5a: 0x29, // ﹚
};

function normalizeCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII forms
  if (code === 0x3000 || code === 0x00a0 || code === 0x09 || code === 0x200b || code === 0xfeff) return 0x20;
  return BRACKETS[code] ?? code;
}

/** Maps full-width ASCII to half-width, 全角 spaces/tabs/NBSP to spaces and 【】〔〕 to [ ]; same length as the input. */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(normalizeCode(text.charCodeAt(i)));
  return out;
}

/** One physical line of the notice. */
export interface NoticeLine {
  /** 1-based line number. */
  line: number;
  /** The line as written, without its line break. */
  raw: string;
  /** Normalised, with leading and trailing spaces removed. */
  text: string;
  /** 1-based column in `raw` where `text` starts. */
  column: number;
}

/** Splits on CRLF, CR or LF and normalises each line. */
export function splitLines(notice: string): NoticeLine[] {
  const lines: NoticeLine[] = [];
  let start = 0;
  let lineNo = 1;
  const push = (end: number): void => {
    const raw = notice.slice(start, end);
    const norm = normalizeText(raw);
    let from = 0;
    let to = norm.length;
    while (from < to && norm.charCodeAt(from) === 0x20) from++;
    while (to > from && norm.charCodeAt(to - 1) === 0x20) to--;
    lines.push({ line: lineNo++, raw, text: norm.slice(from, to), column: from + 1 });
  };
  for (let i = 0; i < notice.length; i++) {
    const code = notice.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      push(i);
      if (code === 0x0d && notice.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  push(notice.length);
  return lines;
}
