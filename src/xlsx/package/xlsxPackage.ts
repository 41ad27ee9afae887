/**
 * An .xlsx/.xlsm file as an OPC package: its zip entries by part name (whatever spelling the generator used),
 * content types, relationships, the workbook part with its sheets and names, and each sheet's tables. Parts are
 * decompressed only when asked for, so opening a large ledger costs the few small parts that describe it.
 */
import { LedgerError } from '../../domain/messages';
import {
  CONTENT_TYPES,
  CONTENT_TYPES_PART,
  WORKBOOK_MAIN_TYPES,
  contentTypeOf,
  readContentTypes,
  type ContentTypes,
} from './contentTypes';
import { unzipEntries, zipDirectory, type ZipEntryInfo } from './container';
import { canonicalPartName, partKey, relsPartOf } from './partNames';
import { readRelationships, relationshipKind, type Relationship } from './relationships';
import { readTablePart, type TableEntry } from './tablePart';
import type { ScannedSheet } from './sheetScan';
import { readWorkbook, type SheetEntry, type WorkbookInfo } from './workbookPart';
import { parseXmlTree, XmlSyntaxError, type XmlElement } from './xml';

/** Decodes XML bytes: UTF-8 (BOM or not), or UTF-16 when the part starts with its BOM. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Whether a part's bytes are UTF-16 (a part we would have to re-encode to edit). */
export function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** An opened package. Construct with `XlsxPackage.open`. */
export class XlsxPackage {
  /** Zip entries in their stored order. */
  readonly entries: readonly ZipEntryInfo[];
  readonly contentTypes: ContentTypes;
  /** The workbook part (`xl/workbook.xml` in every generator we know). */
  readonly workbookPart: string;
  readonly workbook: WorkbookInfo;
  private readonly byKey = new Map<string, ZipEntryInfo>();
  private readonly data = new Map<string, Uint8Array>();
  private readonly trees = new Map<string, XmlElement>();
  private readonly rels = new Map<string, Relationship[]>();
  private readonly tables = new Map<string, TableEntry[]>();
  private readonly scans = new Map<string, { text: string; scan: ScannedSheet }>();

  private constructor(
    /** The file's name as the user knows it, for messages. */
    readonly fileName: string,
    /** The package bytes as read. */
    readonly bytes: Uint8Array,
    entries: ZipEntryInfo[],
  ) {
    this.entries = entries;
    for (const entry of entries) {
      const key = partKey(entry.name);
      if (!entry.name.endsWith('/') && !this.byKey.has(key)) this.byKey.set(key, entry);
    }
    if (!this.has(CONTENT_TYPES_PART)) throw new LedgerError('file.notWorkbook', { file: fileName });
    this.contentTypes = readContentTypes(this.tree(CONTENT_TYPES_PART));
    const main = this.relationships('').find((r) => relationshipKind(r.type) === 'officeDocument' && r.part);
    const mainPart = main?.part ?? '';
    if (!main || !this.has(mainPart)) throw new LedgerError('file.notWorkbook', { file: fileName });
    const type = contentTypeOf(this.contentTypes, mainPart);
    if (type === CONTENT_TYPES.xlsb) throw new LedgerError('file.binaryWorkbook', { file: fileName });
    const root = this.tree(mainPart);
    if (!(type !== undefined && WORKBOOK_MAIN_TYPES.has(type)) && root.local !== 'workbook')
      throw new LedgerError('file.notWorkbook', { file: fileName });
    this.workbookPart = canonicalPartName(mainPart);
    this.workbook = readWorkbook(root, this.relationships(this.workbookPart));
  }

  /** Opens the bytes of an .xlsx/.xlsm file; refuses (LedgerError) anything that is not such a workbook. */
  static async open(bytes: Uint8Array, fileName: string): Promise<XlsxPackage> {
    const entries = await zipDirectory(bytes, fileName);
    return new XlsxPackage(fileName, bytes, entries);
  }

  /** Keeps a worksheet's text and scan, so that an editor of the same package does not parse it again. */
  rememberScan(part: string, text: string, scan: ScannedSheet): void {
    this.scans.set(partKey(part), { text, scan });
  }

  /** A worksheet's text and scan made by the reader, if it scanned that part. */
  scanOf(part: string): { text: string; scan: ScannedSheet } | undefined {
    return this.scans.get(partKey(part));
  }

