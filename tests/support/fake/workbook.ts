/** Excel.Workbook, names, settings and application in the fake. */
import { columnLetters, qualify } from './a1';
import { arg, FakeClientObject, type PropertySpec } from './base';
import { type FakeContextCore } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { type NameModel, type WorkbookModel } from './model';
import { FakeTableCollection } from './table';
import { FakeWorksheetCollection } from './worksheet';

const NAME_RULE = /^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/;

/** `=T[Col]` → the sheet-qualified absolute address of that column's data cells now (other formulas as they are). */
export function fixedAddress(model: WorkbookModel, formula: string): string {
  const m = /^=([A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*)\[([^[\]]+)\]$/.exec(formula);
  if (!m || !m[1] || !m[2]) return formula;
  const table = model.table(m[1]);
  if (!table) return formula;
  const { rect, sheet } = table;
  let column = -1;
  for (let c = rect.left; c <= rect.right; c++) {
    const h = sheet.stored(rect.top, c);
    if (h.kind === 'text' && h.text === m[2]) column = c;
  }
  if (column < 0) return formula;
  const letter = columnLetters(column);
  return `=${qualify(sheet.name, { top: 0, left: 0, bottom: 0, right: 0 }).split('!')[0]}!$${letter}$${rect.top + 2}:$${letter}$${Math.max(rect.bottom, rect.top + 1) + 1}`;
}

/** The fake Excel.NamedItem. */
export class FakeNamedItem extends FakeClientObject {
  protected readonly className = 'NamedItem';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
    private readonly key: string,
  ) {
    super(core, path);
  }
  private item(): NameModel {
    const n = this.model.names.get(this.key.toLowerCase());
    if (!n) throw itemNotFound(`name '${this.key}'`);
    return n;
  }
  protected override beforeRead(): void {
    this.item();
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      name: { version: '1.1', read: () => this.item().name },
      formula: { version: '1.7', read: () => this.item().formula },
      comment: { version: '1.4', read: () => this.item().comment },
    };
  }
  get name(): string {
    return this.loadedValue('name');
  }
  get formula(): string {
    return this.loadedValue('formula');
  }
  /** NamedItem.delete (1.4). */
  delete(): void {
    this.queueCall('delete', null, '1.4', () => {
      this.item();
      this.model.names.delete(this.key.toLowerCase());
    });
  }
}

/** The fake Excel.NamedItemCollection. */
export class FakeNamedItemCollection extends FakeClientObject {
  protected readonly className = 'NamedItemCollection';
  private loadedItems: FakeNamedItem[] | undefined;
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return {};
  }
  private define(name: string, reference: string, comment: string, stored: (f: string) => string): void {
    if (!NAME_RULE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new FakeOfficeError('InvalidArgument', `Invalid name '${name}'.`);
    if (this.model.names.has(name.toLowerCase()) || this.model.table(name))
      throw new FakeOfficeError('ItemAlreadyExists', `The name '${name}' already exists.`);
    if (typeof reference !== 'string' || !reference.startsWith('='))
      throw new FakeOfficeError('InvalidArgument', 'fake: names refer to a formula starting with "="');
    this.model.names.set(name.toLowerCase(), { name, formula: stored(reference), comment });
  }

  /**
   * NamedItemCollection.add (1.4). A structured reference (`=T[Col]`) is stored as the fixed address it covers
   * now when `behaviour.namesAdd` is `fixedAddress`, as reported for builds since 1904 (office-js #740).
   */
  add(name: string, reference: string, comment = ''): FakeNamedItem {
    this.queueCall('add', [name, reference, comment], '1.4', () =>
      this.define(name, reference, comment, (f) =>
        this.core.host.options.behaviour.namesAdd === 'fixedAddress' ? fixedAddress(this.model, f) : f,
      ),
    );
    return new FakeNamedItem(this.core, `${this.path}.getItem(${arg(name)})`, this.model, name);
  }

  /**
   * NamedItemCollection.addFormulaLocal (1.4): the formula in the user's language, stored as written (the
   * fake's locale writes formulas as English does; structured references stay structured, office-js #740).
   */
  addFormulaLocal(name: string, formula: string, comment = ''): FakeNamedItem {
    this.queueCall('addFormulaLocal', [name, formula, comment], '1.4', () =>
      this.define(name, formula, comment, (f) => f),
    );
    return new FakeNamedItem(this.core, `${this.path}.getItem(${arg(name)})`, this.model, name);
  }
  /** NamedItemCollection.getItem (1.1). */
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.core, `${this.path}.getItem(${arg(name)})`, this.model, name);
  }
  /** NamedItemCollection.getItemOrNullObject (1.4). */
  getItemOrNullObject(name: string): FakeNamedItem {
    this.core.use('NamedItemCollection.getItemOrNullObject', '1.4');
    const n = new FakeNamedItem(
      this.core,
      `${this.path}.getItemOrNullObject(${arg(name)})`,
      this.model,
      name,
    );
    n.markNullable(() => !this.model.names.has(name.toLowerCase()));
    return n;
  }
  override load(spec?: unknown): this {
    void spec;
    this.core.enqueue({
      target: this.path,
      member: 'NamedItemCollection.load',
      args: ['name'],
      version: '1.1',
      apply: () =>
        this.core.deliver(this, { items: [...this.model.names.values()].map((n) => ({ name: n.name })) }),
    });
    return this;
  }
  override commitLoad(data: Record<string, unknown>): void {
    this.loadedItems = (data.items as Array<{ name: string }>).map((o) => {
      const n = this.getItem(o.name);
      n.commitLoad(o);
      return n;
    });
  }
  get items(): FakeNamedItem[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available.",
        'NamedItemCollection.items',
      );
    return this.loadedItems;
  }
}

