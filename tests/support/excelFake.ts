/**
 * A strict fake of the subset of the Excel JavaScript API (Office.js) that the add-in uses.
 *
 * What it enforces, as Office.js does:
 * - proxies queue operations; nothing reaches the workbook until `context.sync()`;
 * - reading a property that was not `load()`ed and synced throws PropertyNotLoaded (also `items`, `isNullObject`);
 * - `getItem` of a missing sheet/table/name fails the sync with ItemNotFound; `*OrNullObject` gives `isNullObject`;
 * - every member is tagged with its ExcelApi requirement set (taken from @types/office-js); with `apiVersion: '1.4'`,
 *   `isSetSupported('ExcelApi', '1.6')` is false and a batch using a 1.6+ member fails with ApiNotFound;
 *   the use is also listed in `stats.unsupportedCalls`;
 * - `values`/`formulas`/`numberFormat` must be 2D arrays of the range's exact size; `null` elements leave a cell as is;
 * - strings written into `values` are interpreted as Excel does: `=…` becomes a formula, `+`/`-` + non-number becomes
 *   a formula, numbers / TRUE / FALSE / error literals / ISO dates are converted; in a General cell a leading
 *   apostrophe makes the rest literal text (the apostrophe is not part of the value); a cell already formatted `@`
 *   keeps the string as typed;
 * - a table created over a header row alone gets one blank data row; its headers become unique texts (numbers to
 *   text, blanks ColumnN, repeats numbered); tables cannot overlap; names must be valid; a table can lose every data
 *   row (`deleteAllTableRows`, as a user's Delete › Table Rows);
 * - adding or deleting table rows (and Range.delete) moves what lies below in the same columns — cells, tables,
 *   data validation, conditional formats, charts — and refuses (InvalidOperation) when that would shift only part
 *   of another table;
 * - what is written to conditional formats, data validation and page layout must have a shape Excel accepts
 *   (fake/shapes.ts); Range.hyperlink and setCellProperties hyperlinks are kept per cell;
 * - each sync's request size is measured as Office.js serialises a request (an ObjectPath per proxy, an Action per
 *   call; calibrated with the real request builder, tests/support/realOfficeJs.ts) and its response size as the
 *   JSON of loaded data; requests over `maxRequestBytes` / responses over `maxResponseBytes` (5 MB by default,
 *   Excel on the web's limit) fail the sync;
 * - protected sheets (`SheetModel.protected`) refuse writes, a protected workbook (`WorkbookModel.protected`)
 *   refuses adding, deleting and hiding sheets (AccessDenied); `cellEditMode` fails every sync with
 *   InvalidOperationInCellEditMode; activating a hidden sheet and hiding the last visible one fail (InvalidOperation);
 * - `WorkbookModel.calculationMode = 'Manual'`: formula results read as `#FAKE_STALE!` after any change until
 *   Application.calculate;
 * - `failAtSync: n` fails the n-th sync with GeneralException;
 * - `Worksheet.activate` makes a sheet the shown one (`model.activeSheet`; none activated means the first sheet) and
 *   `Range.select` records `model.selection`, failing with InvalidSelection unless its sheet is the shown one.
 *
 * Where Excel's behaviour is undocumented or changed between builds, `behaviour` (FakeBehaviour, defaults to the
 * harsher reading) plays either side: a leading apostrophe in Text cells, AutoCorrect's calculated-column fill of
 * table formulas (office-js #2093, #5909), what `names.add` stores for structured references (office-js #740), and
 * what `getDataBodyRange()` gives for a table without data rows. tests/support/behaviours.ts lists the settings.
 *
 * What it does not model (simplifications):
 * - calculation: formula cells read back as `#FAKE_UNCALCULATED!` with valueType Error; names are not evaluated
 *   (`nameTarget` resolves what a name refers to, for tests);
 * - atomicity: an injected failure applies the first `failAfterOps` operations (default none) of the batch — real
 *   Office.js applies operations up to the failing one and does not roll back; natural errors here behave like that;
 * - locale-dependent parsing (e.g. Chinese dates typed as `2021年3月1日`), the apostrophe "prefix character" flag;
 * - charts beyond the subset in fake/chart.ts (add, getItem/getItemAt/getItemOrNullObject, items/name, name,
 *   setPosition, setData, delete, title.text, series.count, categoryAxis.setCategoryNames): a chart keeps its
 *   source rectangle, not the data; see that file's header for how the series count is derived;
 * - hidden columns only through Range.columnHidden (kept per sheet in `hiddenColumns`); hidden rows not at all;
 * - events, sorting, filters, merged cells, styles beyond font/fill/wrap/number format; inserting whole columns;
 * - Range.delete only shifting up; rows.add and columns.add only append; table rules do not extend to appended
 *   rows; hyperlinks do not move with shifted cells;
 * - data validation and conditional formats are not evaluated;
 * - table header rename, sheet position changes, `Range.text`, `valuesAsJson`, R1C1 and local formulas
 *   (addFormulaLocal stores the formula as written);
 * - object paths are resolved once, when an operation first touches them (proxies do not track later moves).
 */
