/** Excel.Table, its rows and columns, and table collections, in the fake. */
import { parseAddress, type Rect } from './a1';
import { arg, FakeClientObject, once, type PropertySpec } from './base';
import { type FakeContextCore } from './context';
import { FakeOfficeError, liveItem, itemNotFound } from './errors';
import { interpretInput } from './input';
import { type SheetModel, type TableModel, type WorkbookModel } from './model';
import { FakeRange } from './range';

function bodyRect(t: TableModel): Rect {
  return { ...t.rect, top: t.rect.top + 1 };
}

/** The data body of a table, or what the host gives for a table without data rows (see FakeBehaviour). */
function emptyBody(core: FakeContextCore, t: TableModel, where: string): Rect {
  if (t.rect.bottom > t.rect.top) return bodyRect(t);
  if (core.host.options.behaviour.emptyTableBody === 'error')
    throw itemNotFound(`${where}: the table has no data rows`);
  return { ...t.rect, top: t.rect.top + 1, bottom: t.rect.top + 1 };
}

/** The fake Excel.Table. */
export class FakeTable extends FakeClientObject {
  protected readonly className = 'Table';
  readonly resolve: () => TableModel | null;

  constructor(
    core: FakeContextCore,
    path: string,
    readonly model: WorkbookModel,
    resolve: () => TableModel | null,
  ) {
    super(core, path);
    this.resolve = once(resolve);
  }

  /** The table, or ItemNotFound (also for operations on a null object). */
  table(): TableModel {
    return liveItem(this.resolve(), this.model.tables, this.path);
  }

  protected override beforeRead(): void {
    this.table();
  }

  protected override writesTo(): SheetModel {
    return this.table().sheet;
  }

  protected properties(): Record<string, PropertySpec> {
    return {
      name: { version: '1.1', read: () => this.table().name },
      style: { version: '1.1', read: () => this.table().style },
      showBandedRows: { version: '1.3', read: () => this.table().showBandedRows },
    };
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(v: string) {
    this.queueSet('name', v, '1.1', () => this.model.renameTable(this.table(), v));
  }
  get style(): string {
    return this.loadedValue('style');
  }
  set style(v: string) {
    this.queueSet('style', v, '1.1', () => (this.table().style = v));
  }
  set showBandedRows(v: boolean) {
    this.queueSet('showBandedRows', v, '1.3', () => (this.table().showBandedRows = v));
  }

  private range(method: string, f: (t: TableModel) => Rect): FakeRange {
    this.core.use(`Table.${method}`, '1.1');
    return new FakeRange(this.core, `${this.path}.${method}()`, this.model, () => {
      const t = this.table();
      return { sheet: t.sheet, rect: f(t) };
    });
  }

  /** Table.getHeaderRowRange (1.1). */
  getHeaderRowRange(): FakeRange {
    return this.range('getHeaderRowRange', (t) => ({ ...t.rect, bottom: t.rect.top }));
  }
  /**
   * Table.getDataBodyRange (1.1). A table whose data rows were all deleted has no body: the fake answers with
   * ItemNotFound or with the row under the header, as `behaviour.emptyTableBody` says (undocumented).
   */
  getDataBodyRange(): FakeRange {
    return this.range('getDataBodyRange', (t) => emptyBody(this.core, t, `${this.path}.getDataBodyRange()`));
  }
  /** Table.getRange (1.1). */
  getRange(): FakeRange {
    return this.range('getRange', (t) => t.rect);
  }

  /** Table.delete (1.1): the fake removes the table and its cells (contents and formats). */
  delete(): void {
    this.queueCall('delete', null, '1.1', () => {
      const t = this.table();
      t.sheet.clear(t.rect, 'all');
      this.model.tables.splice(this.model.tables.indexOf(t), 1);
    });
  }

  /**
   * Table.resize (1.13): the header row stays where it is (same top row and left column, as Excel requires),
   * the table's range becomes `address`; cells keep their values and formats.
   */
  resize(address: string): void {
    this.queueCall('resize', [address], '1.13', () => {
      const t = this.table();
      const parsed = parseAddress(address);
      if (!parsed || (parsed.sheet !== undefined && parsed.sheet !== t.sheet.name))
        throw new FakeOfficeError('InvalidArgument', `fake: cannot resize ${t.name} to ${address}`);
      const r = parsed.rect;
      if (r.top !== t.rect.top || r.left !== t.rect.left || r.bottom <= r.top)
        throw new FakeOfficeError(
          'InvalidArgument',
          'The table header must stay in the same row and column.',
        );
      const others = this.model.tables.filter((o) => o !== t && o.sheet === t.sheet);
      if (
        others.some(
          (o) =>
            o.rect.left <= r.right &&
            r.left <= o.rect.right &&
            o.rect.top <= r.bottom &&
            r.top <= o.rect.bottom,
        )
      )
        throw new FakeOfficeError('InvalidArgument', 'Tables cannot overlap.');
      t.rect = r;
    });
  }

  /** Table.rows (1.1). */
  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this.core, `${this.path}.rows`, this);
  }

  /** Table.columns (1.1). */
  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.core, `${this.path}.columns`, this.model, this);
  }
}

