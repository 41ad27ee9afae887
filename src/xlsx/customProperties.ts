/**
 * Custom document properties (docProps/custom.xml) added to an .xlsx package after exceljs wrote it: exceljs
 * cannot write them. The part gets its relationship in `_rels/.rels` and its content type in
 * `[Content_Types].xml`; every other part is kept byte for byte.
 */
import { SaxesParser } from 'saxes';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocumentProperty } from '../workbook/returnFormPlan';

const PART = 'docProps/custom.xml';
const RELS = '_rels/.rels';
const TYPES = '[Content_Types].xml';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
/** The format id every custom property carries (FMTID_UserDefinedProperties). */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** Text as XML character data or attribute value; characters XML 1.0 cannot carry become U+FFFD. */
function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** The custom.xml part for the properties (text values, pids from 2 as the format requires). */
export function customPropertiesXml(properties: readonly DocumentProperty[]): string {
  const body = properties
    .map(
      (p, i) =>
        `<property fmtid="${FMTID}" pid="${i + 2}" name="${xmlText(p.name)}"><vt:lpwstr>${xmlText(p.value)}</vt:lpwstr></property>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${body}</Properties>`
  );
}

/** The values of one attribute on every element of an XML text (saxes, so comments and CDATA cannot fool it). */
function attributeValues(xml: string, attribute: string): string[] {
  const values: string[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const value = tag.attributes[attribute];
    if (typeof value === 'string') values.push(value);
  });
  parser.write(xml).close();
  return values;
}

/** Inserts `fragment` before the closing tag of the root element `root`. */
function beforeClosing(xml: string, root: string, fragment: string): string {
  const at = xml.lastIndexOf(`</${root}>`);
  if (at < 0) throw new Error(`${root} has no closing tag`);
  return `${xml.slice(0, at)}${fragment}${xml.slice(at)}`;
}

/**
 * The package with `properties` as its custom document properties. Refuses a package that already has a
 * custom.xml part (it would not be ours to replace).
 */
export function withCustomProperties(
  xlsx: Uint8Array,
  properties: readonly DocumentProperty[],
  mtime: Date,
): Uint8Array {
  const parts = unzipSync(xlsx);
  const rels = parts[RELS];
  const types = parts[TYPES];
  if (!rels || !types) throw new Error('not an OOXML package: no _rels/.rels or [Content_Types].xml');
  if (parts[PART]) throw new Error(`${PART} already exists`);
  const relsXml = strFromU8(rels);
  const ids = new Set(attributeValues(relsXml, 'Id'));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) out[name] = data;
  out[RELS] = strToU8(
    beforeClosing(
      relsXml,
      'Relationships',
      `<Relationship Id="rId${n}" Type="${REL_TYPE}" Target="${PART}"/>`,
    ),
  );
  out[TYPES] = strToU8(
    beforeClosing(strFromU8(types), 'Types', `<Override PartName="/${PART}" ContentType="${CONTENT_TYPE}"/>`),
  );
  out[PART] = strToU8(customPropertiesXml(properties));
  return zipSync(out, { level: 6, mtime });
}
