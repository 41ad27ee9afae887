/**
 * Writes the 汇总 sheet in the open workbook: the sheet planned by `planSummarySheet`, its names and the
 * 完成率/序时进度 chart beside it, after the 校验状态 column it counts by (the formulas leave out rows marked 错误).
 *
 * Sync budget: the summary's probe rides along with the read before it (see rideAlong.ts), then everything —
 * 校验状态, the sheet (sized by the schema) and the chart — is written in one request of at most 4 MB.
 * Total = max(the read's syncs, 2) + 1: 3 up to ~25,000 entries with the compact read, 4 at 100,000.
 */
import { SHEETS, TABLES } from '../workbook/format';
import type { NamePlan, SheetPlan } from '../workbook/plan';
import { DUTIES_TABLE } from '../workbook/summarySheetLayout';
import { OPERATION_OVERHEAD_BYTES } from './bytes';
import { hasFeature, type HostCapabilities, type SkippedFeature } from './capabilities';
import { cellWrites, featureGate, nameWrites, sheetFeatureWrites, visibilityWrite } from './featureWrites';
import { MESSAGES } from './messages';
import { addSheet, sheetProxy } from './proxies';
import { rideAlong } from './rideAlong';
import { isManual, protectionProblem, queueRecalculation } from './probe';
import { LedgerError } from '../domain/messages';
import { chartWrites } from './summaryChart';
import { SUMMARY_MESSAGES } from './summaryMessages';
import { queueLayouts, queueLists, type SummaryLayouts, type WorkbookLists } from './summaryProbe';
import { type TableLayout, tableWrites } from './tableWrites';
import { packBatches, queuedWrite, type QueuedWrite } from './writeBatches';

const key = (s: string): string => s.toLowerCase();

interface Built {
  writes: QueuedWrite[];
  skipped: SkippedFeature[];
  chart: 'created' | 'updated';
}

/** Queued writes for the 汇总 sheet, its names and its chart, leaving out what the host cannot do. */
function buildWrites(
  sheet: SheetPlan,
  names: NamePlan[],
  lists: WorkbookLists,
  layouts: SummaryLayouts,
  caps: HostCapabilities,
  blockBytes: number,
): Built {
  const skipped: SkippedFeature[] = [];
  const wants = featureGate(caps, skipped);
  const writes: QueuedWrite[] = [];
  if (!lists.sheets.has(key(sheet.name)))
    writes.push(
      queuedWrite(MESSAGES.sheetStep(sheet.name), [sheet.name], (ctx) => void addSheet(ctx, sheet.name)),
    );
  writes.push(...cellWrites(sheet.name, sheet.cells));
  const tableLayouts = new Map<string, TableLayout>();
  for (const t of sheet.tables) {
    const written = tableWrites(sheet.name, t, layouts.tables.get(key(t.name)), blockBytes);
    tableLayouts.set(t.name, written.layout);
    writes.push(...written.writes);
  }
  writes.push(...nameWrites(names, lists.names));
  const columnIndex = (table: string, column: string): number =>
    sheet.tables.find((t) => t.name === table)?.columns.findIndex((c) => c.header === column) ?? -1;
  writes.push(...sheetFeatureWrites(sheet, tableLayouts, columnIndex, wants));
  writes.push(visibilityWrite(sheet));
  const summaryTable = sheet.tables.find((t) => t.name === TABLES.summary);
  const summaryLayout = tableLayouts.get(TABLES.summary);
  if (!summaryTable || !summaryLayout) throw new Error('汇总计划中没有 WP_Summary');
  const chart = chartWrites(
    sheet.name,
    summaryTable,
    summaryLayout,
    layouts.charts,
    wants('chartCategoryNames', true),
  );
  writes.push(...chart.writes);
  writes.push(
    queuedWrite(SUMMARY_MESSAGES.writeStep, [sheet.name], (ctx) => sheetProxy(ctx, sheet.name).activate()),
  );
  return { writes, skipped, chart: chart.action };
}

/** Tables of the 汇总 sheet (fixed names: the summary's reads are queued before the schema is known). */
const SUMMARY_TABLES = [TABLES.summary, TABLES.unitSummary, TABLES.sectionSummary, DUTIES_TABLE] as const;

