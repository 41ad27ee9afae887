/** Excel.Range and what hangs off it (format, data validation, conditional formats) in the fake. */
import { cellCount, contains, intersects, MAX_COLS, MAX_ROWS, qualify, type Rect } from './a1';
import { arg, FakeClientObject, once, type PropertySpec } from './base';
import { type FakeContextCore, versionAtLeast } from './context';
import { FakeOfficeError } from './errors';
import { interpretInput, readFormula, readValue, readValueType, STALE } from './input';
import { checkConditionalFormat, checkErrorAlert, checkPrompt, checkValidationRule } from './shapes';
import {
  type CellFormat,
  type HyperlinkModel,
  type SheetModel,
  type ValidationModel,
  type WorkbookModel,
} from './model';

/** Where a range proxy points once resolved. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function grid<T>(t: RangeTarget, model: WorkbookModel, f: (row: number, col: number) => T): T[][] {
  model.guardSize(t.rect);
  const out: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function hiddenState(t: RangeTarget): boolean | null {
  let hidden = 0;
  for (let c = t.rect.left; c <= t.rect.right; c++) if (t.sheet.hiddenColumns.has(c)) hidden++;
  return hidden === 0 ? false : hidden === t.rect.right - t.rect.left + 1 ? true : null;
}

function checkDims(t: RangeTarget, value: unknown, what: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((r) => Array.isArray(r))) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `fake: ${what} must be a 2D array (scalars are not modelled)`,
    );
  }
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (value.length !== rows || value.some((r: unknown[]) => r.length !== cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what})`,
    );
  }
  return value as unknown[][];
}

/** The fake Excel.Range. */
export class FakeRange extends FakeClientObject {
  protected readonly className = 'Range';
  readonly target: () => RangeTarget;

  constructor(
    core: FakeContextCore,
    path: string,
    private readonly model: WorkbookModel,
    target: () => RangeTarget,
  ) {
    super(core, path);
    this.target = once(target);
  }

  protected override writesTo(): SheetModel {
    return this.target().sheet;
  }

