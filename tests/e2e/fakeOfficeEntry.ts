/**
 * What the inside-Excel browser test loads in place of Office.js: the strict Excel fake as the `Excel` global
 * (with `createWorkbook`), an `Office` global answering as Excel on Windows (or, with `platform: 'Mac'`, on Mac), and `window.__wpFake` for the test to type entries and read the
 * fake's counters. Each Excel.run is logged with its syncs and writes, so a button's cost can be told apart from
 * the pane's status reads that follow it.
 */
import { createExcelFake, installExcelGlobals, type FakeRequestContext } from '../support/excelFake';
import type { Operation } from '../support/fake/context';
import { typeTableRows } from '../support/fake/typing';

/** One Excel.run as the test sees it. */
interface RunRecord {
  startedAtSync: number;
  syncs: number;
  /** Queued operations that are not loads. */
  writes: number;
}

const options =
  (
    globalThis as {
      __wpFakeOptions?: { apiVersion?: string; language?: string; platform?: string; readyDelayMs?: number };
    }
  ).__wpFakeOptions ?? {};
// `PC` answers as Excel on Windows; `Mac` as Excel for Mac (no downloads from the pane: forms open in windows).
const platform = options.platform ?? 'PC';
const fake = createExcelFake({ apiVersion: options.apiVersion ?? '1.17' });
installExcelGlobals(fake);
const runs: RunRecord[] = [];

const g = globalThis as Record<string, unknown>;
g.Excel = {
  ...(g.Excel as object),
  run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const record: RunRecord = { startedAtSync: fake.stats.syncs, syncs: 0, writes: 0 };
    runs.push(record);
    return fake.run((ctx) => {
      const core = ctx.core;
      const enqueue = core.enqueue.bind(core);
      core.enqueue = (op: Operation) => {
        if (!op.member.endsWith('.load')) record.writes += 1;
        enqueue(op);
      };
      const sync = core.sync.bind(core);
      core.sync = () => {
        record.syncs += 1;
        return sync();
      };
      return batch(ctx);
    });
  },
};
g.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { PC: 'PC', Mac: 'Mac' },
  // `readyDelayMs` plays a slow intranet: Office.onReady answers only after that long.
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, options.readyDelayMs ?? 0),
    );
  },
  context: {
    displayLanguage: options.language ?? 'zh-CN',
    platform,
    requirements: { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version) },
  },
};
g.__wpFake = {
  stats: fake.stats,
  runs,
  /** Types entry rows (values by header) into WP_Entries, as a user would; returns their sheet rows. */
  typeEntries: (rows: Array<Record<string, unknown>>) => typeTableRows(fake.model, 'WP_Entries', rows),
  charts: (sheet: string) => (fake.model.sheet(sheet) ? fake.charts(sheet).length : 0),
  selection: () => fake.model.selection,
  tableValues: (name: string) => fake.tableValues(name),
  /** Sizes of the workbooks opened in new windows (Excel.createWorkbook), in order. */
  openedWorkbooks: () => fake.openedWorkbooks.map((bytes) => bytes.length),
  sheetNames: () => fake.model.sheets.map((sheet) => sheet.name),
};
