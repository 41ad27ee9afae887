/**
 * `xl/styles.xml`, append-only: new fonts, fills, borders, number formats, cell formats (`xf`) and differential
 * formats (`dxf`) go at the end of their lists, with the lists' counts updated; no existing entry is rewritten or
 * renumbered, so every style index the workbook already uses keeps its meaning. An entry identical (as XML text)
 * to one already there is reused instead of added again.
 */
import {
  childNamed,
  childrenNamed,
  escapeAttribute,
  parseXmlTree,
  withAttribute,
  type XmlElement,
} from '../xml';
import { argbOf } from './colors';

/** The collections of a style sheet, in schema order (CT_Stylesheet). */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const ITEM: Record<Collection, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};

/** A minimal style sheet for a package that has none (Excel's defaults). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Adds a namespace prefix to every element name of a fragment we generated (no comments or CDATA in it). */
export function prefixed(fragment: string, prefix: string): string {
  if (prefix === '') return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) =>
    name.includes(':') ? m : `<${slash}${prefix}:${name}`,
  );
}

/** Removes the namespace prefix of every element name of a fragment (to compare entries across parts). */
function unprefixed(fragment: string): string {
  return fragment.replace(/<(\/?)[A-Za-z_][\w.-]*:([A-Za-z_][\w.-]*)(?=[\s/>])/g, '<$1$2');
}

interface ListState {
  element: XmlElement | undefined;
  /** Existing entries' normalised text → index. */
  known: Map<string, number>;
  existing: number;
  added: string[];
}

/** One style sheet being extended. */
export class StylesAppender {
  readonly prefix: string;
  private readonly root: XmlElement;
  private readonly lists = new Map<Collection, ListState>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly cellXfElements: XmlElement[];
  private readonly fillElements: XmlElement[];
  private readonly fillPainted = new Map<number, boolean>();

  constructor(private readonly text: string) {
    this.root = parseXmlTree(text);
    this.prefix = this.root.name.includes(':') ? this.root.name.slice(0, this.root.name.indexOf(':')) : '';
    for (const name of Object.keys(ITEM) as Collection[]) {
      const element = childNamed(this.root, name);
      const items = element ? childrenNamed(element, ITEM[name]) : [];
      const known = new Map<string, number>();
      items.forEach((item, i) => {
        const key = unprefixed(text.slice(item.start, item.end));
        if (!known.has(key)) known.set(key, i);
      });
      this.lists.set(name, { element, known, existing: items.length, added: [] });
    }
    const numFmts = childNamed(this.root, 'numFmts');
    for (const f of numFmts ? childrenNamed(numFmts, 'numFmt') : []) {
      const id = Number(f.attributes.numFmtId);
      if (!Number.isInteger(id)) continue;
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      if (f.attributes.formatCode !== undefined && !this.customFormats.has(f.attributes.formatCode))
        this.customFormats.set(f.attributes.formatCode, id);
    }
    const cellXfs = childNamed(this.root, 'cellXfs');
    this.cellXfElements = cellXfs ? childrenNamed(cellXfs, 'xf') : [];
    const fills = childNamed(this.root, 'fills');
    this.fillElements = fills ? childrenNamed(fills, 'fill') : [];
  }

  /** Whether anything was appended. */
  get changed(): boolean {
    return [...this.lists.values()].some((l) => l.added.length > 0);
  }

  /** Index of an entry (unprefixed XML text), appending it when no identical entry exists. */
  private entry(list: Collection, xml: string): number {
    const state = this.lists.get(list) as ListState;
    const key = unprefixed(xml);
    const found = state.known.get(key);
    if (found !== undefined) return found;
    const index = state.existing + state.added.length;
    state.added.push(prefixed(key, this.prefix));
    state.known.set(key, index);
    return index;
  }

  /** The id of a custom number format code, appending it when the sheet has no such code. */
  numberFormat(code: string): number {
    const found = this.customFormats.get(code);
    if (found !== undefined) return found;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    const state = this.lists.get('numFmts') as ListState;
    state.added.push(
      prefixed(`<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`, this.prefix),
    );
    return id;
  }

