/**
 * Surgical writes of a workbook package: the output is the input with only what the add-in owns changed.
 *
 * - Cells of a sheet the add-in does not own (进度填报): values and fills set cell by cell, rows moved, a table's
 *   range changed — in that sheet's and table's XML, every other byte kept (SheetEdits).
 * - Sheets the add-in owns: added or replaced whole from their plans, or removed (ownedSheets.ts).
 * - Merged parts: workbook.xml (sheets, defined names), styles.xml (append-only), the relationships and
 *   `[Content_Types].xml` (extended), `calcChain.xml` dropped with its relationship and content type so Excel
 *   rebuilds it. Every other part — user sheets, drawings, media, charts, comments, custom XML, VBA, printer
 *   settings, `docProps/*`, `sharedStrings.xml` — is copied byte for byte.
 *
 * A part the editor would have to change but cannot carry faithfully is refused with a LedgerError naming it;
 * nothing is ever dropped silently. Record the edits, then call `toBytes()` once.
 */
import { LedgerError } from '../../../domain/messages';
import { indexToLetters } from '../../../workbook/address';
import type { NamePlan, SheetPlan } from '../../../workbook/plan';
import { CONTENT_TYPES, CONTENT_TYPES_PART, contentTypeOf } from '../contentTypes';
import { canonicalPartName, partKey, relativeTarget, relsPartOf } from '../partNames';
import { RELATIONSHIP_TYPES, relationshipKind } from '../relationships';
import { mergeBox } from '../sheetCells';
import type { TableEntry } from '../tablePart';
import type { DefinedNameEntry, SheetEntry } from '../workbookPart';
import { isUtf16, XlsxPackage } from '../xlsxPackage';
import { childNamed, childrenNamed, escapeAttribute, walkXml, withAttribute, XmlSyntaxError } from '../xml';
import { renderOwnedSheets, type RenderedSheet } from './ownedSheets';
import { ElementListEdit, freshId, overrideXml, relationshipsPart, relationshipXml } from './partEdits';
import { SheetEdits, type CellEdit, type RangeFollow, type RowMove } from './sheetEdits';
import { MINIMAL_STYLES, StylesAppender } from './stylesAppender';
import { editWorkbookXml, type FinalName, type FinalSheet } from './workbookEdit';
import { writeZip, type RawDeflate } from './zipWrite';

export type { CellEdit, RowMove } from './sheetEdits';
export type { RawDeflate } from './zipWrite';

/** Where a new owned sheet goes; without one it goes before `_wp_meta` (or last). */
export interface SheetPlacement {
  before?: string;
  after?: string;
}

const META_SHEET = '_wp_meta';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const STYLES_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

