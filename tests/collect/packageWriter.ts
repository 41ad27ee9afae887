/**
 * A spreadsheet package written the way some generator libraries write them, by hand with fflate: every part
 * named absolutely (`/xl/worksheets/form1.xml` — also the zip entries, with their leading slash — and every
 * relationship target absolute), part names no other writer uses, inline strings, no styles, no tables, and
 * optional custom document properties. Used to make returned forms that come from such programs.
 */
import { strToU8, zipSync } from 'fflate';
import { customPropertiesXml } from '../../src/xlsx/customProperties';

/** A cell: text, a number, or blank. */
export type PackageCell = string | number | null;

/** A sheet of the package. */
export interface PackageSheet {
  name: string;
  rows: PackageCell[][];
  state?: 'visible' | 'hidden' | 'veryHidden';
}

/** What the package holds. */
export interface PackageSpec {
  sheets: PackageSheet[];
  /** Custom document properties (docProps/custom.xml); none when absent. */
  properties?: { name: string; value: string }[];
  /** dcterms:modified, ISO 8601. */
  modified: string;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function column(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function sheetXml(sheet: PackageSheet): string {
  const rows = sheet.rows
    .map((cells, r) => {
      const xml = cells
        .map((v, c) => {
          const ref = `${column(c)}${r + 1}`;
          if (v === null || v === '') return '';
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
        })
        .join('');
      return xml === '' ? '' : `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows}</sheetData></worksheet>`
  );
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The package's bytes. */
export function writePackage(spec: PackageSpec): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string) => (parts[name] = strToU8(xml));
  const sheetPart = (i: number) => `/xl/worksheets/form${i + 1}.xml`;
  const overrides = [
    `<Override PartName="/xl/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...spec.sheets.map(
      (_, i) =>
        `<Override PartName="${sheetPart(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
    ...(spec.properties
      ? [
          `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`,
        ]
      : []),
  ];
  put(
    '/[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  put(
    '/_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/book.xml"/>` +
      `<Relationship Id="r2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/docProps/core.xml"/>` +
      (spec.properties
        ? `<Relationship Id="r3" Type="${REL}/custom-properties" Target="/docProps/custom.xml"/>`
        : '') +
      '</Relationships>',
  );
  put(
    '/xl/book.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>` +
      spec.sheets
        .map(
          (s, i) =>
            `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="s${i + 1}"/>`,
        )
        .join('') +
      '</sheets></workbook>',
  );
  put(
    '/xl/_rels/book.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<Relationships xmlns="${PKG_REL}">` +
      spec.sheets
        .map((_, i) => `<Relationship Id="s${i + 1}" Type="${REL}/worksheet" Target="${sheetPart(i)}"/>`)
        .join('') +
      '</Relationships>',
  );
  spec.sheets.forEach((s, i) => put(sheetPart(i), sheetXml(s)));
  put(
    '/docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${spec.modified}</dcterms:modified></cp:coreProperties>`,
  );
  if (spec.properties) put('/docProps/custom.xml', customPropertiesXml(spec.properties));
  return zipSync(parts, { level: 6, mtime: new Date(spec.modified) });
}