  protected properties(): Record<string, PropertySpec> {
    const t = () => this.target();
    return {
      address: { version: '1.1', read: () => qualify(t().sheet.name, t().rect) },
      rowCount: { version: '1.1', read: () => t().rect.bottom - t().rect.top + 1 },
      columnCount: { version: '1.1', read: () => t().rect.right - t().rect.left + 1 },
      rowIndex: { version: '1.1', read: () => t().rect.top },
      columnIndex: { version: '1.1', read: () => t().rect.left },
      values: {
        version: '1.1',
        read: () =>
          grid(t(), this.model, (r, c) => {
            const s = t().sheet.stored(r, c);
            return s.kind === 'formula' && this.model.stale ? STALE : readValue(s);
          }),
      },
      formulas: {
        version: '1.1',
        read: () => {
          this.core.host.stats.formulaReads.push({ ...t().rect });
          return grid(t(), this.model, (r, c) => readFormula(t().sheet.stored(r, c)));
        },
      },
      valueTypes: {
        version: '1.1',
        read: () => grid(t(), this.model, (r, c) => readValueType(t().sheet.stored(r, c))),
      },
      numberFormat: {
        version: '1.1',
        read: () => grid(t(), this.model, (r, c) => t().sheet.cell(r, c)?.format.numberFormat ?? 'General'),
      },
      columnHidden: { version: '1.2', read: () => hiddenState(t()) },
    };
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(v: unknown[][]) {
    this.writeInput('values', v);
  }

  /** Queues typed input into every cell of the range, read as Excel reads typing under each cell's format. */
  private writeInput(property: 'values' | 'formulas', v: unknown[][]): void {
    this.queueSet(property, v, '1.1', () => {
      const t = this.target();
      const rows = checkDims(t, v, property);
      rows.forEach((row, i) =>
        row.forEach((input, j) => {
          const r = t.rect.top + i;
          const c = t.rect.left + j;
          const stored = interpretInput(
            input,
            t.sheet.cell(r, c)?.format.numberFormat ?? 'General',
            this.core.host.options.behaviour.apostropheInTextCells,
          );
          if (stored) t.sheet.ensure(r, c).stored = stored;
        }),
      );
      if (this.core.host.options.behaviour.calculatedColumns === 'autofill') fillTableColumns(this.model, t);
    });
  }

  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(v: unknown[][]) {
    // Writing formulas is writing input, as in Excel: a formula in a text-formatted cell still stays text.
    this.writeInput('formulas', v);
  }

  /** Range.hyperlink (1.7): set on every cell of the range. */
  set hyperlink(v: unknown) {
    this.queueSet('hyperlink', v, '1.7', () => setHyperlink(this.target(), checkHyperlink(v)));
  }

  /**
   * Range.setCellProperties (1.9): one properties object per cell. Only `hyperlink` is modelled; any other key
   * is refused so that a writer relying on more is noticed.
   */
  setCellProperties(cellPropertiesData: unknown[][]): void {
    this.queueCall('setCellProperties', [cellPropertiesData], '1.9', () => {
      const t = this.target();
      const rows = checkDims(t, cellPropertiesData, 'cellProperties');
      rows.forEach((row, i) =>
        row.forEach((props, j) => {
          if (props === null || props === undefined) return;
          const o = props as Record<string, unknown>;
          const stray = Object.keys(o).filter((k) => k !== 'hyperlink');
          if (stray.length > 0)
            throw new FakeOfficeError(
              'InvalidArgument',
              `fake: setCellProperties ${stray.join(', ')} not modelled`,
            );
          if (o.hyperlink === undefined) return;
          const cell = {
            top: t.rect.top + i,
            left: t.rect.left + j,
            bottom: t.rect.top + i,
            right: t.rect.left + j,
          };
          setHyperlink({ sheet: t.sheet, rect: cell }, checkHyperlink(o.hyperlink));
        }),
      );
    });
  }

  /** Range.columnHidden (1.2): true when every column of the range is hidden, false when none, else null. */
  get columnHidden(): boolean | null {
    return this.loadedValue('columnHidden');
  }
  set columnHidden(v: boolean) {
    this.queueSet('columnHidden', v, '1.2', () => {
      const t = this.target();
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        if (v) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.queueSet('numberFormat', v, '1.1', () => {
      const t = this.target();
      const rows = checkDims(t, v, 'numberFormat');
      rows.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null || f === undefined) return;
          if (typeof f !== 'string')
            throw new FakeOfficeError('InvalidArgument', 'numberFormat must be strings');
          t.sheet.ensure(t.rect.top + i, t.rect.left + j).format.numberFormat = f === '' ? 'General' : f;
        }),
      );
    });
  }

  /** Range.format (ExcelApi 1.1). */
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.core, `${this.path}.format`, this.target);
  }

  /** Range.dataValidation (ExcelApi 1.8). */
  get dataValidation(): FakeDataValidation {
    this.core.use('Range.dataValidation', '1.8');
    return new FakeDataValidation(this.core, `${this.path}.dataValidation`, this.target);
  }

  /** Range.conditionalFormats (ExcelApi 1.6). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.core.use('Range.conditionalFormats', '1.6');
    return new FakeConditionalFormatCollection(this.core, `${this.path}.conditionalFormats`, this.target);
  }

  private derived(method: string, args: unknown[], version: string, f: (t: RangeTarget) => Rect): FakeRange {
    this.core.use(`Range.${method}`, version);
    return new FakeRange(this.core, `${this.path}.${method}(${args.map(arg).join(',')})`, this.model, () => {
      if (!versionAtLeast(this.core.host.options.apiVersion, version))
        throw new FakeOfficeError('ApiNotFound', `Range.${method} (ExcelApi ${version})`);
      const t = this.target();
      const rect = f(t);
      if (
        rect.top < 0 ||
        rect.left < 0 ||
        rect.bottom >= MAX_ROWS ||
        rect.right >= MAX_COLS ||
        rect.top > rect.bottom ||
        rect.left > rect.right
      ) {
        throw new FakeOfficeError('InvalidArgument', `fake: ${method} leaves the sheet`);
      }
      return { sheet: t.sheet, rect };
    });
  }

  /** Range.getCell (1.1): a cell relative to the top-left. */
  getCell(row: number, col: number): FakeRange {
    return this.derived('getCell', [row, col], '1.1', (t) => ({
      top: t.rect.top + row,
      left: t.rect.left + col,
      bottom: t.rect.top + row,
      right: t.rect.left + col,
    }));
  }

  /** Range.getRow (1.1). */
  getRow(row: number): FakeRange {
    return this.derived('getRow', [row], '1.1', (t) => ({
      ...t.rect,
      top: t.rect.top + row,
      bottom: t.rect.top + row,
    }));
  }

  /** Range.getColumn (1.1). */
  getColumn(col: number): FakeRange {
    return this.derived('getColumn', [col], '1.1', (t) => ({
      ...t.rect,
      left: t.rect.left + col,
      right: t.rect.left + col,
    }));
  }

  /** Range.getLastRow (1.1). */
  getLastRow(): FakeRange {
    return this.derived('getLastRow', [], '1.1', (t) => ({ ...t.rect, top: t.rect.bottom }));
  }

  /** Range.getResizedRange (1.2): grows/shrinks from the top-left. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], '1.2', (t) => ({
      ...t.rect,
      bottom: t.rect.bottom + deltaRows,
      right: t.rect.right + deltaColumns,
    }));
  }

  /** Range.getOffsetRange (1.1). */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], '1.1', (t) => ({
      top: t.rect.top + rowOffset,
      bottom: t.rect.bottom + rowOffset,
      left: t.rect.left + columnOffset,
      right: t.rect.right + columnOffset,
    }));
  }

  /**
   * Range.select (1.1). Modelled strictly: the range must be on the sheet Excel shows, so a caller activates the
   * sheet first (in the same batch is enough, as operations apply in order).
   */
  select(): void {
    this.queueCall('select', null, '1.1', () => {
      const t = this.target();
      if (this.model.shownSheet() !== t.sheet)
        throw new FakeOfficeError(
          'InvalidSelection',
          `fake: '${t.sheet.name}' is not the active worksheet; activate it before selecting.`,
        );
      this.model.selection = { sheet: t.sheet.name, rect: { ...t.rect } };
    });
  }

  /** Range.clear (1.1). */
  clear(applyTo: string = 'All'): void {
    this.queueCall('clear', [applyTo], '1.1', () => {
      const t = this.target();
      const what = applyTo === 'Contents' ? 'contents' : applyTo === 'Formats' ? 'formats' : 'all';
      t.sheet.clear(t.rect, what);
    });
  }

  /**
   * Range.delete (1.1); only shifting up is modelled: whole data rows of a table (the table shrinks, keeping one
   * blank row when all go), or cells outside tables. What lies below in the same columns moves up with the cells;
   * a table there that lies only partly in those columns makes Excel refuse (see WorkbookModel.shiftBand).
   */
  delete(shift: string): void {
    this.queueCall('delete', [shift], '1.1', () => {
      if (shift !== 'Up')
        throw new FakeOfficeError('InvalidArgument', 'fake: only Range.delete("Up") is modelled');
      const { sheet, rect } = this.target();
      const height = rect.bottom - rect.top + 1;
      const table = this.model.tables.find((tb) => tb.sheet === sheet && intersects(tb.rect, rect));
      if (table) {
        const body: Rect = { ...table.rect, top: table.rect.top + 1 };
        if (rect.left !== table.rect.left || rect.right !== table.rect.right || !contains(body, rect)) {
          throw new FakeOfficeError(
            'InvalidOperation',
            "This operation isn't allowed: it would shift cells in a table on your worksheet.",
          );
        }
        const bodyRows = body.bottom - body.top + 1;
        if (height >= bodyRows) {
          // A table keeps one (blank) data row.
          sheet.clear({ ...rect, bottom: rect.top }, 'contents');
          this.model.shiftBand(sheet, rect.top + 1, rect.left, rect.right, -(height - 1), table);
          table.rect = { ...table.rect, bottom: table.rect.top + 1 };
          return;
        }
        this.model.shiftBand(sheet, rect.top, rect.left, rect.right, -height, table);
        table.rect = { ...table.rect, bottom: table.rect.bottom - height };
        return;
      }
      this.model.shiftBand(sheet, rect.top, rect.left, rect.right, -height);
    });
  }
}