/** Relationship kinds of an owned sheet that go with its content when the sheet is replaced or removed. */
const CONTENT_KINDS = new Set(['table', 'hyperlink', 'printerSettings']);
/** Relationship kinds a replaced owned sheet carries over (a user's chart or notes on 汇总 stay). */
const CARRIED_KINDS = new Set(['drawing', 'vmlDrawing', 'comments', 'threadedComment', 'printerSettings']);
/** Elements of a worksheet that point at carried relationships, in schema order. */
const CARRIED_ELEMENTS = ['drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture'];
/** Worksheet elements that come after the carried ones (where they are inserted). */
const AFTER_CARRIED = ['oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const lower = (s: string): string => s.toLowerCase();

/** Accumulates edits of one package and writes the edited package. */
export class PackageEditor {
  private readonly sheetEdits = new Map<string, SheetEdits>();
  private readonly tableRefs = new Map<string, { name: string; ref: string }>();
  private readonly tableRenames = new Map<string, { from: string; to: string }>();
  private readonly tableColumns = new Map<string, { name: string; headers: string[] }>();
  private readonly newTables: NewTable[] = [];
  private readonly owned = new Map<string, { plan: SheetPlan; placement?: SheetPlacement }>();
  private readonly removedSheets = new Map<string, string>();
  private readonly names = new Map<string, NamePlan>();
  private readonly removedNames = new Set<string>();

  constructor(readonly pkg: XlsxPackage) {}

  /** Opens bytes for editing (refuses what is not an .xlsx/.xlsm workbook, see XlsxPackage.open). */
  static async open(bytes: Uint8Array, fileName: string): Promise<PackageEditor> {
    return new PackageEditor(await XlsxPackage.open(bytes, fileName));
  }

  private worksheet(name: string): SheetEntry {
    const sheet = this.pkg.sheet(name);
    if (!sheet || sheet.kind !== 'worksheet' || !sheet.part || !this.pkg.has(sheet.part))
      throw new LedgerError('file.edit.noSheet', { file: this.pkg.fileName, sheet: name });
    return sheet;
  }

  private editsOf(name: string): SheetEdits {
    const sheet = this.worksheet(name);
    let edits = this.sheetEdits.get(lower(sheet.name));
    if (!edits) this.sheetEdits.set(lower(sheet.name), (edits = new SheetEdits(sheet.name)));
    return edits;
  }

  /** Sets values and/or fills of cells of a sheet the add-in does not own (see CellEdit). */
  setCells(sheet: string, cells: readonly CellEdit[]): void {
    this.editsOf(sheet).setCells(cells);
  }

  /** Clears the fills of a range's cells (fills set with setCells win), e.g. last run's highlights. */
  clearFills(sheet: string, range: string): void {
    this.editsOf(sheet).clearFills(range);
  }

  /** Moves whole rows' cells (applied together; a destination must be empty or move away in the same call). */
  moveRows(sheet: string, moves: readonly RowMove[]): void {
    this.editsOf(sheet).moveRows(moves);
  }

  /** Changes a table's range (`A1:J60`): same columns, header at the same row; its autoFilter follows. */
  setTableRef(table: string, ref: string): void {
    const found = this.pkg.findTable(table);
    if (!found) throw new LedgerError('file.edit.noTable', { file: this.pkg.fileName, table });
    const before = mergeBox(found.table.ref);
    const after = mergeBox(ref);
    const added = this.tableColumns.get(lower(found.table.name))?.headers.length ?? 0;
    if (
      !before ||
      !after ||
      after.left !== before.left ||
      after.right !== before.right + added ||
      after.top !== before.top
    )
      throw new LedgerError('file.edit.badAddress', { sheet: found.sheet.name, cell: ref });
    this.tableRefs.set(lower(found.table.name), { name: found.table.name, ref });
  }

  /**
   * Adds columns at the right of a table (来源 ending an older ledger's `WP_Entries`): its range widens and its
   * column list grows; the header cells are the caller's to write with setCells. Call before setTableRef.
   */
  addTableColumns(table: string, headers: readonly string[]): void {
    const found = this.pkg.findTable(table);
    if (!found) throw new LedgerError('file.edit.noTable', { file: this.pkg.fileName, table });
    const key = lower(found.table.name);
    const known = this.tableColumns.get(key)?.headers ?? [];
    this.tableColumns.set(key, { name: found.table.name, headers: [...known, ...headers] });
    const box = mergeBox(found.table.ref);
    const current = this.tableRefs.get(key)?.ref ?? found.table.ref;
    const at = mergeBox(current);
    if (!box || !at)
      throw new LedgerError('file.edit.badAddress', { sheet: found.sheet.name, cell: current });
    const right = box.right + known.length + headers.length;
    this.tableRefs.set(key, {
      name: found.table.name,
      ref: `${boxLetters(at.left)}${at.top}:${boxLetters(right)}${at.bottom}`,
    });
  }

  /** Renames a table (`Table1` back to `WP_Entries`, say): its name and display name, nothing else. */
  renameTable(from: string, to: string): void {
    const found = this.pkg.findTable(from);
    if (!found) throw new LedgerError('file.edit.noTable', { file: this.pkg.fileName, table: from });
    const taken = this.pkg.findTable(to);
    if (taken && taken !== found)
      throw new LedgerError('file.edit.tableNameTaken', { table: to, sheet: taken.sheet.name });
    this.tableRenames.set(lower(found.table.name), { from: found.table.name, to });
  }

  /**
   * Adds a table over a range of a sheet the add-in does not own (a ledger whose `WP_Entries` was converted to a
   * range): its header row is the range's first row, and `columns` must be those header cells' texts.
   */
  addTable(table: NewTable): void {
    this.worksheet(table.sheet);
    const taken = this.pkg.findTable(table.name);
    if (taken)
      throw new LedgerError('file.edit.tableNameTaken', { table: table.name, sheet: taken.sheet.name });
    const box = mergeBox(table.ref);
    if (!box || box.right - box.left + 1 !== table.columns.length || box.bottom <= box.top)
      throw new LedgerError('file.edit.badAddress', { sheet: table.sheet, cell: table.ref });
    this.newTables.push(table);
  }

  /** Adds or replaces a sheet the add-in owns, rendered from its plan (an existing sheet keeps its position). */
  putSheet(plan: SheetPlan, placement?: SheetPlacement): void {
    this.removedSheets.delete(lower(plan.name));
    this.owned.set(lower(plan.name), { plan, ...(placement ? { placement } : {}) });
  }

  /** Removes a sheet the add-in owns (校验结果 when there is nothing to show, say). */
  removeSheet(name: string): void {
    const sheet = this.pkg.sheet(name);
    this.owned.delete(lower(name));
    if (sheet) this.removedSheets.set(lower(sheet.name), sheet.name);
  }

  /** Adds or replaces workbook-level defined names the add-in owns; every other name is kept as it is. */
  setNames(names: readonly NamePlan[]): void {
    for (const n of names) {
      this.removedNames.delete(lower(n.name));
      this.names.set(lower(n.name), n);
    }
  }

  /** Removes workbook-level defined names the add-in owns. */
  removeNames(names: readonly string[]): void {
    for (const n of names) {
      this.names.delete(lower(n));
      this.removedNames.add(lower(n));
    }
  }

  private get changed(): boolean {
    return (
      [...this.sheetEdits.values()].some((e) => !e.empty) ||
      this.tableRefs.size > 0 ||
      this.tableRenames.size > 0 ||
      this.tableColumns.size > 0 ||
      this.newTables.length > 0 ||
      this.owned.size > 0 ||
      this.removedSheets.size > 0 ||
      this.names.size > 0 ||
      this.removedNames.size > 0
    );
  }

  /**
   * Writes the edited package (the input bytes are never modified). `deflate` swaps fflate's compressor for a
   * native one (`nodeDeflate` in Node).
   */
  async toBytes(options: { deflate?: RawDeflate } = {}): Promise<Uint8Array> {
    if (!this.changed) return this.pkg.bytes.slice();
    return new PackageWrite(this.pkg, this, options.deflate).run();
  }

  /** @internal The recorded edits, for the writer. */
  get recorded() {
    return {
      sheetEdits: this.sheetEdits,
      tableRefs: this.tableRefs,
      tableRenames: this.tableRenames,
      tableColumns: this.tableColumns,
      newTables: this.newTables,
      owned: this.owned,
      removedSheets: this.removedSheets,
      names: this.names,
      removedNames: this.removedNames,
    };
  }
}

/** One run of writing the edited package. */
class PackageWrite {
  private readonly file: string;
  /** Changed or new parts (canonical name → text or bytes). */
  private readonly out = new Map<string, string | Uint8Array>();
  /** Parts left out of the output (part keys). */
  private readonly dropped = new Set<string>();
  /** New parts in the order they were created. */
  private readonly added: string[] = [];
  private readonly styles: StylesAppender;
  private readonly stylesPart: string;
  private readonly stylesIsNew: boolean;
  private readonly contentTypes: ElementListEdit;
  private readonly workbookRels: ElementListEdit;
  private readonly workbookRelIds: Set<string>;
  private readonly takenParts: Set<string>;
  private nextTableId: number;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly editor: PackageEditor,
    private readonly deflate?: RawDeflate,
  ) {
    this.file = pkg.fileName;
    const stylesRel = pkg.workbookRelationship('styles');
    this.stylesPart = stylesRel?.part ?? 'xl/styles.xml';
    this.stylesIsNew = !stylesRel || !pkg.has(this.stylesPart);
    this.styles = this.parsed(
      this.stylesPart,
      () => new StylesAppender(this.stylesIsNew ? MINIMAL_STYLES : this.text(this.stylesPart)),
    );
    this.contentTypes = new ElementListEdit(this.text(CONTENT_TYPES_PART), pkg.contentTypes.root);
    const relsPart = relsPartOf(pkg.workbookPart);
    this.workbookRels = new ElementListEdit(this.text(relsPart), pkg.tree(relsPart));
    this.workbookRelIds = new Set(pkg.relationships(pkg.workbookPart).map((r) => r.id));
    this.takenParts = new Set(pkg.partNames().map(partKey));
    this.nextTableId = 1 + Math.max(0, ...pkg.worksheets().flatMap((s) => pkg.tablesOf(s).map((t) => t.id)));
  }

  /** A part's text; UTF-16 parts (which we would have to re-encode) are refused when they must change. */
  private text(part: string): string {
    const bytes = this.pkg.bytesOf(part);
    if (!bytes) throw new LedgerError('file.damagedPart', { file: this.file, part });
    if (isUtf16(bytes)) throw new LedgerError('file.edit.unsupportedPart', { file: this.file, part });
    return this.pkg.textOf(part) ?? '';
  }

  /** Runs a parse of a part, turning malformed XML into a message naming the part. */
  private parsed<T>(part: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof XmlSyntaxError)
        throw new LedgerError('file.damagedPart', { file: this.file, part });
      throw error;
    }
  }

  private drop(part: string): void {
    this.dropped.add(partKey(part));
    const override = childrenNamed(this.pkg.contentTypes.root, 'Override').find(
      (o) => partKey(o.attributes.PartName ?? '') === partKey(part),
    );
    if (override) this.contentTypes.remove(override);
  }

  private addPart(part: string, content: string | Uint8Array, type: string | undefined): void {
    this.takenParts.add(partKey(part));
    this.out.set(part, content);
    this.added.push(part);
    if (type !== undefined && contentTypeOf(this.pkg.contentTypes, part) !== type)
      this.contentTypes.add(overrideXml(part, type));
  }

  /** A part name like `xl/tables/table7.xml` that no part of the package has. */
  private freshPart(folder: string, stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = `${folder}/${stem}${n}.${extension}`;
      if (!this.takenParts.has(partKey(name))) {
        this.takenParts.add(partKey(name));
        return name;
      }
    }
  }

  private relsContent(part: string, elements: string[]): void {
    const rels = relsPartOf(part);
    const exists = this.pkg.has(rels) && !this.dropped.has(partKey(rels));
    if (elements.length === 0) {
      if (exists) this.drop(rels);
      return;
    }
    const xml = relationshipsPart(elements);
    if (exists) this.out.set(canonicalPartName(rels), xml);
    else
      this.addPart(
        rels,
        xml,
        this.pkg.contentTypes.defaults.has('rels') ? undefined : CONTENT_TYPES.relationships,
      );
  }

  async run(): Promise<Uint8Array> {
    const recorded = this.editor.recorded;
    const replacing = new Set([...recorded.owned.keys(), ...recorded.removedSheets.keys()]);
    for (const [key, edits] of recorded.sheetEdits)
      if (replacing.has(key) && !edits.empty)
        throw new Error(`cell edits of sheet ${edits.sheet}, which is replaced or removed in the same write`);

    this.applyTableRefs(recorded.tableRefs, replacing);
    this.applyTableColumns(recorded.tableColumns);
    this.applyTableRenames(recorded.tableRenames);
    this.applySheetEdits(recorded.sheetEdits, replacing);
    this.applyNewTables(recorded.newTables);

    const rendered =
      recorded.owned.size > 0
        ? await renderOwnedSheets(
            [...recorded.owned.values()].map((o) => o.plan),
            this.styles,
          )
        : [];
    this.checkTableNames(rendered, replacing);
    const order = this.finalSheets(rendered, recorded);
    this.writeWorkbook(order, rendered, recorded);

    // calcChain lists formula cells by position; Excel rebuilds it when it is missing.
    const calcChain = this.pkg.workbookRelationship('calcChain');
    if (calcChain?.part) {
      this.drop(calcChain.part);
      this.workbookRels.remove(calcChain.element);
    }
    if (this.styles.changed || this.stylesIsNew) {
      if (this.stylesIsNew) {
        this.addPart(this.stylesPart, this.styles.toText(), STYLES_TYPE);
        this.workbookRels.add(
          relationshipXml(
            freshId(this.workbookRelIds),
            STYLES_RELATIONSHIP,
            relativeTarget(this.pkg.workbookPart, this.stylesPart),
          ),
        );
      } else this.out.set(canonicalPartName(this.stylesPart), this.styles.toText());
    }
    const workbookRelsPart = relsPartOf(this.pkg.workbookPart);
    if (this.workbookRels.changed)
      this.out.set(canonicalPartName(workbookRelsPart), this.workbookRels.toText());
    if (this.contentTypes.changed) this.out.set(CONTENT_TYPES_PART, this.contentTypes.toText());
    return writeZip(this.pkg, this.out, this.dropped, this.added, this.deflate);
  }

  private applyTableRefs(refs: Map<string, { name: string; ref: string }>, replacing: Set<string>): void {
    for (const { name, ref } of refs.values()) {
      const found = this.pkg.findTable(name);
      if (!found || replacing.has(lower(found.sheet.name))) continue;
      const { table, sheet } = found;
      const text = this.text(table.part);
      this.out.set(
        canonicalPartName(table.part),
        this.parsed(table.part, () => tableWithRef(text, table, ref)),
      );
      const before = mergeBox(table.ref);
      const after = mergeBox(ref);
      if (!before || !after) continue;
      const totals = table.totalsRowCount > 0 ? 1 : 0;
      const top = before.top + (table.headerRowCount > 0 ? 1 : 0);
      this.followsOf(sheet).push({
        left: before.left,
        right: before.right,
        top,
        bottom: before.bottom - totals,
        newBottom: after.bottom - totals,
      });
    }
  }

  /** Current text of a part: as already changed in this write, else as in the package. */
  private current(part: string): string {
    const changed = this.out.get(canonicalPartName(part));
    return typeof changed === 'string' ? changed : this.text(part);
  }

  private applyTableColumns(added: Map<string, { name: string; headers: string[] }>): void {
    for (const { name, headers } of added.values()) {
      const found = this.pkg.findTable(name);
      if (!found) continue;
      const part = found.table.part;
      const text = this.current(part);
      this.out.set(canonicalPartName(part), withTableColumns(text, headers));
    }
  }

  private applyTableRenames(renames: Map<string, { from: string; to: string }>): void {
    for (const { from, to } of renames.values()) {
      const found = this.pkg.findTable(from);
      if (!found) continue;
      const text = this.current(found.table.part);
      const root = this.parsed(found.table.part, () => walkFirst(text));
      const open = withAttribute(
        withAttribute(text.slice(root.start, root.openEnd), 'name', to),
        'displayName',
        to,
      );
      this.out.set(
        canonicalPartName(found.table.part),
        text.slice(0, root.start) + open + text.slice(root.openEnd),
      );
    }
  }

  /** New table parts, their relationships from the sheet, and the sheet's `tableParts` element. */
  private applyNewTables(tables: readonly NewTable[]): void {
    for (const table of tables) {
      const sheet = this.pkg.sheet(table.sheet) as SheetEntry;
      const part = sheet.part as string;
      const tablePart = this.freshPart('xl/tables', 'table', 'xml');
      const ids = new Set(this.pkg.relationships(part).map((r) => r.id));
      const relationshipId = freshId(ids);
      this.addPart(tablePart, newTableXml(this.nextTableId++, table), CONTENT_TYPES.table);
      const link = relationshipXml(relationshipId, RELATIONSHIP_TYPES.table, relativeTarget(part, tablePart));
      const relsPart = relsPartOf(part);
      if (this.pkg.has(relsPart) && !this.dropped.has(partKey(relsPart))) {
        const edit = new ElementListEdit(
          this.current(relsPart),
          this.parsed(relsPart, () => this.pkg.tree(relsPart)),
        );
        edit.add(link);
        this.out.set(canonicalPartName(relsPart), edit.toText());
      } else this.relsContent(part, [link]);
      this.out.set(
        canonicalPartName(part),
        this.parsed(part, () => withTablePart(this.current(part), relationshipId)),
      );
    }
  }

  /** Tables whose data rows change, by the key of their sheet (the sheet's ranges that cover them follow). */
  private readonly follows = new Map<string, { sheet: SheetEntry; ranges: RangeFollow[] }>();
  private followsOf(sheet: SheetEntry): RangeFollow[] {
    let entry = this.follows.get(lower(sheet.name));
    if (!entry) this.follows.set(lower(sheet.name), (entry = { sheet, ranges: [] }));
    return entry.ranges;
  }

  private applySheetEdits(recorded: Map<string, SheetEdits>, replacing: Set<string>): void {
    const keys = new Set([...recorded.keys(), ...this.follows.keys()]);
    for (const key of keys) {
      const follows = this.follows.get(key)?.ranges ?? [];
      const edits = recorded.get(key) ?? new SheetEdits(this.follows.get(key)?.sheet.name ?? key);
      if ((edits.empty && follows.length === 0) || replacing.has(key)) continue;
      const sheet = this.pkg.sheet(edits.sheet) as SheetEntry;
      const part = sheet.part as string;
      const scanned = this.pkg.scanOf(part);
      const text = scanned?.text ?? this.text(part);
      const context = {
        file: this.file,
        sheet: sheet.name,
        styles: this.styles,
        notes: this.notesOf(part),
        follows,
      };
      const applied = this.parsed(part, () => edits.apply(text, context, scanned?.scan));
      this.out.set(canonicalPartName(part), applied);
    }
  }

  /** Cells with notes on a sheet, from its comments parts. */
  private notesOf(sheetPart: string): Map<string, string> {
    const notes = new Map<string, string>();
    for (const r of this.pkg.relationships(sheetPart)) {
      if (relationshipKind(r.type) !== 'comments' || !r.part || !this.pkg.has(r.part)) continue;
      const part = r.part;
      const root = this.parsed(part, () => this.pkg.tree(part));
      const list = childNamed(root, 'commentList');
      for (const c of list ? childrenNamed(list, 'comment') : [])
        if (c.attributes.ref) notes.set(c.attributes.ref.toUpperCase(), part);
    }
    return notes;
  }

  private checkTableNames(rendered: RenderedSheet[], replacing: Set<string>): void {
    for (const sheet of rendered) {
      for (const table of sheet.tables) {
        const existing = this.pkg.findTable(table.name);
        if (existing && !replacing.has(lower(existing.sheet.name)))
          throw new LedgerError('file.edit.tableNameTaken', {
            table: table.name,
            sheet: existing.sheet.name,
          });
      }
    }
  }

  /** The sheets in their final order: kept, replaced in place, new ones placed. */
  private finalSheets(
    rendered: RenderedSheet[],
    recorded: PackageEditor['recorded'],
  ): { name: string; entry?: SheetEntry; rendered?: RenderedSheet }[] {
    const list: { name: string; entry?: SheetEntry; rendered?: RenderedSheet }[] = this.pkg.workbook.sheets
      .filter((s) => !recorded.removedSheets.has(lower(s.name)))
      .map((entry) => ({ name: entry.name, entry }));
    for (const sheet of rendered) {
      const at = list.findIndex((s) => lower(s.name) === lower(sheet.name));
      if (at >= 0) {
        const entry = list[at]?.entry;
        if (entry && entry.kind !== 'worksheet')
          throw new LedgerError('file.edit.sheetPart', { sheet: sheet.name, part: entry.part ?? sheet.name });
        list[at] = { name: sheet.name, ...(entry ? { entry } : {}), rendered: sheet };
        continue;
      }
      const placement = recorded.owned.get(lower(sheet.name))?.placement;
      const find = (name: string | undefined): number =>
        name === undefined ? -1 : list.findIndex((s) => lower(s.name) === lower(name));
      let index = list.length;
      if (find(placement?.before) >= 0) index = find(placement?.before);
      else if (find(placement?.after) >= 0) index = find(placement?.after) + 1;
      else if (lower(sheet.name) !== lower(META_SHEET) && find(META_SHEET) >= 0) index = find(META_SHEET);
      list.splice(index, 0, { name: sheet.name, rendered: sheet });
    }
    return list;
  }

  /** Writes owned sheets' parts, removes removed sheets, and merges workbook.xml. */
  private writeWorkbook(
    order: { name: string; entry?: SheetEntry; rendered?: RenderedSheet }[],
    rendered: RenderedSheet[],
    recorded: PackageEditor['recorded'],
  ): void {
    const wb = this.pkg.workbook;
    const finalIndex = new Map<SheetEntry, number>();
    order.forEach((s, i) => {
      if (s.entry) finalIndex.set(s.entry, i);
    });
    const removed = wb.sheets.filter((s) => recorded.removedSheets.has(lower(s.name)));
    const replacedOrRemoved = new Set<SheetEntry>(removed);
    for (const s of order) if (s.entry && s.rendered) replacedOrRemoved.add(s.entry);

    // Names: the add-in's workbook-level names replaced, built-in names of rewritten sheets regenerated.
    const ownedNames = new Set([...recorded.names.keys(), ...recorded.removedNames]);
    const names: FinalName[] = [];
    for (const n of wb.definedNames) {
      const local = n.localSheetId === undefined ? undefined : wb.sheets[n.localSheetId];
      if (n.localSheetId === undefined && ownedNames.has(lower(n.name))) continue;
      if (local && replacedOrRemoved.has(local)) {
        if (n.name.startsWith('_xlnm.')) continue;
        if (removed.includes(local))
          throw new LedgerError('file.edit.nameRefersToSheet', { name: n.name, sheet: local.name });
      }
      for (const gone of removed)
        if (refersToSheet(n, gone.name))
          throw new LedgerError('file.edit.nameRefersToSheet', { name: n.name, sheet: gone.name });
      const moved = local ? finalIndex.get(local) : undefined;
      names.push({ kind: 'kept', entry: n, ...(moved !== undefined ? { localSheetId: moved } : {}) });
    }
    for (const n of recorded.names.values())
      names.push({
        kind: 'new',
        name: n.name,
        formula: n.formula.replace(/^=/, ''),
        ...(n.comment ? { comment: n.comment } : {}),
      });

    let nextSheetId = 1 + Math.max(0, ...wb.sheets.map((s) => Number(s.sheetId) || 0));
    const sheets: FinalSheet[] = [];
    order.forEach((s, i) => {
      if (s.rendered) {
        for (const n of s.rendered.localNames)
          names.push({ kind: 'new', name: n.name, formula: n.formula, localSheetId: i });
      }
      if (s.entry && !s.rendered) {
        sheets.push({ kind: 'kept', entry: s.entry });
        return;
      }
      const sheet = s.rendered as RenderedSheet;
      if (s.entry) {
        this.replaceSheet(s.entry, sheet);
        sheets.push({ kind: 'kept', entry: s.entry, visibility: sheet.visibility });
        return;
      }
      const part = this.freshPart('xl/worksheets', 'sheet', 'xml');
      const relationshipId = freshId(this.workbookRelIds);
      this.workbookRels.add(
        relationshipXml(
          relationshipId,
          RELATIONSHIP_TYPES.worksheet,
          relativeTarget(this.pkg.workbookPart, part),
        ),
      );
      this.writeSheetParts(part, sheet, sheet.xml, []);
      sheets.push({
        kind: 'new',
        name: sheet.name,
        sheetId: nextSheetId++,
        relationshipId,
        visibility: sheet.visibility,
      });
    });
    for (const sheet of removed) this.removeSheetParts(sheet);

    const oldToNew = new Map<number, number>();
    for (const s of wb.sheets) {
      const n = finalIndex.get(s);
      if (n !== undefined) oldToNew.set(s.index, n);
    }
    const changedNames =
      recorded.names.size > 0 || recorded.removedNames.size > 0 || rendered.length > 0 || removed.length > 0;
    const changedSheets = rendered.length > 0 || removed.length > 0;
    if (!changedNames && !changedSheets) return;
    const text = this.text(this.pkg.workbookPart);
    this.out.set(
      canonicalPartName(this.pkg.workbookPart),
      editWorkbookXml(text, wb, {
        sheets,
        names,
        fullCalcOnLoad: rendered.length > 0,
        moveIndex: (old) => oldToNew.get(old),
      }),
    );
  }

  /** Replaces an existing sheet's part with a rendered one, carrying the user's drawings and notes over. */
  private replaceSheet(entry: SheetEntry, sheet: RenderedSheet): void {
    const part = entry.part as string;
    const oldXml = this.text(part);
    const relsText = this.pkg.textOf(relsPartOf(part)) ?? '';
    const tableIds = new Set(sheet.tables.map((t) => t.relationshipId));
    const used = new Set<string>(tableIds);
    const idMap = new Map<string, string>();
    const carried: string[] = [];
    for (const r of this.pkg.relationships(part)) {
      const kind = relationshipKind(r.type);
      if (kind === 'table') {
        if (r.part) this.drop(r.part);
        continue;
      }
      if (kind === 'hyperlink') continue;
      if (!CARRIED_KINDS.has(kind))
        throw new LedgerError('file.edit.sheetPart', { sheet: entry.name, part: r.part ?? r.target });
      const id = used.has(r.id) ? freshId(used) : r.id;
      used.add(id);
      idMap.set(r.id, id);
      const element = relsText.slice(r.element.start, r.element.end);
      const tagEnd = r.element.openEnd - r.element.start;
      carried.push(withAttribute(element.slice(0, tagEnd), 'Id', id) + element.slice(tagEnd));
    }
    const elements = this.parsed(part, () => carriedElements(oldXml, idMap));
    let xml = sheet.xml;
    if (elements.xml !== '') xml = insertBefore(xml, AFTER_CARRIED, elements.xml);
    if (elements.pageSetupId) xml = withPageSetupRelationship(xml, elements.pageSetupId);
    this.writeSheetParts(part, sheet, xml, carried);
  }

  /** Writes a rendered sheet's part, its tables and its relationships. */
  private writeSheetParts(part: string, sheet: RenderedSheet, xml: string, carried: string[]): void {
    const relationships = [...carried];
    for (const table of sheet.tables) {
      const tablePart = this.freshPart('xl/tables', 'table', 'xml');
      const id = this.nextTableId++;
      const root = this.parsed(tablePart, () => walkFirst(table.xml));
      const tableXml =
        table.xml.slice(0, root.start) +
        withAttribute(table.xml.slice(root.start, root.openEnd), 'id', String(id)) +
        table.xml.slice(root.openEnd);
      this.addPart(tablePart, tableXml, CONTENT_TYPES.table);
      relationships.push(
        relationshipXml(table.relationshipId, RELATIONSHIP_TYPES.table, relativeTarget(part, tablePart)),
      );
    }
    if (this.pkg.has(part) && !this.dropped.has(partKey(part))) this.out.set(canonicalPartName(part), xml);
    else this.addPart(part, xml, CONTENT_TYPES.worksheet);
    this.relsContent(part, relationships);
  }

  private removeSheetParts(entry: SheetEntry): void {
    const part = entry.part;
    const element = this.pkg
      .relationships(this.pkg.workbookPart)
      .find((r) => r.id === entry.relationshipId)?.element;
    if (element) this.workbookRels.remove(element);
    if (!part) return;
    for (const r of this.pkg.relationships(part)) {
      const kind = relationshipKind(r.type);
      if (!CONTENT_KINDS.has(kind))
        throw new LedgerError('file.edit.sheetPart', { sheet: entry.name, part: r.part ?? r.target });
      if (r.part) this.drop(r.part);
    }
    this.drop(part);
    const rels = relsPartOf(part);
    if (this.pkg.has(rels)) this.drop(rels);
  }
}