import { columnIndex, parseAddress, qualify, type Rect } from './fake/a1';
import {
  DEFAULT_BEHAVIOUR,
  FakeContextCore,
  FakeStats,
  type FakeHostOptions,
  type HostState,
  versionAtLeast,
} from './fake/context';
import { FakeOfficeError } from './fake/errors';
import { interpretInput, readValue, type Stored } from './fake/input';
import { type ChartModel, WorkbookModel } from './fake/model';
import { fixedAddress, FakeWorkbook } from './fake/workbook';

export { FakeOfficeError } from './fake/errors';
export type { FakeBehaviour, FakeHostOptions, SyncRecord } from './fake/context';
export { DEFAULT_BEHAVIOUR } from './fake/context';
export { STALE, UNCALCULATED } from './fake/input';
export type { Stored } from './fake/input';
export type { ChartModel } from './fake/model';

/** What `Excel.run` hands to its callback in the fake. */
export class FakeRequestContext {
  readonly core: FakeContextCore;
  private wb: FakeWorkbook | undefined;
  /** Office.js keeps proxies alive across runs with this; the fake accepts and ignores it. */
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };

  constructor(host: HostState) {
    this.core = new FakeContextCore(host);
  }

  /** RequestContext.workbook. */
  get workbook(): FakeWorkbook {
    this.wb ??= new FakeWorkbook(this.core, this.model);
    return this.wb;
  }

  private get model(): WorkbookModel {
    return this.core.host.model;
  }

  /** RequestContext.sync. */
  sync(): Promise<void> {
    return this.core.sync();
  }
}

/** A fake Excel host: one workbook, its counters and its settings. */
export class ExcelFake {
  readonly model = new WorkbookModel();
  readonly stats = new FakeStats();
  readonly host: HostState;

  constructor(options: FakeHostOptions = {}) {
    this.host = {
      model: this.model,
      stats: this.stats,
      options: {
        apiVersion: options.apiVersion ?? '1.17',
        maxRequestBytes: options.maxRequestBytes ?? 5 * 1024 * 1024,
        maxResponseBytes: options.maxResponseBytes ?? 5 * 1024 * 1024,
        failAtSync: options.failAtSync,
        failAfterOps: options.failAfterOps,
        cellEditMode: options.cellEditMode ?? false,
        behaviour: { ...DEFAULT_BEHAVIOUR, ...options.behaviour },
      },
    };
  }

  /** Changes options later (e.g. inject a failure after seeding). */
  configure(options: FakeHostOptions): void {
    const { behaviour, ...rest } = options;
    Object.assign(this.host.options, rest);
    if (behaviour) Object.assign(this.host.options.behaviour, behaviour);
  }

  /** A new request context (what the writer is handed instead of Excel.RequestContext). */
  newContext(): FakeRequestContext {
    return new FakeRequestContext(this.host);
  }

  /** Like Excel.run: a fresh context per batch function. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    return batch(this.newContext());
  }

  /** Like Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version?: string): boolean {
    return name === 'ExcelApi' && versionAtLeast(this.host.options.apiVersion, version ?? '1.1');
  }

  /** Workbooks opened in new windows by `createWorkbook`, as the bytes of each, in order. */
  readonly openedWorkbooks: Uint8Array[] = [];