/**
 * Excel's AutoCorrect "fill formulas in tables to create calculated columns": a formula written into data cells
 * of a table column is filled down the whole column, the last one written winning (office-js #2093, #5909,
 * #6745 report exactly this for API writes, differing formulas included).
 */
function fillTableColumns(model: WorkbookModel, t: RangeTarget): void {
  for (const table of model.tables) {
    if (table.sheet !== t.sheet || table.rect.bottom <= table.rect.top) continue;
    const body: Rect = { ...table.rect, top: table.rect.top + 1 };
    if (!intersects(body, t.rect)) continue;
    for (let c = Math.max(body.left, t.rect.left); c <= Math.min(body.right, t.rect.right); c++) {
      let formula: string | null = null;
      for (let r = Math.max(body.top, t.rect.top); r <= Math.min(body.bottom, t.rect.bottom); r++) {
        const s = t.sheet.stored(r, c);
        if (s.kind === 'formula') formula = s.formula;
      }
      if (formula === null) continue;
      for (let r = body.top; r <= body.bottom; r++)
        t.sheet.ensure(r, c).stored = { kind: 'formula', formula };
    }
  }
}

const HYPERLINK_KEYS = ['address', 'documentReference', 'screenTip', 'textToDisplay'];

/** Checks a RangeHyperlink as Excel would take it: known string fields, a target, no stray keys. */
function checkHyperlink(v: unknown): HyperlinkModel {
  if (typeof v !== 'object' || v === null)
    throw new FakeOfficeError('InvalidArgument', 'hyperlink must be an object');
  const o = v as Record<string, unknown>;
  const stray = Object.keys(o).filter((k) => !HYPERLINK_KEYS.includes(k));
  if (stray.length > 0)
    throw new FakeOfficeError('InvalidArgument', `fake: unknown hyperlink keys ${stray.join(', ')}`);
  if (Object.values(o).some((x) => x !== undefined && typeof x !== 'string'))
    throw new FakeOfficeError('InvalidArgument', 'hyperlink fields must be strings');
  if (!o.address && !o.documentReference)
    throw new FakeOfficeError('InvalidArgument', 'a hyperlink needs an address or a documentReference');
  return { ...(o as HyperlinkModel) };
}

