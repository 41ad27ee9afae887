/** `[Content_Types].xml`: the content type of each part, by override or by extension default. */
import { childrenNamed, type XmlElement } from './xml';
import { extensionOf, partKey } from './partNames';

/** The name of the content types part (not itself a part: it has no content type). */
export const CONTENT_TYPES_PART = '[Content_Types].xml';

/** Content types this library reads and writes. */
export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  calcChain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xlsb: 'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
} as const;

/** Main-part content types of the workbooks we read: .xlsx, .xlsm, .xltx, .xltm. */
export const WORKBOOK_MAIN_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
]);

/** The parsed content types. */
export interface ContentTypes {
  /** Extension (lower-case) → content type. */
  defaults: Map<string, string>;
  /** Part key → content type. */
  overrides: Map<string, string>;
  /** The parsed element tree, for edits that keep every other byte. */
  root: XmlElement;
}

/** Reads the parsed `[Content_Types].xml`. */
export function readContentTypes(root: XmlElement): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of childrenNamed(root, 'Default')) {
    const extension = d.attributes.Extension;
    const type = d.attributes.ContentType;
    if (extension !== undefined && type !== undefined) defaults.set(extension.toLowerCase(), type);
  }
  for (const o of childrenNamed(root, 'Override')) {
    const name = o.attributes.PartName;
    const type = o.attributes.ContentType;
    if (name !== undefined && type !== undefined) overrides.set(partKey(name), type);
  }
  return { defaults, overrides, root };
}

/** The content type of a part, or undefined when the package declares none. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  return types.overrides.get(partKey(part)) ?? types.defaults.get(extensionOf(part));
}