  /**
   * Like `Excel.createWorkbook(base64)` (ExcelApi 1.8): records the workbook as opened in a new window; below 1.8
   * it fails with ApiNotFound, and text that is not base64 fails with InvalidArgument.
   */
  async createWorkbook(base64: string): Promise<void> {
    if (!this.isSetSupported('ExcelApi', '1.8')) {
      this.stats.unsupportedCalls.push('Excel.createWorkbook (ExcelApi 1.8)');
      throw Object.assign(new Error('Excel.createWorkbook needs ExcelApi 1.8'), { code: 'ApiNotFound' });
    }
    if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
      throw Object.assign(new Error('createWorkbook takes base64 text'), { code: 'InvalidArgument' });
    this.openedWorkbooks.push(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  }

  /** An `Office`-shaped object answering as Excel. */
  get office(): {
    context: { requirements: { isSetSupported(n: string, v?: string): boolean } };
    onReady(): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  } {
    return {
      context: { requirements: { isSetSupported: (n, v) => this.isSetSupported(n, v) } },
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
      HostType: { Excel: 'Excel' },
    };
  }

  // ---- test back doors: they bypass the API and are not counted as syncs ----

  /** Adds a sheet directly (test setup). */
  seedSheet(name: string): void {
    if (!this.model.sheet(name)) this.model.addSheet(name);
  }

  /** Writes a table directly (test setup): header row at `topLeft`, then `rows`, interpreted as typed input. */
  seedTable(
    sheetName: string,
    tableName: string,
    topLeft: string,
    headers: string[],
    rows: unknown[][],
  ): void {
    this.seedSheet(sheetName);
    const sheet = this.model.requireSheet(sheetName);
    const start = parseAddress(topLeft);
    if (!start) throw new Error(`bad address ${topLeft}`);
    const { top, left } = start.rect;
    headers.forEach((h, j) => (sheet.ensure(top, left + j).stored = { kind: 'text', text: h }));
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const stored = interpretInput(typeof v === 'string' ? `'${v}` : v, 'General');
        if (stored && stored.kind !== 'empty') sheet.ensure(top + 1 + i, left + j).stored = stored;
      }),
    );
    const rect: Rect = { top, left, bottom: top + rows.length, right: left + headers.length - 1 };
    const table = this.model.addTable(sheet, rect, true);
    this.model.renameTable(table, tableName);
  }

  /**
   * What a user does with Delete › Table Rows on every data row (test setup): the rows go, what lies below in the
   * table's columns moves up, and the table keeps only its header (office-js #5909 shows `rows.count` 0 then).
   */
  deleteAllTableRows(tableName: string): void {
    const t = this.model.requireTable(tableName);
    const rows = t.rect.bottom - t.rect.top;
    if (rows === 0) return;
    this.model.shiftBand(t.sheet, t.rect.top + 1, t.rect.left, t.rect.right, -rows, t);
    t.rect = { ...t.rect, bottom: t.rect.top };
  }

  /**
   * Where a cell links to (test inspection): the `documentReference` (or `address`) of its hyperlink, else the
   * target of a `=HYPERLINK("#…",…)` formula in it, else null.
   */
  linkTarget(sheetName: string, address: string): string | null {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`bad address ${address}`);
    const { top, left } = parsed.rect;
    const sheet = this.model.requireSheet(sheetName);
    const link = sheet.hyperlinks.get(`${top},${left}`);
    if (link) return link.documentReference ?? link.address ?? null;
    const stored = sheet.stored(top, left);
    if (stored.kind !== 'formula') return null;
    return /^=HYPERLINK\("#([^"]+)"/.exec(stored.formula)?.[1] ?? null;
  }

  /**
   * The cells a defined name refers to now (test inspection): a structured reference follows its table as it
   * grows; a fixed address stays where it was written. Null for anything else.
   */
  nameTarget(name: string): { sheet: string; rect: Rect } | null {
    const formula = this.model.names.get(name.toLowerCase())?.formula;
    if (!formula) return null;
    const resolved = fixedAddress(this.model, formula);
    const parsed = parseAddress(resolved.slice(1).replace(/\$/g, ''));
    return parsed?.sheet === undefined ? null : { sheet: parsed.sheet, rect: parsed.rect };
  }

  /** What a cell holds (test inspection). */
  cell(sheetName: string, address: string): Stored {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`bad address ${address}`);
    return this.model.requireSheet(sheetName).stored(parsed.rect.top, parsed.rect.left);
  }

  /** A table's header and data values as `Range.values` would give them (test inspection). */
  tableValues(tableName: string): { address: string; headers: unknown[]; rows: unknown[][] } {
    const t = this.model.requireTable(tableName);
    const read = (r: number) => {
      const out: unknown[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) out.push(readValue(t.sheet.stored(r, c)));
      return out;
    };
    const rows: unknown[][] = [];
    for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) rows.push(read(r));
    return { address: qualify(t.sheet.name, t.rect), headers: read(t.rect.top), rows };
  }

  /** The charts of a sheet as the model holds them (test inspection). */
  charts(sheetName: string): readonly ChartModel[] {
    return this.model.requireSheet(sheetName).charts;
  }

  /** Every formula cell on a sheet, keyed by A1 address (test inspection). */
  formulaCells(sheetName: string): Map<string, string> {
    const out = new Map<string, string>();
    const sheet = this.model.requireSheet(sheetName);
    for (const [r, cells] of sheet.rows) {
      for (const [c, cell] of cells) {
        if (cell.stored.kind === 'formula')
          out.set(
            qualify(sheet.name, { top: r, left: c, bottom: r, right: c }).split('!')[1] ?? '',
            cell.stored.formula,
          );
      }
    }
    return out;
  }
}

/** Creates a fake Excel host. */
export function createExcelFake(options: FakeHostOptions = {}): ExcelFake {
  return new ExcelFake(options);
}

/**
 * Installs a fake as the global `Excel` and `Office` (for browser/task-pane tests that load code calling `Excel.run`);
 * returns a function restoring the previous globals.
 */
export function installExcelGlobals(fake: ExcelFake): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => fake.run(batch),
    createWorkbook: (base64: string) => fake.createWorkbook(base64),
    RequestContext: FakeRequestContext,
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ConditionalFormatType: {
      dataBar: 'DataBar',
      containsText: 'ContainsText',
      custom: 'Custom',
      cellValue: 'CellValue',
    },
    DeleteShiftDirection: { up: 'Up', left: 'Left' },
    ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  };
  g.Office = fake.office;
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}

/** Column letters → index, for tests that compute addresses. */
export { columnIndex };

/** Narrows an unknown error to the fake's error type. */
export function isFakeOfficeError(e: unknown): e is FakeOfficeError {
  return e instanceof FakeOfficeError;
}
