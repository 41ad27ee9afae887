/** Looks at packages part by part: which parts changed, and whether merged parts kept every original entry. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { childrenNamed, parseXmlTree, type XmlElement } from '../../../src/xlsx/package/xml';

/** Part name (as stored) → bytes. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** A copy of a package with some parts' texts changed (`null` removes a part). */
export function patchZip(
  bytes: Uint8Array,
  patch: (files: Record<string, string>) => Record<string, string | null>,
): Uint8Array {
  const files = unzipSync(bytes);
  const texts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files))
    if (/\.(xml|rels|vml)$/.test(name)) texts[name] = strFromU8(data);
  for (const [name, text] of Object.entries(patch(texts))) {
    if (text === null) delete files[name];
    else files[name] = strToU8(text);
  }
  return zipSync(files);
}

/** Names of the parts that differ between two packages: changed, added (only after), dropped (only before). */
export function partDiff(
  before: Uint8Array,
  after: Uint8Array,
): { changed: string[]; added: string[]; dropped: string[] } {
  const a = partsOf(before);
  const b = partsOf(after);
  const same = (x: Uint8Array, y: Uint8Array): boolean =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return {
    changed: [...a.keys()]
      .filter((k) => b.has(k) && !same(a.get(k) as Uint8Array, b.get(k) as Uint8Array))
      .sort(),
    added: [...b.keys()].filter((k) => !a.has(k)).sort(),
    dropped: [...a.keys()].filter((k) => !b.has(k)).sort(),
  };
}

/** Text of a part. */
export function partText(bytes: Uint8Array, name: string): string {
  const data = partsOf(bytes).get(name);
  if (!data) throw new Error(`no part ${name}`);
  return strFromU8(data);
}

/** Source texts of the children named `item` of every element named `list` (any depth), in order. */
export function entryTexts(xml: string, list: string, item: string): string[] {
  const out: string[] = [];
  const visit = (e: XmlElement): void => {
    if (e.local === list) for (const c of childrenNamed(e, item)) out.push(xml.slice(c.start, c.end));
    else e.children.forEach(visit);
  };
  visit(parseXmlTree(xml));
  return out;
}

/** Source texts of every element named `item` (any depth). */
export function elementTexts(xml: string, item: string): string[] {
  const out: string[] = [];
  const visit = (e: XmlElement): void => {
    if (e.local === item) out.push(xml.slice(e.start, e.end));
    e.children.forEach(visit);
  };
  visit(parseXmlTree(xml));
  return out;
}

/** Fails unless every original entry of each style list is still there, in place, byte for byte. */
export function expectStylesAppendOnly(before: string, after: string): void {
  for (const [list, item] of [
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellStyleXfs', 'xf'],
    ['cellXfs', 'xf'],
    ['cellStyles', 'cellStyle'],
    ['dxfs', 'dxf'],
  ] as const) {
    const original = entryTexts(before, list, item);
    expect([list, entryTexts(after, list, item).slice(0, original.length)]).toEqual([list, original]);
  }
}