/** The fake Excel.TableRowCollection. */
export class FakeTableRowCollection extends FakeClientObject {
  protected readonly className = 'TableRowCollection';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly owner: FakeTable,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      count: { version: '1.1', read: () => this.owner.table().rect.bottom - this.owner.table().rect.top },
    };
  }
  protected override writesTo(): SheetModel {
    return this.owner.table().sheet;
  }
  get count(): number {
    return this.loadedValue('count');
  }

  /** TableRowCollection.add (1.1 one row, 1.4 several): appends at the bottom, shifting cells below down. */
  add(index?: number | null, values?: unknown[][]): void {
    const many = Array.isArray(values) && values.length > 1;
    this.queueCall('add', [index ?? null, values ?? null], many ? '1.4' : '1.1', () => {
      if (index !== undefined && index !== null)
        throw new FakeOfficeError('InvalidArgument', 'fake: only appending rows (index null) is modelled');
      const t = this.owner.table();
      const width = t.rect.right - t.rect.left + 1;
      const rows = values ?? [new Array(width).fill('')];
      if (rows.some((r) => !Array.isArray(r) || r.length !== width))
        throw new FakeOfficeError('InvalidArgument', 'Row width does not match the table.');
      const first = t.rect.bottom + 1;
      this.owner.model.shiftBand(t.sheet, first, t.rect.left, t.rect.right, rows.length, t);
      t.rect = { ...t.rect, bottom: t.rect.bottom + rows.length };
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const c = t.rect.left + j;
          const fmt = t.sheet.cell(first - 1, c)?.format ?? {};
          const stored = interpretInput(
            v,
            fmt.numberFormat ?? 'General',
            this.core.host.options.behaviour.apostropheInTextCells,
          );
          const cell = t.sheet.ensure(first + i, c);
          // New table rows take the format of the row above, as Excel extends table formatting.
          cell.format = { ...fmt };
          if (stored) cell.stored = stored;
        }),
      );
    });
  }
}

