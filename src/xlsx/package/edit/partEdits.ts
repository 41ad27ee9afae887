/**
 * Merged edits of the package's bookkeeping parts — relationships and `[Content_Types].xml` — that keep every
 * entry they do not change byte for byte: entries are removed by their offsets and new ones appended before the
 * closing tag.
 */
import { escapeAttribute, type XmlElement } from '../xml';
import { prefixed } from './stylesAppender';

/** Text edits of one parsed part. */
export class ElementListEdit {
  private readonly removed = new Set<XmlElement>();
  private readonly added: string[] = [];

  constructor(
    private readonly text: string,
    private readonly root: XmlElement,
  ) {}

  /** The namespace prefix of the root element ('' for a default namespace). */
  get prefix(): string {
    return this.root.name.includes(':') ? this.root.name.slice(0, this.root.name.indexOf(':')) : '';
  }

  remove(element: XmlElement): void {
    this.removed.add(element);
  }

  /** Appends an element (unprefixed XML; the root's prefix is added). */
  add(xml: string): void {
    this.added.push(prefixed(xml, this.prefix));
  }

  get changed(): boolean {
    return this.removed.size > 0 || this.added.length > 0;
  }

  toText(): string {
    if (!this.changed) return this.text;
    const cuts = [...this.removed].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const e of cuts) {
      out += this.text.slice(at, e.start);
      at = e.end;
    }
    const body = this.added.join('');
    if (this.root.selfClosing) {
      const open = this.text.slice(this.root.start, this.root.openEnd).replace(/\s*\/>$/, '>');
      return (
        this.text.slice(0, this.root.start) +
        open +
        body +
        `</${this.root.name}>` +
        this.text.slice(this.root.end)
      );
    }
    const close = this.root.closeStart;
    out += this.text.slice(at, close) + body + this.text.slice(close);
    return out;
  }
}

/** A `<Relationship>` element. */
export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeAttribute(id)}" Type="${escapeAttribute(type)}" Target="${escapeAttribute(target)}"/>`;
}

/** A new relationships part holding the given elements. */
export function relationshipsPart(elements: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    elements.join('') +
    '</Relationships>'
  );
}

/** An `<Override>` of `[Content_Types].xml`. */
export function overrideXml(part: string, type: string): string {
  return `<Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`;
}

/** A fresh relationship id not in `taken` (`rId<n>`). */
export function freshId(taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  taken.add(id);
  return id;
}
