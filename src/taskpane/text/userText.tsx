/**
 * User data inside the pane's sentences. Unit names, item and target texts, period labels, status words and
 * the workbook's own sheet and column names are the user's words: they are shown as written (often Chinese in
 * the English pane) inside elements marked `data-user`, so that everything else can be checked to be in the
 * pane's language. Three sources are told apart: parameters of a message (wrapped where the message is
 * rendered), text quoted “…” in an English sentence (the catalogues' convention for sheet and column names), and
 * the ledger's own words found in a finished sentence (validation findings, the bulletin).
 */
import type { ReactNode } from 'react';

/** Marks the start and end of user data inside a rendered sentence (never shown). */
const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Wraps a value so that `richText` shows it as user data. */
export function asUser(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

/** Han characters, CJK punctuation and full-width forms: what an English sentence must not hold outside user data. */
export const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** A piece of a sentence: the pane's own words, or the user's. */
export interface TextPiece {
  text: string;
  user: boolean;
}

/** Splits out text quoted “…” that holds CJK characters (sheet and column names quoted in English sentences). */
function splitQuoted(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const quoted = /“([^“”]*)”/g;
  let at = 0;
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
    const inner = m[1] ?? '';
    if (!CJK.test(inner)) continue;
    pieces.push({ text: text.slice(at, m.index + 1), user: false }, { text: inner, user: true });
    at = m.index + m[0].length - 1;
  }
  pieces.push({ text: text.slice(at), user: false });
  return pieces.filter((p) => p.text !== '');
}

/** Splits a rendered sentence at the user-data marks (and quoted CJK names). */
export function richPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const marked = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
  let at = 0;
  for (let m = marked.exec(text); m; m = marked.exec(text)) {
    pieces.push(...splitQuoted(text.slice(at, m.index)), { text: m[1] ?? '', user: true });
    at = m.index + m[0].length;
  }
  pieces.push(...splitQuoted(text.slice(at)));
  return pieces.filter((p) => p.text !== '');
}

/** The ledger's own words, longest first, as one pattern (null without words). */
export function wordPattern(words: Iterable<string>): RegExp | null {
  const list = [...new Set([...words].map((w) => w.trim()).filter((w) => w.length > 0 && CJK.test(w)))];
  if (list.length === 0) return null;
  list.sort((a, b) => b.length - a.length);
  return new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/**
 * Splits a finished sentence (a validation finding, a bulletin paragraph) where the ledger's words occur, and
 * where text is quoted “…” or 「…」.
 */
export function knownPieces(text: string, pattern: RegExp | null): TextPiece[] {
  const quoted = /“[^“”]*”|「[^「」]*」|【[^【】]*】|\[[^[\]]*\]/g;
  const spans: { start: number; end: number }[] = [];
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
    if (CJK.test(m[0].slice(1, -1))) spans.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  if (pattern) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    pieces.push(
      { text: text.slice(at, span.start), user: false },
      { text: text.slice(span.start, span.end), user: true },
    );
    at = span.end;
  }
  pieces.push({ text: text.slice(at), user: false });
  return pieces.filter((p) => p.text !== '');
}

/**
 * Renders pieces, user data in `<span data-user>`. Several pieces come in one `<span>`, so that inside a flex
 * container (a button) they stay one run of text and keep the spaces between them.
 */
export function renderPieces(pieces: readonly TextPiece[]): ReactNode {
  if (pieces.length > 1) return <span>{pieceNodes(pieces)}</span>;
  return pieceNodes(pieces);
}

function pieceNodes(pieces: readonly TextPiece[]): ReactNode {
  return pieces.map((p, i) =>
    p.user ? (
      <span key={i} data-user="">
        {p.text}
      </span>
    ) : (
      p.text
    ),
  );
}

/** A user value on its own (a unit name, a period label, a file name). */
export function User({ children }: { children: ReactNode }) {
  return <span data-user="">{children}</span>;
}
