/**
 * The custom document properties of an OOXML package (docProps/custom.xml), read with fflate and saxes. SheetJS
 * reads them too, but hands back UTF-8 text decoded as Latin-1 (省科技厅 arrives as mojibake), so the part is read
 * here: found through the package relationships (relative or absolute targets, zip entries named with or
 * without a leading `/`), every property's text value kept.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const RELS = '_rels/.rels';
const CUSTOM_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const DEFAULT_PART = 'docProps/custom.xml';

/** A zip entry name as a part name: no leading `/`, forward slashes. */
function partName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** The target of the package's custom-properties relationship, as a part name; null when it has none. */
function customTarget(relsXml: string): string | null {
  let target: string | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const type = tag.attributes.Type;
    const to = tag.attributes.Target;
    if (target === null && type === CUSTOM_TYPE && typeof to === 'string') target = partName(to);
  });
  parser.write(relsXml).close();
  return target;
}

/** The properties of a custom.xml part: name → the text of its value (whatever its vt: type). */
function propertiesOf(xml: string): Record<string, string> {
  const properties: Record<string, string> = {};
  let name: string | null = null;
  let depth = 0;
  let text = '';
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    if (tag.name.endsWith('property')) {
      const n = tag.attributes.name;
      name = typeof n === 'string' ? n : null;
      depth = 0;
      text = '';
    } else if (name !== null) depth += 1;
  });
  parser.on('text', (t) => {
    if (name !== null && depth > 0) text += t;
  });
  parser.on('cdata', (t) => {
    if (name !== null && depth > 0) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name.endsWith('property')) {
      if (name !== null && !(name in properties)) properties[name] = text;
      name = null;
    } else if (name !== null) depth -= 1;
  });
  parser.write(xml).close();
  return properties;
}

/**
 * The custom document properties of a zipped OOXML package; empty when it has none or they cannot be read (a
 * damaged part never makes the file unreadable: the properties are only one way of recognising a form).
 */
export function readPackageProperties(bytes: Uint8Array): Record<string, string> {
  try {
    const wanted = (name: string) => {
      const part = partName(name);
      return part === RELS || part.toLowerCase().endsWith('custom.xml');
    };
    const entries = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    const parts = new Map(Object.entries(entries).map(([name, data]) => [partName(name), data]));
    const rels = parts.get(RELS);
    const target = (rels ? customTarget(strFromU8(rels)) : null) ?? DEFAULT_PART;
    const custom = parts.get(target);
    return custom ? propertiesOf(strFromU8(custom)) : {};
  } catch {
    return {};
  }
}