/** Sets a hyperlink on every cell of a rect; its text goes into the top-left cell, as Excel displays it. */
function setHyperlink(t: RangeTarget, link: HyperlinkModel): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++)
    for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.hyperlinks.set(`${r},${c}`, link);
  if (link.textToDisplay !== undefined)
    t.sheet.ensure(t.rect.top, t.rect.left).stored = { kind: 'text', text: link.textToDisplay };
}

/** The fake Excel.RangeFormat. */
export class FakeRangeFormat extends FakeClientObject {
  protected readonly className = 'RangeFormat';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(core, path);
  }
  protected override writesTo(): SheetModel {
    return this.target().sheet;
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      wrapText: { version: '1.1', read: () => uniform(this.target(), (f) => f.wrap ?? false) },
      columnWidth: {
        version: '1.2',
        read: () => this.target().sheet.columnWidths.get(this.target().rect.left) ?? 48,
      },
    };
  }
  private each(f: (fmt: CellFormat) => void): void {
    const t = this.target();
    if (cellCount(t.rect) > 5_000_000)
      throw new FakeOfficeError('InvalidArgument', 'fake: formatting whole columns is not modelled');
    for (let r = t.rect.top; r <= t.rect.bottom; r++)
      for (let c = t.rect.left; c <= t.rect.right; c++) f(t.sheet.ensure(r, c).format);
  }
  get wrapText(): boolean {
    return this.loadedValue('wrapText');
  }
  set wrapText(v: boolean) {
    this.queueSet('wrapText', v, '1.1', () => this.each((f) => (f.wrap = v)));
  }
  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(v: number) {
    this.queueSet('columnWidth', v, '1.2', () => {
      const t = this.target();
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  /** RangeFormat.autofitColumns (1.2): recorded, widths are not computed. */
  autofitColumns(): void {
    this.queueCall('autofitColumns', null, '1.2', () => undefined);
  }
  /** RangeFormat.font (1.1). */
  get font(): FakeStyleBag {
    return new FakeStyleBag(
      this.core,
      `${this.path}.font`,
      'RangeFont',
      () => this.target().sheet,
      (k, v) =>
        this.each((f) => {
          if (k === 'bold') f.bold = Boolean(v);
          else if (k === 'color') f.fontColor = String(v);
          else if (k === 'size') f.fontSize = Number(v);
        }),
    );
  }
  /** RangeFormat.fill (1.1). */
  get fill(): FakeStyleBag {
    return new FakeStyleBag(
      this.core,
      `${this.path}.fill`,
      'RangeFill',
      () => this.target().sheet,
      (k, v) =>
        this.each((f) => {
          if (k === 'color') f.fill = String(v);
          else if (k === 'clear') delete f.fill;
        }),
    );
  }
}

function uniform<T>(t: RangeTarget, f: (fmt: CellFormat) => T): T | null {
  let first: T | undefined;
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const v = f(t.sheet.cell(r, c)?.format ?? {});
      if (first === undefined) first = v;
      else if (first !== v) return null;
    }
  }
  return first ?? null;
}