/** What the summary write must know of the workbook: the lists, then the 汇总 tables' layouts and charts. */
export interface SummaryProbe {
  lists: WorkbookLists | null;
  layouts: SummaryLayouts | null;
}

/**
 * Queues the summary's probe so that it rides along with the syncs of a read made through the returned context
 * (round one with the first sync, round two with the second); what did not ride is read by the write itself.
 */
export function queueSummaryProbe(
  real: Excel.RequestContext,
  caps?: HostCapabilities,
): {
  ctx: Excel.RequestContext;
  probe: () => SummaryProbe;
} {
  const readLists = queueLists(real, caps);
  let lists: WorkbookLists | null = null;
  let layouts: (() => SummaryLayouts) | null = null;
  const ride = rideAlong(real, (n) => {
    if (n === 1) {
      lists = readLists();
      ride.beforeNextSync(
        () => void (layouts = queueLayouts(real, lists ?? readLists(), SHEETS.summary, SUMMARY_TABLES)),
      );
    }
  });
  return {
    ctx: ride.ctx,
    probe: () => {
      let read: SummaryLayouts | null = null;
      // The layouts were loaded only if a second sync followed their queueing.
      if (layouts && ride.syncs() >= 2) read = layouts();
      return { lists, layouts: read };
    },
  };
}

/** Options of the summary write. */
export interface SummaryWriteOptions {
  capabilities: HostCapabilities;
  /** What a read already found out (see queueSummaryProbe). */
  probe?: SummaryProbe;
  /** Writes to send ahead of the sheet in the same request (校验状态). */
  before?: QueuedWrite[];
  /** Largest request, in estimated bytes (default 4,000,000). */
  maxRequestBytes?: number;
}

/** What the summary write did. */
export interface SummaryWritten {
  syncs: number;
  largestRequestBytes: number;
  skipped: SkippedFeature[];
  chart: 'created' | 'updated';
  /** Whether Excel calculates manually (it was recalculated after the write). */
  manual: boolean;
}

/** Writes 校验状态 (given as `before`), the 汇总 sheet, its names and its chart; reads what the probe lacks first. */
export async function writeSummarySheet(
  real: Excel.RequestContext,
  sheet: SheetPlan,
  names: NamePlan[],
  options: SummaryWriteOptions,
): Promise<SummaryWritten> {
  const caps = options.capabilities;
  const budget = options.maxRequestBytes ?? 4_000_000;
  let syncs = 0;
  let lists = options.probe?.lists ?? null;
  let layouts = options.probe?.layouts ?? null;
  if (!lists) {
    const read = queueLists(real, caps);
    await real.sync();
    syncs += 1;
    lists = read();
  }
  if (!layouts) {
    const read = queueLayouts(real, lists, SHEETS.summary, SUMMARY_TABLES);
    await real.sync();
    syncs += 1;
    layouts = read();
  }
  const summaryExists = lists.sheets.has(key(SHEETS.summary));
  // Nothing goes into a protected sheet, and no sheet is added to a protected workbook structure.
  const locked = protectionProblem(
    lists.host,
    summaryExists ? [SHEETS.entries, SHEETS.summary] : [SHEETS.entries],
    summaryExists ? [] : [SHEETS.summary],
  );
  if (locked) throw new LedgerError(locked.key as never, locked.params);
  const manual = isManual(lists.host);
  const built = buildWrites(sheet, names, lists, layouts, caps, 1_000_000);
  const suspendCalc = hasFeature(caps, 'suspendCalculation');
  const suspendScreen = hasFeature(caps, 'suspendScreenUpdating');
  const batches = packBatches(
    [...(options.before ?? []), ...built.writes],
    budget,
    3 * OPERATION_OVERHEAD_BYTES,
  );
  let largest = 0;
  for (const [i, batch] of batches.entries()) {
    if (suspendCalc) real.workbook.application.suspendApiCalculationUntilNextSync();
    if (suspendScreen) real.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const u of batch) u.queue(real);
    if (manual && i === batches.length - 1) queueRecalculation(real);
    largest = Math.max(
      largest,
      batch.reduce((n, u) => n + u.bytes, 2 * OPERATION_OVERHEAD_BYTES),
    );
    syncs += 1;
    await real.sync();
  }
  return { syncs, largestRequestBytes: largest, skipped: built.skipped, chart: built.chart, manual };
}