/** The fake Excel.Setting. */
export class FakeSetting extends FakeClientObject {
  protected readonly className = 'Setting';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
    private readonly key: string,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      key: { version: '1.4', read: () => this.key },
      value: { version: '1.4', read: () => this.model.settings.get(this.key) ?? null },
    };
  }
  get value(): unknown {
    return this.loadedValue('value');
  }
  /** Setting.delete (1.4). */
  delete(): void {
    this.queueCall('delete', null, '1.4', () => this.model.settings.delete(this.key));
  }
}

/** The fake Excel.SettingCollection (ExcelApi 1.4). */
export class FakeSettingCollection extends FakeClientObject {
  protected readonly className = 'SettingCollection';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return {};
  }
  /** SettingCollection.add (1.4): values are stored as JSON, as Excel does. */
  add(key: string, value: unknown): FakeSetting {
    this.queueCall('add', [key, value], '1.4', () =>
      this.model.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown),
    );
    return new FakeSetting(this.core, `${this.path}.getItem(${arg(key)})`, this.model, key);
  }
  /** SettingCollection.getItemOrNullObject (1.4). */
  getItemOrNullObject(key: string): FakeSetting {
    this.core.use('SettingCollection.getItemOrNullObject', '1.4');
    const s = new FakeSetting(this.core, `${this.path}.getItemOrNullObject(${arg(key)})`, this.model, key);
    s.markNullable(() => !this.model.settings.has(key));
    return s;
  }
}

/** The fake Excel.Application. */
export class FakeApplication extends FakeClientObject {
  protected readonly className = 'Application';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return { calculationMode: { version: '1.1', read: () => this.model.calculationMode } };
  }
  get calculationMode(): string {
    return this.loadedValue('calculationMode');
  }
  /** Application.calculate (1.1): recalculates; formula results are current again. */
  calculate(calculationType: string): void {
    this.queueCall('calculate', [calculationType], '1.1', () => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType))
        throw new FakeOfficeError('InvalidArgument', `Invalid calculation type '${calculationType}'.`);
      this.model.stale = false;
    });
  }
  /** Application.suspendApiCalculationUntilNextSync (1.6). */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall(
      'suspendApiCalculationUntilNextSync',
      null,
      '1.6',
      () => (this.model.calculationSuspensions += 1),
    );
  }
  /** Application.suspendScreenUpdatingUntilNextSync (1.9). */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall(
      'suspendScreenUpdatingUntilNextSync',
      null,
      '1.9',
      () => (this.model.screenUpdatingSuspensions += 1),
    );
  }
}

/** The fake Excel.WorkbookProtection (ExcelApi 1.7). */
export class FakeWorkbookProtection extends FakeClientObject {
  protected readonly className = 'WorkbookProtection';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
  ) {
    super(core, path);
  }
  protected properties(): Record<string, PropertySpec> {
    return { protected: { version: '1.7', read: () => this.model.protected } };
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

/** The fake Excel.Workbook. */
export class FakeWorkbook extends FakeClientObject {
  protected readonly className = 'Workbook';
  constructor(
    core: FakeContextCore,
    private readonly model: WorkbookModel,
  ) {
    super(core, 'workbook');
  }
  protected properties(): Record<string, PropertySpec> {
    return {};
  }
  /** Workbook.worksheets (1.1). */
  get worksheets(): FakeWorksheetCollection {
    return new FakeWorksheetCollection(this.core, 'workbook.worksheets', this.model);
  }
  /** Workbook.tables (1.1). */
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.core, 'workbook.tables', this.model);
  }
  /** Workbook.names (1.1). */
  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.core, 'workbook.names', this.model);
  }
  /** Workbook.application (1.1). */
  get application(): FakeApplication {
    return new FakeApplication(this.core, 'workbook.application', this.model);
  }
  /** Workbook.protection (1.7). */
  get protection(): FakeWorkbookProtection {
    this.core.use('Workbook.protection', '1.7');
    return new FakeWorkbookProtection(this.core, 'workbook.protection', this.model);
  }
  /** Workbook.settings (1.4). */
  get settings(): FakeSettingCollection {
    this.core.use('Workbook.settings', '1.4');
    return new FakeSettingCollection(this.core, 'workbook.settings', this.model);
  }
}