/** Font / fill: write-only property bags (bold, color, size). */
export class FakeStyleBag extends FakeClientObject {
  protected readonly className: string;
  constructor(
    core: FakeContextCore,
    path: string,
    className: string,
    private readonly sheet: () => SheetModel,
    private readonly write: (k: string, v: unknown) => void,
  ) {
    super(core, path);
    this.className = className;
  }
  protected override writesTo(): SheetModel {
    return this.sheet();
  }
  protected properties(): Record<string, PropertySpec> {
    return {};
  }
  set bold(v: boolean) {
    this.queueSet('bold', v, '1.1', () => this.write('bold', v));
  }
  set color(v: string) {
    this.queueSet('color', v, '1.1', () => this.write('color', v));
  }
  set size(v: number) {
    this.queueSet('size', v, '1.1', () => this.write('size', v));
  }
  /** RangeFill.clear (1.1): removes the cell-level fill (only meaningful on a fill; fonts have no clear). */
  clear(): void {
    this.queueCall('clear', null, '1.1', () => this.write('clear', null));
  }
}

/** The fake Excel.DataValidation (ExcelApi 1.8). */
export class FakeDataValidation extends FakeClientObject {
  protected readonly className = 'DataValidation';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(core, path);
  }
  protected override writesTo(): SheetModel {
    return this.target().sheet;
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      rule: { version: '1.8', read: () => this.current()?.rule ?? null },
      prompt: { version: '1.8', read: () => this.current()?.prompt ?? null },
    };
  }
  private current() {
    const t = this.target();
    return t.sheet.validations.find((v) => contains(v.rect, t.rect));
  }
  private entry(): ValidationModel {
    const t = this.target();
    const existing = t.sheet.validations.find(
      (v) =>
        v.rect.top === t.rect.top &&
        v.rect.left === t.rect.left &&
        v.rect.bottom === t.rect.bottom &&
        v.rect.right === t.rect.right,
    );
    if (existing) return existing;
    if (t.sheet.validations.some((v) => intersects(v.rect, t.rect))) {
      throw new FakeOfficeError(
        'InvalidOperation',
        'fake: the range overlaps other data validation; clear() it first',
      );
    }
    const created: ValidationModel = { rect: t.rect };
    t.sheet.validations.push(created);
    return created;
  }
  set rule(v: unknown) {
    this.queueSet('rule', v, '1.8', () => {
      checkValidationRule(v);
      this.entry().rule = v;
    });
  }
  set prompt(v: unknown) {
    this.queueSet('prompt', v, '1.8', () => {
      checkPrompt(v);
      this.entry().prompt = v;
    });
  }
  set errorAlert(v: unknown) {
    this.queueSet('errorAlert', v, '1.8', () => {
      checkErrorAlert(v);
      this.entry().errorAlert = v;
    });
  }
  /** DataValidation.clear (1.8). */
  clear(): void {
    this.queueCall('clear', null, '1.8', () => {
      const t = this.target();
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
    });
  }
}

