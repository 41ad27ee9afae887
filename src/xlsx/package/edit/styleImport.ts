/**
 * Brings cell formats and differential formats of another style sheet (the scratch workbook exceljs rendered the
 * add-in's sheets into) into the target's, append-only: each imported `xf` gets the target's indexes of its font,
 * fill, border and number format, each `dxf` is copied whole.
 */
import { childNamed, childrenNamed, parseXmlTree, withAttribute, type XmlElement } from '../xml';
import type { StylesAppender } from './stylesAppender';

/** Index maps from the source style sheet into the target, filled on demand. */
export class StyleImporter {
  private readonly xfs: XmlElement[];
  private readonly fonts: XmlElement[];
  private readonly fills: XmlElement[];
  private readonly borders: XmlElement[];
  private readonly dxfs: XmlElement[];
  private readonly formats = new Map<number, string>();
  private readonly xfMap = new Map<number, number>();
  private readonly dxfMap = new Map<number, number>();

  constructor(
    private readonly source: string,
    private readonly target: StylesAppender,
  ) {
    const root = parseXmlTree(source);
    const list = (collection: string, item: string): XmlElement[] => {
      const element = childNamed(root, collection);
      return element ? childrenNamed(element, item) : [];
    };
    this.xfs = list('cellXfs', 'xf');
    this.fonts = list('fonts', 'font');
    this.fills = list('fills', 'fill');
    this.borders = list('borders', 'border');
    this.dxfs = list('dxfs', 'dxf');
    for (const f of list('numFmts', 'numFmt'))
      if (f.attributes.formatCode !== undefined)
        this.formats.set(Number(f.attributes.numFmtId), f.attributes.formatCode);
  }

  private textOf(element: XmlElement | undefined): string | undefined {
    return element ? this.source.slice(element.start, element.end) : undefined;
  }

  /** The target index of source cell format `index`. */
  xf(index: number): number {
    const known = this.xfMap.get(index);
    if (known !== undefined) return known;
    const element = this.xfs[index];
    let mapped = 0;
    if (element) {
      const xml = this.source.slice(element.start, element.end);
      const a = element.attributes;
      let tag = xml.slice(0, element.openEnd - element.start);
      const numFmtId = Number(a.numFmtId ?? '0');
      const code = this.formats.get(numFmtId);
      if (code !== undefined) tag = withAttribute(tag, 'numFmtId', String(this.target.numberFormat(code)));
      // The defaults (font 0, fills 0 and 1, border 0) are the workbook's own: the add-in's sheets take the
      // workbook's default font rather than bringing exceljs's.
      const fontId = Number(a.fontId ?? '0');
      const font = fontId === 0 ? undefined : this.textOf(this.fonts[fontId]);
      tag = withAttribute(tag, 'fontId', String(font ? this.target.font(font) : 0));
      const fillId = Number(a.fillId ?? '0');
      const fill = fillId <= 1 ? undefined : this.textOf(this.fills[fillId]);
      tag = withAttribute(tag, 'fillId', String(fill ? this.target.fill(fill) : fillId <= 1 ? fillId : 0));
      const borderId = Number(a.borderId ?? '0');
      const border = borderId === 0 ? undefined : this.textOf(this.borders[borderId]);
      tag = withAttribute(tag, 'borderId', String(border ? this.target.border(border) : 0));
      // Cell styles (Normal…) are not imported: every imported format is based on the target's Normal.
      if (a.xfId !== undefined) tag = withAttribute(tag, 'xfId', '0');
      mapped = this.target.cellXf(tag + xml.slice(element.openEnd - element.start));
    }
    this.xfMap.set(index, mapped);
    return mapped;
  }

  /** The target index of source differential format `index`. */
  dxf(index: number): number {
    const known = this.dxfMap.get(index);
    if (known !== undefined) return known;
    const xml = this.textOf(this.dxfs[index]);
    const mapped = xml === undefined ? 0 : this.target.dxf(xml);
    this.dxfMap.set(index, mapped);
    return mapped;
  }
}