/** Whether a name's formula mentions a sheet (`'校验结果'!A1`, `Sheet1!A1`). */
function refersToSheet(name: DefinedNameEntry, sheet: string): boolean {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  if (name.formula.includes(quoted)) return true;
  return new RegExp(`(^|[^\\w.'])${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`).test(name.formula);
}

/** The root element's offsets of a small part. */
function walkFirst(xml: string): { start: number; openEnd: number } {
  let found: { start: number; openEnd: number } | undefined;
  walkXml(xml, {
    open(_tag, start, openEnd) {
      found ??= { start, openEnd };
    },
  });
  if (!found) throw new XmlSyntaxError('empty part');
  return found;
}

/** Column letters of a box's column (boxes count columns from 1). */
function boxLetters(n: number): string {
  return indexToLetters(n - 1);
}

/** The table part with columns appended to `tableColumns` (fresh ids, its count raised); everything else stays. */
function withTableColumns(text: string, headers: readonly string[]): string {
  let list: { start: number; openEnd: number; closeStart: number } | undefined;
  let inList = false;
  let count = 0;
  let maxId = 0;
  walkXml(text, {
    open(tag, start, openEnd) {
      if (tag.local === 'tableColumns' && !list) {
        list = { start, openEnd, closeStart: -1 };
        inList = !tag.selfClosing;
      } else if (inList && tag.local === 'tableColumn') {
        count++;
        maxId = Math.max(maxId, Number(tag.attributes.id) || 0);
      }
    },
    close(local, end) {
      if (local === 'tableColumns' && list && inList) {
        list.closeStart = text.lastIndexOf('<', end - 1);
        inList = false;
      }
    },
  });
  if (!list || list.closeStart < 0) throw new XmlSyntaxError('table part without tableColumns');
  const columns = headers
    .map((h, i) => `<tableColumn id="${maxId + 1 + i}" name="${escapeAttribute(h)}"/>`)
    .join('');
  const open = withAttribute(text.slice(list.start, list.openEnd), 'count', String(count + headers.length));
  return (
    text.slice(0, list.start) +
    open +
    text.slice(list.openEnd, list.closeStart) +
    columns +
    text.slice(list.closeStart)
  );
}

