/**
 * XML through saxes: a small element tree with source offsets for the package's small parts (workbook, rels,
 * content types, styles, tables), so that an edit can replace exactly one element or attribute and leave
 * every other byte of the part as it was; and the escaping our own XML needs.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** An element of a parsed part, with where it sits in the source text. */
export interface XmlElement {
  /** Qualified name as written (`x:row` or `row`). */
  name: string;
  /** Name without its prefix. */
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (entities decoded), concatenated. */
  text: string;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of the `<` of the end tag (equal to `openEnd` for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
}

/** The name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Thrown by the parsers below; callers turn it into a message naming the part. */
export class XmlSyntaxError extends Error {}

/** Parses a whole (small) part into its element tree. Throws XmlSyntaxError when the text is not XML. */
export function parseXmlTree(text: string): XmlElement {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const end = parser.position;
    const start = text.lastIndexOf('<', end - 1);
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attributes: tag.attributes,
      children: [],
      text: '',
      start,
      openEnd: end,
      closeStart: end,
      end,
      selfClosing: tag.isSelfClosing,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('text', (t) => {
    const current = stack[stack.length - 1];
    if (current) current.text += t;
  });
  parser.on('cdata', (t) => {
    const current = stack[stack.length - 1];
    if (current) current.text += t;
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.closeStart = element.selfClosing ? element.openEnd : text.lastIndexOf('</', element.end - 1);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure || !root) throw new XmlSyntaxError(failure?.message ?? 'no root element');
  return root;
}

/** The direct children of `element` with the given local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

/** The first direct child with the given local name. */
export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** An attribute by local name (`r:id` is found as `id` only when asked with its prefix; see `attributeLocal`). */
export function attributeLocal(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) if (localName(name) === local) return value;
  return undefined;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Text content escaped for XML. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const ATTRIBUTE_SPECIALS = /[&<>"\n\r\t]/;

/** An attribute value escaped for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIALS.test(value)) return value;
  return value.replace(/[&<>"\n\r\t]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Replaces ranges of `text` (sorted or not, never overlapping) with new text, in one pass. */
export function splice(text: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at ${edit.start}`);
    out.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

const attributePatterns = new Map<string, RegExp>();

/** The pattern of one attribute (name, `=`, quoted value) in a start tag; cached, edits run per cell. */
function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
    attributePatterns.set(name, pattern);
  }
  return pattern;
}

/**
 * A start tag (its source text) with one attribute set, every other byte unchanged: the value is replaced in
 * place when the attribute exists, else the attribute is added before the tag's end.
 */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = attributePattern(name);
  const escaped = escapeAttribute(value);
  const match = pattern.exec(tag);
  if (match)
    return `${tag.slice(0, match.index)}${match[1]}"${escaped}"${tag.slice(match.index + match[0].length)}`;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, '')} ${name}="${escaped}"${tag.slice(close)}`;
}

/** A start tag (its source text) without one attribute, every other byte unchanged. */
export function withoutAttribute(tag: string, name: string): string {
  if (!tag.includes(name)) return tag;
  const match = attributePattern(name).exec(tag);
  return match ? tag.slice(0, match.index) + tag.slice(match.index + match[0].length) : tag;
}

/** Callbacks of `walkXml`: offsets are into the walked text. */
export interface XmlWalker {
  open?(
    tag: { name: string; local: string; attributes: Record<string, string>; selfClosing: boolean },
    start: number,
    openEnd: number,
  ): void;
  close?(local: string, end: number): void;
  text?(text: string): void;
}

/** One saxes pass over a whole text with element offsets (for rewriting parts too large for a tree). */
export function walkXml(text: string, walker: XmlWalker): void {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const end = parser.position;
    walker.open?.(
      {
        name: tag.name,
        local: localName(tag.name),
        attributes: tag.attributes,
        selfClosing: tag.isSelfClosing,
      },
      text.lastIndexOf('<', end - 1),
      end,
    );
  });
  if (walker.close) parser.on('closetag', (tag) => walker.close?.(localName(tag.name), parser.position));
  if (walker.text) parser.on('text', (t) => walker.text?.(t));
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw new XmlSyntaxError(failure.message);
}
