/** Excel.Worksheet and Excel.WorksheetCollection in the fake. */
import { MAX_COLS, MAX_ROWS, parseAddress, qualify } from './a1';
import { arg, FakeClientObject, once, type PropertySpec } from './base';
import { type FakeContextCore, versionAtLeast } from './context';
import { FakeOfficeError, liveItem } from './errors';
import { type SheetModel, type WorkbookModel } from './model';
import { FakeChartCollection } from './chart';
import { checkPageLayout } from './shapes';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';

const VISIBILITY = ['Visible', 'Hidden', 'VeryHidden'];

/** The fake Excel.Worksheet. */
export class FakeWorksheet extends FakeClientObject {
  protected readonly className = 'Worksheet';
  readonly resolve: () => SheetModel | null;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
    resolve: () => SheetModel | null,
  ) {
    super(core, path);
    this.resolve = once(resolve);
  }

  /** The sheet, or ItemNotFound. */
  sheet(): SheetModel {
    return liveItem(this.resolve(), this.model.sheets, this.path);
  }

  protected override beforeRead(): void {
    this.sheet();
  }

  /** Tab colour is the sheet's own setting; activation, visibility, names and deletion are the workbook's. */
  protected override writesTo(member: string): SheetModel | null {
    return member === 'tabColor' ? this.sheet() : null;
  }

  protected properties(): Record<string, PropertySpec> {
    return {
      name: { version: '1.1', read: () => this.sheet().name },
      visibility: { version: '1.1', read: () => this.sheet().visibility },
      position: { version: '1.1', read: () => this.model.sheets.indexOf(this.sheet()) },
      tabColor: { version: '1.7', read: () => this.sheet().tabColor },
    };
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(v: string) {
    this.queueSet('name', v, '1.1', () => {
      if (this.model.sheet(v) && this.model.sheet(v) !== this.sheet())
        throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named '${v}' already exists.`);
      this.sheet().name = v;
    });
  }
  get position(): number {
    return this.loadedValue('position');
  }
  get visibility(): string {
    return this.loadedValue('visibility');
  }
  /** Setting visibility needs ExcelApi 1.2; Excel refuses to hide the last visible sheet. */
  set visibility(v: string) {
    this.queueSet('visibility', v, '1.2', () => {
      if (!VISIBILITY.includes(v)) throw new FakeOfficeError('InvalidArgument', `Invalid visibility '${v}'.`);
      const s = this.sheet();
      if (s.visibility !== v) this.model.assertStructureWritable();
      if (
        v !== 'Visible' &&
        this.model.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0
      ) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      s.visibility = v as SheetModel['visibility'];
    });
  }
  get tabColor(): string {
    return this.loadedValue('tabColor');
  }
  set tabColor(v: string) {
    this.queueSet('tabColor', v, '1.7', () => (this.sheet().tabColor = v));
  }

  /** Worksheet.getRange (1.1); no address means the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.core,
      `${this.path}.getRange(${address === undefined ? '' : arg(address)})`,
      this.model,
      () => {
        const s = this.sheet();
        if (address === undefined || address === '')
          return { sheet: s, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
        const parsed = parseAddress(address);
        if (!parsed) throw new FakeOfficeError('InvalidArgument', `Invalid address '${address}'.`);
        if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== s.name.toLowerCase()) {
          throw new FakeOfficeError('InvalidArgument', `Address '${address}' refers to another sheet.`);
        }
        return { sheet: s, rect: parsed.rect };
      },
    );
  }

  /** Worksheet.getUsedRangeOrNullObject (1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.core.use('Worksheet.getUsedRangeOrNullObject', '1.4');
    const used = () => this.sheet().usedRect(valuesOnly);
    const r = new FakeRange(
      this.core,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      this.model,
      () => {
        const rect = used();
        if (!rect) throw new FakeOfficeError('ItemNotFound', 'The used range is a null object.');
        if (!versionAtLeast(this.core.host.options.apiVersion, '1.4'))
          throw new FakeOfficeError('ApiNotFound', 'Worksheet.getUsedRangeOrNullObject');
        return { sheet: this.sheet(), rect };
      },
    );
    r.markNullable(() => used() === null);
    return r;
  }

  /** Worksheet.tables (1.1). */
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.core, `${this.path}.tables`, this.model, () => this.sheet());
  }

  /** Worksheet.charts (1.1). */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(
      this.core,
      `${this.path}.charts`,
      () => this.sheet(),
      (a) => parseAddress(a)?.rect ?? null,
    );
  }

  /** Worksheet.freezePanes (1.7). */
  get freezePanes(): { freezeRows(n: number): void; unfreeze(): void } {
    this.core.use('Worksheet.freezePanes', '1.7');
    const call = (m: string, a: unknown, f: () => void) =>
      this.core.enqueue({
        target: `${this.path}.freezePanes`,
        member: `WorksheetFreezePanes.${m}`,
        args: a,
        version: '1.7',
        apply: () => {
          this.sheet().assertWritable();
          f();
        },
      });
    return {
      freezeRows: (n: number) => call('freezeRows', [n], () => (this.sheet().freezeRows = n)),
      unfreeze: () => call('unfreeze', null, () => (this.sheet().freezeRows = 0)),
    };
  }

  /** Worksheet.pageLayout (1.9): property writes and setPrintTitleRows are recorded. */
  get pageLayout(): Record<string, unknown> {
    this.core.use('Worksheet.pageLayout', '1.9');
    const record = (k: string, v: unknown) =>
      this.core.enqueue({
        target: `${this.path}.pageLayout`,
        member: `PageLayout.${k}`,
        args: v,
        version: '1.9',
        apply: () => {
          this.sheet().assertWritable();
          checkPageLayout(k, v);
          this.sheet().pageLayout[k] = v;
        },
      });
    return new Proxy({} as Record<string, unknown>, {
      get: (_t, key) =>
        key === 'setPrintTitleRows' ? (rows: string) => record('printTitleRows', rows) : undefined,
      set: (_t, key, value) => {
        record(String(key), value);
        return true;
      },
    });
  }

  /** Worksheet.activate (1.1): a hidden sheet cannot be shown this way; Excel refuses. */
  activate(): void {
    this.queueCall('activate', null, '1.1', () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError(
          'InvalidOperation',
          `The worksheet '${s.name}' is hidden and cannot be activated.`,
        );
      this.model.activeSheet = s;
    });
  }

  private protectionProxy: FakeWorksheetProtection | undefined;

  /** Worksheet.protection (1.2): `protected` (read), protect / unprotect; one proxy per worksheet proxy. */
  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.core, `${this.path}.protection`, () =>
      this.sheet(),
    );
    return this.protectionProxy;
  }

  /** Loads through collections may carry `protection/protected`. */
  override commitLoad(data: Record<string, unknown>): void {
    const { ['protection/protected']: locked, ...rest } = data;
    super.commitLoad(rest);
    if (locked !== undefined) this.protection.commitLoad({ protected: locked });
  }

  /** Worksheet.delete (1.1). */
  delete(): void {
    this.queueCall('delete', null, '1.1', () => {
      this.model.assertStructureWritable();
      const s = this.sheet();
      for (let i = this.model.tables.length - 1; i >= 0; i--)
        if (this.model.tables[i]?.sheet === s) this.model.tables.splice(i, 1);
      this.model.sheets.splice(this.model.sheets.indexOf(s), 1);
    });
  }

  /** The sheet-qualified address of a rect, as Office.js writes it (for tests). */
  static address(sheet: string, top: number, left: number, bottom: number, right: number): string {
    return qualify(sheet, { top, left, bottom, right });
  }
}

/** The fake Excel.WorksheetProtection (ExcelApi 1.2). */
export class FakeWorksheetProtection extends FakeClientObject {
  protected readonly className = 'WorksheetProtection';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return { protected: { version: '1.2', read: () => this.sheet().protected } };
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
  /** WorksheetProtection.protect (1.2). */
  protect(): void {
    this.queueCall('protect', null, '1.2', () => (this.sheet().protected = true));
  }
  /** WorksheetProtection.unprotect (1.2). */
  unprotect(): void {
    this.queueCall('unprotect', null, '1.2', () => (this.sheet().protected = false));
  }
}

/** The fake Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly className = 'WorksheetCollection';
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
  ) {
    super(core, path);
  }

  protected properties(): Record<string, PropertySpec> {
    return { count: { version: '1.4', read: () => this.model.sheets.length } };
  }

  /** WorksheetCollection.add (1.1). */
  add(name: string): FakeWorksheet {
    this.queueCall('add', [name], '1.1', () => this.model.addSheet(name));
    return new FakeWorksheet(
      this.core,
      `${this.path}.add(${arg(name)})`,
      this.model,
      () => this.model.sheet(name) ?? null,
    );
  }

  /** WorksheetCollection.getItem (1.1). */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.core, `${this.path}.getItem(${arg(name)})`, this.model, () =>
      this.model.requireSheet(name),
    );
  }

  /** WorksheetCollection.getItemOrNullObject (1.4). */
  getItemOrNullObject(name: string): FakeWorksheet {
    this.core.use('WorksheetCollection.getItemOrNullObject', '1.4');
    const w = new FakeWorksheet(
      this.core,
      `${this.path}.getItemOrNullObject(${arg(name)})`,
      this.model,
      () => this.model.sheet(name) ?? null,
    );
    w.markNullable(() => this.model.sheet(name) === undefined);
    return w;
  }

  override load(spec?: unknown): this {
    const names = (
      typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec.map(String) : ['name']
    ).map((s) => s.trim().replace(/^items\//, ''));
    const allowed = ['name', 'visibility', 'position', 'protection/protected'];
    const bad = names.find((n) => !allowed.includes(n));
    if (bad) throw new FakeOfficeError('InvalidArgument', `fake: cannot load worksheets items/${bad}`);
    this.core.enqueue({
      target: this.path,
      member: 'WorksheetCollection.load',
      args: names,
      version: '1.1',
      apply: () => {
        const items = this.model.sheets.map((s, position) => {
          const o: Record<string, unknown> = {};
          for (const n of names)
            o[n] =
              n === 'name'
                ? s.name
                : n === 'visibility'
                  ? s.visibility
                  : n === 'protection/protected'
                    ? s.protected
                    : position;
          o.name = s.name;
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
      const w = this.getItem(String(o.name));
      w.commitLoad(o);
      return w;
    });
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available.",
        'WorksheetCollection.items',
      );
    return this.loadedItems;
  }
}