/** The fake Excel.TableColumnCollection. */
export class FakeTableColumnCollection extends FakeClientObject {
  protected readonly className = 'TableColumnCollection';
  private loadedItems: FakeTableColumn[] | undefined;
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
    private readonly owner: FakeTable,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      count: { version: '1.1', read: () => this.owner.table().rect.right - this.owner.table().rect.left + 1 },
    };
  }
  get count(): number {
    return this.loadedValue('count');
  }

  private column(path: string, find: (t: TableModel, headers: string[]) => number): FakeTableColumn {
    return new FakeTableColumn(this.core, path, this.model, () => {
      const t = this.owner.table();
      const headers: string[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const h = t.sheet.stored(t.rect.top, c);
        headers.push(
          h.kind === 'text' ? h.text : h.kind === 'number' || h.kind === 'boolean' ? String(h.value) : '',
        );
      }
      const i = find(t, headers);
      if (i < 0 || i >= headers.length) throw itemNotFound(path);
      return { table: t, index: i, name: headers[i] ?? '' };
    });
  }

  /**
   * TableColumnCollection.add (1.1; the `name` argument 1.4): only appending at the right end (index null) is
   * modelled. The cells right of the table in its rows move one column right, as Excel inserts the column's cells;
   * the header is `name` (else `ColumnN`), the body `values` (a header-plus-rows column) or blank.
   */
  add(index?: number | null, values?: unknown[][] | null, name?: string): void {
    const version = name === undefined ? '1.1' : '1.4';
    this.queueCall('add', [index ?? null, values ?? null, name ?? null], version, () => {
      if (index !== undefined && index !== null)
        throw new FakeOfficeError('InvalidArgument', 'fake: only appending columns (index null) is modelled');
      const t = this.owner.table();
      const height = t.rect.bottom - t.rect.top + 1;
      if (values && (values.length !== height || values.some((r) => !Array.isArray(r) || r.length !== 1)))
        throw new FakeOfficeError('InvalidArgument', 'Column values do not match the table.');
      const col = t.rect.right + 1;
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const cells = t.sheet.rows.get(r);
        if (!cells) continue;
        for (const c of [...cells.keys()].filter((k) => k >= col).sort((a, b) => b - a)) {
          const cell = cells.get(c);
          cells.delete(c);
          if (cell) cells.set(c + 1, cell);
        }
      }
      t.rect = { ...t.rect, right: col };
      const header = name ?? `Column${col - t.rect.left + 1}`;
      t.sheet.ensure(t.rect.top, col).stored = { kind: 'text', text: header };
      for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) {
        const fmt = t.sheet.cell(r, col - 1)?.format ?? {};
        const cell = t.sheet.ensure(r, col);
        cell.format = { ...fmt };
        const stored = values
          ? interpretInput(values[r - t.rect.top]?.[0], fmt.numberFormat ?? 'General')
          : null;
        if (stored) cell.stored = stored;
      }
    });
  }

  /** TableColumnCollection.getItem (1.1), by name. */
  getItem(key: string): FakeTableColumn {
    return this.column(`${this.path}.getItem(${arg(key)})`, (_t, h) => h.indexOf(key));
  }
  /** TableColumnCollection.getItemAt (1.1). */
  getItemAt(index: number): FakeTableColumn {
    return this.column(`${this.path}.getItemAt(${index})`, () => index);
  }

  override load(spec?: unknown): this {
    const names =
      typeof spec === 'string' ? spec.split(',').map((s) => s.trim().replace(/^items\//, '')) : ['name'];
    this.core.enqueue({
      target: this.path,
      member: 'TableColumnCollection.load',
      args: names,
      version: '1.1',
      apply: () => {
        const t = this.owner.table();
        const cols: string[] = [];
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const h = t.sheet.stored(t.rect.top, c);
          cols.push(h.kind === 'text' ? h.text : '');
        }
        this.core.deliver(this, { items: cols.map((name, index) => ({ name, index })) });
      },
    });
    return this;
  }
  override commitLoad(data: Record<string, unknown>): void {
    const items = data.items as Array<{ name: string; index: number }>;
    this.loadedItems = items.map((it) => {
      const col = this.getItemAt(it.index);
      col.commitLoad({ name: it.name, index: it.index });
      return col;
    });
  }
  get items(): FakeTableColumn[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available.",
        'TableColumnCollection.items',
      );
    return this.loadedItems;
  }
}

/** The fake Excel.TableColumn. */
export class FakeTableColumn extends FakeClientObject {
  protected readonly className = 'TableColumn';
  private readonly resolve: () => { table: TableModel; index: number; name: string };
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
    resolve: () => { table: TableModel; index: number; name: string },
  ) {
    super(core, path);
    this.resolve = once(resolve);
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      name: { version: '1.1', read: () => this.resolve().name },
      index: { version: '1.1', read: () => this.resolve().index },
    };
  }
  get name(): string {
    return this.loadedValue('name');
  }
  get index(): number {
    return this.loadedValue('index');
  }
  /** TableColumn.getDataBodyRange (1.1). */
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.core, `${this.path}.getDataBodyRange()`, this.model, () => {
      const { table, index } = this.resolve();
      const c = table.rect.left + index;
      const body = emptyBody(this.core, table, `${this.path}.getDataBodyRange()`);
      return { sheet: table.sheet, rect: { ...body, left: c, right: c } };
    });
  }
}