  /** Whether the package holds the part. */
  has(part: string): boolean {
    return this.byKey.has(partKey(part));
  }

  /** The zip entry name that holds a part, as stored. */
  entryName(part: string): string | undefined {
    return this.byKey.get(partKey(part))?.name;
  }

  /** The canonical names of every part, in zip order. */
  partNames(): string[] {
    return [...this.byKey.values()].map((e) => canonicalPartName(e.name));
  }

  /** Decompresses the given parts in one pass over the zip (parts already decompressed are skipped). */
  load(parts: Iterable<string>): void {
    const wanted = new Set<string>();
    for (const part of parts) {
      const name = this.entryName(part);
      if (name !== undefined && !this.data.has(name)) wanted.add(name);
    }
    if (wanted.size === 0) return;
    for (const [name, bytes] of unzipEntries(this.bytes, wanted, this.fileName)) this.data.set(name, bytes);
  }

  /** A part's bytes, or undefined when the package has no such part. */
  bytesOf(part: string): Uint8Array | undefined {
    const name = this.entryName(part);
    if (name === undefined) return undefined;
    if (!this.data.has(name)) this.load([part]);
    return this.data.get(name);
  }

  /** Forgets a decompressed part (the reader drops a large sheet once it has been scanned). */
  release(part: string): void {
    const name = this.entryName(part);
    if (name !== undefined) this.data.delete(name);
  }

  /** A part's text, or undefined when absent. */
  textOf(part: string): string | undefined {
    const bytes = this.bytesOf(part);
    return bytes === undefined ? undefined : decodeXml(bytes);
  }

  /** A small part parsed into its element tree (cached); a part that is not XML is refused naming it. */
  tree(part: string): XmlElement {
    const key = partKey(part);
    const cached = this.trees.get(key);
    if (cached) return cached;
    const text = this.textOf(part);
    if (text === undefined) throw new LedgerError('file.damagedPart', { file: this.fileName, part });
    try {
      const root = parseXmlTree(text);
      this.trees.set(key, root);
      return root;
    } catch (error) {
      if (error instanceof XmlSyntaxError)
        throw new LedgerError('file.damagedPart', { file: this.fileName, part: canonicalPartName(part) });
      throw error;
    }
  }

  /** The relationships of a part ('' for the package itself); none when it has no rels part. */
  relationships(part: string): Relationship[] {
    const relsPart = relsPartOf(part);
    const key = partKey(relsPart);
    const cached = this.rels.get(key);
    if (cached) return cached;
    const found = this.has(relsPart) ? readRelationships(canonicalPartName(part), this.tree(relsPart)) : [];
    this.rels.set(key, found);
    return found;
  }

  /** The workbook relationship of a kind (`styles`, `sharedStrings`, `calcChain`, `vbaProject`…), if any. */
  workbookRelationship(kind: string): Relationship | undefined {
    return this.relationships(this.workbookPart).find((r) => relationshipKind(r.type) === kind && r.part);
  }

  /** The worksheet entries (chart sheets and others are left out), in tab order. */
  worksheets(): SheetEntry[] {
    return this.workbook.sheets.filter((s) => s.kind === 'worksheet' && s.part !== null && this.has(s.part));
  }

  /** A sheet by name (Excel compares sheet names case-insensitively). */
  sheet(name: string): SheetEntry | undefined {
    const wanted = name.toLowerCase();
    return this.workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** The tables of a sheet, in the order of its `tableParts`' relationships (rels order as a stand-in). */
  tablesOf(sheet: SheetEntry): TableEntry[] {
    if (sheet.part === null) return [];
    const key = partKey(sheet.part);
    const cached = this.tables.get(key);
    if (cached) return cached;
    const found = this.relationships(sheet.part)
      .filter((r) => relationshipKind(r.type) === 'table' && r.part !== null && this.has(r.part))
      .map((r) => readTablePart(r.part as string, r.id, this.tree(r.part as string)));
    this.tables.set(key, found);
    return found;
  }

  /** A table by name (case-insensitive, as Excel compares them), with its sheet. */
  findTable(name: string): { sheet: SheetEntry; table: TableEntry } | undefined {
    const wanted = name.toLowerCase();
    for (const sheet of this.worksheets()) {
      const table = this.tablesOf(sheet).find(
        (t) => t.name.toLowerCase() === wanted || t.displayName.toLowerCase() === wanted,
      );
      if (table) return { sheet, table };
    }
    return undefined;
  }
}
