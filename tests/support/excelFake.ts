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
 *   a formula, numbers / TRUE / FALSE / error literals / ISO dates are converted; a leading apostrophe makes the rest
 *   literal text (the apostrophe is not part of the value); a cell already formatted `@` keeps the string as typed;
 * - a table created over a header row alone gets one blank data row; tables cannot overlap; names must be valid;
 * - each sync's request size (UTF-8 JSON of object path, member and arguments of every queued operation) and response
 *   size (JSON of loaded data) are recorded; requests over `maxRequestBytes` / responses over `maxResponseBytes`
 *   (5 MB by default, Excel on the web's limit) fail the sync;
 * - `failAtSync: n` fails the n-th sync with GeneralException;
 * - `Worksheet.activate` makes a sheet the shown one (`model.activeSheet`; none activated means the first sheet) and
 *   `Range.select` records `model.selection`, failing with InvalidSelection unless its sheet is the shown one.
 *
 * What it does not model (simplifications):
 * - calculation: formula cells read back as `#FAKE_UNCALCULATED!` with valueType Error; names are not evaluated;
 * - atomicity: an injected failure applies the first `failAfterOps` operations (default none) of the batch — real
 *   Office.js applies operations up to the failing one and does not roll back; natural errors here behave like that;
 * - locale-dependent parsing (e.g. Chinese dates typed as `2021年3月1日`), the apostrophe "prefix character" flag;
 * - charts beyond the subset in fake/chart.ts (add, getItem/getItemAt/getItemOrNullObject, items/name, name,
 *   setPosition, setData, delete, title.text, series.count, categoryAxis.setCategoryNames): a chart keeps its
 *   source rectangle, not the data; see that file's header for how the series count is derived;
 * - hidden columns only through Range.columnHidden (kept per sheet in `hiddenColumns`); hidden rows not at all;
 * - events, sorting, filters, protection, merged cells, styles beyond font/fill/wrap/number format;
 * - Range.delete only for whole table data rows (shift up) or cells outside tables; rows.add and columns.add only
 *   append;
 * - data validation and conditional formats are stored as the property bags written; they are not evaluated and do
 *   not grow with the table;
 * - table header rename, sheet position changes, `Range.text`, `valuesAsJson`, R1C1 and local formulas;
 * - object paths are resolved once, when an operation first touches them (proxies do not track later moves).
 */
import { columnIndex, parseAddress, qualify, type Rect } from './fake/a1';
import {
  FakeContextCore,
  FakeStats,
  type FakeHostOptions,
  type HostState,
  versionAtLeast,
} from './fake/context';
import { FakeOfficeError } from './fake/errors';
import { interpretInput, readValue, type Stored } from './fake/input';
import { type ChartModel, WorkbookModel } from './fake/model';
import { FakeWorkbook } from './fake/workbook';

export { FakeOfficeError } from './fake/errors';
export type { FakeHostOptions, SyncRecord } from './fake/context';
export { UNCALCULATED } from './fake/input';
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
      },
    };
  }

  /** Changes options later (e.g. inject a failure after seeding). */
  configure(options: FakeHostOptions): void {
    Object.assign(this.host.options, options);
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