/** The fake Excel.ConditionalFormatCollection (ExcelApi 1.6). */
export class FakeConditionalFormatCollection extends FakeClientObject {
  protected readonly className = 'ConditionalFormatCollection';
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly target: () => RangeTarget,
  ) {
    super(core, path);
  }
  protected override writesTo(): SheetModel {
    return this.target().sheet;
  }
  protected properties(): Record<string, PropertySpec> {
    return {
      count: {
        version: '1.6',
        read: () =>
          this.target().sheet.conditionalFormats.filter((c) => intersects(c.rect, this.target().rect)).length,
      },
    };
  }
  get count(): number {
    return this.loadedValue('count');
  }
  /** ConditionalFormatCollection.add (1.6): returns a property bag whose writes are recorded by dotted path. */
  add(type: string): Record<string, unknown> {
    const props: Record<string, unknown> = {};
    const path = `${this.path}.add(${arg(type)})`;
    this.queueCall('add', [type], '1.6', () => {
      const known = [
        'DataBar',
        'ContainsText',
        'Custom',
        'CellValue',
        'ColorScale',
        'IconSet',
        'TopBottom',
        'PresetCriteria',
      ];
      if (!known.includes(type))
        throw new FakeOfficeError('InvalidArgument', `Unknown conditional format type '${type}'`);
      this.target().sheet.conditionalFormats.push({ rect: this.target().rect, type, props });
    });
    return bag(this.core, path, [], props, (dotted, value) => {
      this.target().sheet.assertWritable();
      checkConditionalFormat(type, dotted, value);
    });
  }
  /** ConditionalFormatCollection.clearAll (1.6). */
  clearAll(): void {
    this.queueCall('clearAll', null, '1.6', () => {
      const t = this.target();
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !intersects(c.rect, t.rect));
    });
  }
}

/** Nested conditional-format objects (dataBar.positiveFormat, custom.rule, …): writes queue operations. */
function bag(
  core: FakeContextCore,
  path: string,
  keys: string[],
  props: Record<string, unknown>,
  guard: (dotted: string, value: unknown) => void,
): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get(_t, key) {
        if (typeof key !== 'string' || key === 'then' || key === 'toJSON') return undefined;
        return bag(core, `${path}.${key}`, [...keys, key], props, guard);
      },
      set(_t, key, value) {
        const dotted = [...keys, String(key)].join('.');
        core.enqueue({
          target: path,
          member: `ConditionalFormat.${dotted}`,
          args: value,
          version: '1.6',
          apply: () => {
            guard(dotted, value);
            props[dotted] = value;
          },
        });
        return true;
      },
    },
  );
}