/** The table part with a new range; the autoFilter (and a sort state) follow, everything else stays. */
function tableWithRef(text: string, table: TableEntry, ref: string): string {
  const box = mergeBox(ref);
  if (!box) return text;
  const totals = table.totalsRowCount > 0 ? 1 : 0;
  const range = (top: number, bottom: number): string =>
    `${boxLetters(box.left)}${top}:${boxLetters(box.right)}${bottom}`;
  const edits: { start: number; end: number; text: string }[] = [];
  const root = table.root;
  edits.push({
    start: root.start,
    end: root.openEnd,
    text: withAttribute(text.slice(root.start, root.openEnd), 'ref', range(box.top, box.bottom)),
  });
  const filter = childNamed(root, 'autoFilter');
  if (filter) {
    edits.push({
      start: filter.start,
      end: filter.openEnd,
      text: withAttribute(
        text.slice(filter.start, filter.openEnd),
        'ref',
        range(box.top, box.bottom - totals),
      ),
    });
    const sort = childNamed(filter, 'sortState');
    if (sort?.attributes.ref) {
      const dataTop = box.top + (table.headerRowCount > 0 ? 1 : 0);
      edits.push({
        start: sort.start,
        end: sort.openEnd,
        text: withAttribute(text.slice(sort.start, sort.openEnd), 'ref', range(dataTop, box.bottom - totals)),
      });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The elements of an old sheet that point at carried relationships (with their ids renumbered as `ids` says and
 * written with the `r` prefix the rendered sheet declares), and the id its pageSetup gives its printer settings.
 */
function carriedElements(xml: string, ids: Map<string, string>): { xml: string; pageSetupId?: string } {
  let depth = 0;
  const parts: { local: string; text: string }[] = [];
  let pageSetupId: string | undefined;
  let current: { local: string; start: number; tag: string } | null = null;
  const retag = (tag: string): string =>
    tag.replace(
      /(\s)[\w.-]+:id(\s*=\s*)(["'])([^"']*)\3/,
      (_m, lead: string, eq: string, _q: string, id: string) => `${lead}r:id${eq}"${ids.get(id) ?? id}"`,
    );
  walkXml(xml, {
    open(tag, start, openEnd) {
      depth++;
      if (depth !== 2) return;
      const id = Object.entries(tag.attributes).find(([k]) => k.endsWith(':id'))?.[1];
      if (id === undefined || !ids.has(id)) return;
      if (tag.local === 'pageSetup') pageSetupId = ids.get(id);
      else if (CARRIED_ELEMENTS.includes(tag.local)) {
        const text = retag(xml.slice(start, openEnd));
        if (tag.selfClosing) parts.push({ local: tag.local, text });
        else current = { local: tag.local, start: openEnd, tag: text };
      }
    },
    close(local, end) {
      if (depth === 2 && current && current.local === local) {
        parts.push({ local, text: current.tag + xml.slice(current.start, end) });
        current = null;
      }
      depth--;
    },
  });
  parts.sort((a, b) => CARRIED_ELEMENTS.indexOf(a.local) - CARRIED_ELEMENTS.indexOf(b.local));
  return { xml: parts.map((p) => p.text).join(''), ...(pageSetupId ? { pageSetupId } : {}) };
}

/** Inserts XML before the first top-level element of the given names (or before the root's end tag). */
function insertBefore(xml: string, locals: string[], insert: string): string {
  let at = -1;
  let depth = 0;
  let rootClose = xml.length;
  walkXml(xml, {
    open(tag, start) {
      depth++;
      if (depth === 2 && at < 0 && locals.includes(tag.local)) at = start;
    },
    close(_local, end) {
      if (depth === 1) rootClose = xml.lastIndexOf('<', end - 1);
      depth--;
    },
  });
  const position = at >= 0 ? at : rootClose;
  return xml.slice(0, position) + insert + xml.slice(position);
}

/** The rendered sheet's pageSetup pointing at the carried printer settings (exceljs declares the `r` prefix). */
function withPageSetupRelationship(xml: string, id: string): string {
  let result = xml;
  walkXml(xml, {
    open(tag, start, openEnd) {
      if (tag.local !== 'pageSetup' || result !== xml) return;
      result =
        xml.slice(0, start) + withAttribute(xml.slice(start, openEnd), 'r:id', id) + xml.slice(openEnd);
    },
  });
  return result;
}

/** A table to add over a range of a sheet the add-in does not own. */
export interface NewTable {
  sheet: string;
  name: string;
  /** Header row through the last data row, e.g. `A1:J15`. */
  ref: string;
  /** Column names: the header row's cell texts, in order. */
  columns: readonly string[];
  /** Table style, e.g. `TableStyleMedium7`. */
  style: string;
}

const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIP_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The XML of a new table part (id, name, range, columns, style; filter buttons over the whole range). */
function newTableXml(id: number, table: NewTable): string {
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(name)}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN_NAMESPACE}" id="${id}" name="${escapeAttribute(table.name)}" ` +
    `displayName="${escapeAttribute(table.name)}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    'showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** The worksheet with one more `tablePart` (the `tableParts` element made or extended, the r: prefix declared). */
function withTablePart(xml: string, relationshipId: string): string {
  let root: { start: number; openEnd: number; prefix: string } | undefined;
  let parts: { start: number; openEnd: number; closeStart: number; selfClosing: boolean } | undefined;
  let depth = 0;
  walkXml(xml, {
    open(tag, start, openEnd) {
      depth++;
      if (depth === 1)
        root = { start, openEnd, prefix: tag.name.includes(':') ? (tag.name.split(':')[0] ?? '') : '' };
      if (depth === 2 && tag.local === 'tableParts')
        parts = { start, openEnd, closeStart: -1, selfClosing: tag.selfClosing };
    },
    close(local, end) {
      if (depth === 2 && local === 'tableParts' && parts) parts.closeStart = xml.lastIndexOf('<', end - 1);
      depth--;
    },
  });
  if (!root) throw new XmlSyntaxError('no worksheet element');
  if (root.prefix !== '') throw new XmlSyntaxError('prefixed worksheet elements');
  const rootOpen = xml.slice(root.start, root.openEnd);
  const declared = /\sxmlns:r="/.test(rootOpen);
  let prefix = 'r';
  let out = xml;
  if (!declared) {
    out =
      out.slice(0, root.start) +
      withAttribute(rootOpen, 'xmlns:r', RELATIONSHIP_NAMESPACE) +
      out.slice(root.openEnd);
  } else {
    const match =
      /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
        rootOpen,
      );
    prefix = match?.[1] ?? 'r';
  }
  const shift = out.length - xml.length;
  const element = `<tablePart ${prefix}:id="${relationshipId}"/>`;
  if (!parts) return insertBefore(out, ['extLst'], `<tableParts count="1">${element}</tableParts>`);
  const open = out.slice(parts.start + shift, parts.openEnd + shift);
  const count = Number(/count="(\d+)"/.exec(open)?.[1] ?? '0') + 1;
  if (parts.selfClosing) {
    const replaced = `<tableParts count="${count}">${element}</tableParts>`;
    return out.slice(0, parts.start + shift) + replaced + out.slice(parts.openEnd + shift);
  }
  const withCount = withAttribute(open, 'count', String(count));
  return (
    out.slice(0, parts.start + shift) +
    withCount +
    out.slice(parts.openEnd + shift, parts.closeStart + shift) +
    element +
    out.slice(parts.closeStart + shift)
  );
}
