/** Test helpers: rewrite a notice the way Word pastes it (full-width punctuation, CRLF, 全角 indentation). */

const FULL_WIDTH_PUNCTUATION = ',:;()!?%.[]';

/** Converts ASCII punctuation (and spaces) to full width, keeping every character in place. */
export function toFullWidthPunctuation(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === ' ') out += '\u3000';
    else if (FULL_WIDTH_PUNCTUATION.includes(ch)) out += String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
    else out += ch;
  }
  return out;
}

/** Indents every non-empty line with two 全角 spaces and joins lines with CRLF. */
export function toWordPaste(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `\u3000\u3000${line}`))
    .join('\r\n');
}

/**
 * True when `span` is found at its line and column in `text` (lines split on CRLF/CR/LF; multi-line spans by line).
 * A table cell wrapped over lines is quoted whole from its first line: its text runs on over the next lines, with
 * the `、` or space the parser put between them and the `|` lines between cells left aside.
 */
export function spanIsAt(text: string, span: { line: number; column: number; text: string }): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const first = span.text.split('\n')[0] ?? '';
  const at = (lines[span.line - 1] ?? '').slice(span.column - 1);
  if (at.startsWith(first)) return true;
  const squeeze = (s: string) => s.replace(/[、|\s]/g, '');
  const runOn = squeeze(at + lines.slice(span.line).join(''));
  return at !== '' && first.startsWith(at.trimEnd()) && runOn.startsWith(squeeze(first));
}