/** The fake Excel.TableCollection (workbook-wide, or one sheet's). */
export class FakeTableCollection extends FakeClientObject {
  protected readonly className = 'TableCollection';
  private loadedItems: FakeTable[] | undefined;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
    private readonly sheet?: () => SheetModel,
  ) {
    super(core, path);
  }

  private scope(): TableModel[] {
    const s = this.sheet?.();
    return s ? this.model.tables.filter((t) => t.sheet === s) : this.model.tables;
  }

  protected properties(): Record<string, PropertySpec> {
    return { count: { version: '1.1', read: () => this.scope().length } };
  }
  get count(): number {
    return this.loadedValue('count');
  }

  /** TableCollection.add (1.1; a Range argument needs 1.3). */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    const where = typeof address === 'string' ? address : address.path;
    this.queueCall('add', [where, hasHeaders], typeof address === 'string' ? '1.1' : '1.3', () => {
      let sheet: SheetModel;
      let rect: Rect;
      if (typeof address === 'string') {
        const parsed = parseAddress(address);
        if (!parsed) throw new FakeOfficeError('InvalidArgument', `Invalid address '${address}'.`);
        const own = this.sheet?.();
        if (parsed.sheet !== undefined) sheet = this.model.requireSheet(parsed.sheet);
        else if (own) sheet = own;
        else
          throw new FakeOfficeError('InvalidArgument', 'workbook.tables.add needs a sheet-qualified address');
        rect = parsed.rect;
      } else {
        ({ sheet, rect } = address.target());
      }
      created = this.model.addTable(sheet, rect, hasHeaders);
    });
    return new FakeTable(
      this.core,
      `${this.path}.add(${arg(where)},${hasHeaders})`,
      this.model,
      () => created,
    );
  }

  /** TableCollection.getItem (1.1). */
  getItem(name: string): FakeTable {
    return new FakeTable(this.core, `${this.path}.getItem(${arg(name)})`, this.model, () =>
      this.model.requireTable(name),
    );
  }

  /** TableCollection.getItemOrNullObject (1.4). */
  getItemOrNullObject(name: string): FakeTable {
    this.core.use('TableCollection.getItemOrNullObject', '1.4');
    const t = new FakeTable(
      this.core,
      `${this.path}.getItemOrNullObject(${arg(name)})`,
      this.model,
      () => this.model.table(name) ?? null,
    );
    t.markNullable(() => this.model.table(name) === undefined);
    return t;
  }

  override load(spec?: unknown): this {
    const names = (
      typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec.map(String) : ['name']
    ).map((s) => s.trim().replace(/^items\//, ''));
    this.core.enqueue({
      target: this.path,
      member: 'TableCollection.load',
      args: names,
      version: '1.1',
      apply: () => {
        const items = this.scope().map((t) => {
          const o: Record<string, unknown> = {};
          for (const n of names) {
            if (n === 'name') o.name = t.name;
            else if (n === 'worksheet/name') o['worksheet/name'] = t.sheet.name;
            else if (n === 'style') o.style = t.style;
            else throw new FakeOfficeError('InvalidArgument', `fake: cannot load tables items/${n}`);
          }
          return o;
        });
        this.core.deliver(this, { items });
      },
    });
    return this;
  }
  override commitLoad(data: Record<string, unknown>): void {
    const items = data.items as Array<Record<string, unknown>>;
    this.loadedItems = items.map((o) => {
      const t = this.getItem(String(o.name));
      t.commitLoad(o);
      return t;
    });
  }
  get items(): FakeTable[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available.",
        'TableCollection.items',
      );
    return this.loadedItems;
  }
}