  /** A font, fill or border (unprefixed XML of one element) → its index. */
  font(xml: string): number {
    return this.entry('fonts', xml);
  }
  fill(xml: string): number {
    return this.entry('fills', xml);
  }
  border(xml: string): number {
    return this.entry('borders', xml);
  }
  /** A differential format (conditional formats, tables) → its index. */
  dxf(xml: string): number {
    return this.entry('dxfs', xml);
  }
  /** A cell format (`<xf …/>` with indexes into this sheet's lists) → its index. */
  cellXf(xml: string): number {
    return this.entry('cellXfs', xml);
  }

  /** The XML of an existing cell format (`<xf>` element text), or of format 0 when out of range. */
  existingCellXf(index: number | undefined): string {
    const element = this.cellXfElements[index ?? 0] ?? this.cellXfElements[0];
    return element
      ? unprefixed(this.text.slice(element.start, element.end))
      : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  /** Whether an existing cell format paints a fill (a pattern other than none, or a gradient). */
  hasFill(index: number | undefined): boolean {
    const xf = this.cellXfElements[index ?? 0];
    const fillId = Number(xf?.attributes.fillId ?? '0');
    if (!xf || fillId === 0) return false;
    let painted = this.fillPainted.get(fillId);
    if (painted === undefined) {
      const fill = this.fillElements[fillId];
      const pattern = fill ? childNamed(fill, 'patternFill') : undefined;
      painted =
        fill !== undefined &&
        (pattern
          ? (pattern.attributes.patternType ?? 'none') !== 'none'
          : childNamed(fill, 'gradientFill') !== undefined);
      this.fillPainted.set(fillId, painted);
    }
    return painted;
  }

  /**
   * The cell format that is `base` with a solid fill of `color` (`#RRGGBB`), or with no fill (`null`): the base
   * entry's XML with its fill replaced, so number format, font, border and alignment stay.
   */
  withFill(base: number | undefined, color: string | null): number {
    const xml = this.existingCellXf(base);
    const fillId = color === null ? 0 : this.fill(solidFill(color));
    const openEnd = xml.indexOf('>') + 1;
    let tag = withAttribute(xml.slice(0, openEnd), 'fillId', String(fillId));
    tag = withAttribute(tag, 'applyFill', '1');
    return this.cellXf(tag + xml.slice(openEnd));
  }

  /** The style sheet with every appended entry. */
  toText(): string {
    if (!this.changed) return this.text;
    const edits: { start: number; end: number; text: string }[] = [];
    for (const [name, state] of this.lists) {
      if (state.added.length === 0) continue;
      const count = state.existing + state.added.length;
      const body = state.added.join('');
      const element = state.element;
      if (element) {
        const tag = withAttribute(this.text.slice(element.start, element.openEnd), 'count', String(count));
        if (element.selfClosing) {
          const open = tag.replace(/\s*\/>$/, '>');
          const qualified = element.name;
          edits.push({ start: element.start, end: element.end, text: `${open}${body}</${qualified}>` });
        } else {
          edits.push({ start: element.start, end: element.openEnd, text: tag });
          edits.push({ start: element.closeStart, end: element.closeStart, text: body });
        }
      } else {
        const at = insertionPoint(this.root, name, this.text);
        edits.push({
          start: at,
          end: at,
          text:
            prefixed(`<${name} count="${count}">`, this.prefix) + body + prefixed(`</${name}>`, this.prefix),
        });
      }
    }
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = 0;
    for (const e of edits) {
      out += this.text.slice(at, e.start) + e.text;
      at = e.end;
    }
    return out + this.text.slice(at);
  }
}

/** Where a missing collection goes: before the first existing collection that follows it in schema order. */
function insertionPoint(root: XmlElement, name: Collection, text: string): number {
  const after = ORDER.slice(ORDER.indexOf(name) + 1);
  for (const child of root.children)
    if ((after as readonly string[]).includes(child.local)) return child.start;
  return root.selfClosing ? root.end : root.closeStart || text.length;
}

/** A solid pattern fill of `#RRGGBB`. */
export function solidFill(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argbOf(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}
