/**
 * The shared string table (`xl/sharedStrings.xml`), read as the texts cells show: rich text runs joined,
 * phonetic guides (`rPh`) left out, `_xHHHH_` escapes decoded. An `<si>` with neither text nor runs reads as
 * null (blank), as the exceljs reader has it.
 */
import { SaxesParser } from 'saxes';
import { runSax } from './saxStream';
import { decodeXlsxText } from './text';
import { localName } from './xml';

/** Reads every string of the table, in index order. */
export function readSharedStrings(bytes: Uint8Array): (string | null)[] {
  const strings: (string | null)[] = [];
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  // Path of local names below <si>: ['t'] plain text, ['r','t'] a run's text, anything under rPh skipped.
  const path: string[] = [];
  let inItem = false;
  let plain: string | null = null;
  let runs: string[] | null = null;
  let text = '';
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (!inItem) {
      if (name === 'si') {
        inItem = true;
        plain = null;
        runs = null;
        path.length = 0;
      }
      return;
    }
    path.push(name);
    if (name === 't') text = '';
  });
  parser.on('text', (t) => {
    if (inItem && path[path.length - 1] === 't') text += t;
  });
  parser.on('closetag', (tag) => {
    if (!inItem) return;
    const name = localName(tag.name);
    if (path.length === 0 && name === 'si') {
      inItem = false;
      strings.push(runs !== null ? (runs as string[]).join('') : plain);
      return;
    }
    const depth = path.length;
    path.pop();
    if (name !== 't') return;
    if (depth === 1) plain = decodeXlsxText(text);
    else if (depth === 2 && path[0] === 'r') (runs ??= []).push(decodeXlsxText(text));
  });
  runSax(parser, bytes);
  return strings;
}
