/**
 * Generates the 汇总 sheet in the open workbook: refresh validation first (so 校验状态, which the sheet's formulas
 * read, is current), then write the sheet planned by `planSummarySheet` and the 完成率/序时进度 chart beside it.
 *
 * Sync budget: the summary's own reads ride along with validation's syncs (see rideAlong.ts), then everything
 * — the 校验状态 column validation hands over, the sheet (sized by the schema) and the chart — is written in one
 * request of at most 4 MB. Total = max(validation's syncs, 2) + 1: 3 up to ~25,000 entries with the compact
 * validation read (summaryValidation.ts), 4 at 100,000.
 */
import type { NormalizedEntry } from '../domain/entries';
import type { Schema } from '../domain/schema';
import { summarize } from '../domain/summary/summarize';
import type { Summary } from '../domain/summary/types';
import { SHEETS, TABLES } from '../workbook/format';
import type { NamePlan, SheetPlan } from '../workbook/plan';
import { planSummarySheet } from '../workbook/summarySheet';
import { DUTIES_TABLE } from '../workbook/summarySheetLayout';
import { type HostRunOutcome, type SkippedFeature } from './applyPlan';
import { OPERATION_OVERHEAD_BYTES } from './bytes';
import {
  FEATURE_LABELS,
  FEATURE_SETS,
  type Feature,
  hasFeature,
  type HostCapabilities,
} from './capabilities';
import {
  cellUnits,
  conditionalFormatUnits,
  freezeUnit,
  nameUnits,
  printUnit,
  tabColorUnit,
  validationUnits,
  visibilityUnit,
  widthUnits,
} from './featureUnits';
import { MESSAGES } from './messages';
import { addSheet, sheetProxy } from './proxies';
import { rideAlong } from './rideAlong';
import { hostErrorMessage } from './hostErrors';
import { isManual, manualCalculationNotice, protectionProblem, queueRecalculation } from './probe';
import { translate } from '../domain/messages';
import { chartUnits } from './summaryChart';
import { SUMMARY_MESSAGES } from './summaryMessages';
import { queueLayouts, queueLists, type SummaryLayouts, type WorkbookLists } from './summaryProbe';
import { type TableLayout, tableUnits } from './tableUnits';
import { packBatches, unit, type WriteUnit } from './units';

/** What the validation step hands on: the schema it checked against and the entries as the summary counts them. */
export interface RefreshedEntries {
  schema: Schema;
  normalized: readonly NormalizedEntry[];
  /** Chinese notices of the validation step, passed on to the user. */
  notices?: string[];
  /** Writes the step leaves to the summary's write (校验状态), sent ahead of the 汇总 sheet in the same request. */
  writes?: WriteUnit[];
  /** Largest response of the step's reads, in estimated bytes. */
  readResponseBytes?: number;
}

/** What the summary asks of the validation step. */
export interface RefreshRequest {
  period: string;
  capabilities: HostCapabilities;
}

/** The first step: refresh validation through the given context; a Chinese message instead of a throw. */
export type RefreshValidationStep = (
  ctx: Excel.RequestContext,
  request: RefreshRequest,
) => Promise<{ ok: true; value: RefreshedEntries } | { ok: false; message: string }>;

/** Progress of summary generation, for the task pane. */
export interface SummaryProgress {
  step: string;
  done: number;
  total: number;
}

/** Options of `generateSummary`. */
export interface SummaryOptions {
  capabilities: HostCapabilities;
  refreshValidation: RefreshValidationStep;
  /** Sync budget (default 4); exceeding it is reported, not refused. */
  maxSyncs?: number;
  /** Largest request, in estimated bytes (default 4,000,000). */
  maxRequestBytes?: number;
  onProgress?: (p: SummaryProgress) => void;
}

/** What generating the summary did. */
export interface SummaryRun extends HostRunOutcome {
  /** The domain's figures, which the sheet's formulas reproduce (absent when the run failed). */
  summary?: Summary;
  /** Whether the chart was created, or found and updated. */
  chart?: 'created' | 'updated';
}

function errorOf(e: unknown): { code?: string; message: string } {
  if (e && typeof e === 'object' && 'message' in e) {
    const code = 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    return code === undefined ? { message: String(e.message) } : { code, message: String(e.message) };
  }
  return { message: String(e) };
}

function failure(step: string, e: unknown, syncs: number): SummaryRun {
  const error = errorOf(e);
  const detail = error.code ? `${error.code}：${error.message}` : error.message;
  return {
    ok: false,
    message: `${SUMMARY_MESSAGES.failed(step, detail)}${error.code ? translate('zh-CN', hostErrorMessage(e)) : ''}`,
    failedStep: step,
    error,
    syncs,
    largestRequestBytes: 0,
    skipped: [],
    notices: [],
  };
}

const key = (s: string): string => s.toLowerCase();

interface Built {
  units: WriteUnit[];
  skipped: SkippedFeature[];
  chart: 'created' | 'updated';
}

/** Write units for the 汇总 sheet, its names and its chart, leaving out what the host cannot do. */
function buildUnits(
  sheet: SheetPlan,
  names: NamePlan[],
  lists: WorkbookLists,
  layouts: SummaryLayouts,
  caps: HostCapabilities,
  blockBytes: number,
): Built {
  const skipped: SkippedFeature[] = [];
  const wants = (feature: Feature, needed: boolean): boolean => {
    if (!needed) return false;
    if (hasFeature(caps, feature)) return true;
    if (!skipped.some((s) => s.feature === feature)) {
      skipped.push({
        feature,
        requires: FEATURE_SETS[feature],
        notice: MESSAGES.skipped(FEATURE_LABELS[feature], FEATURE_SETS[feature]),
      });
    }
    return false;
  };
  const units: WriteUnit[] = [];
  if (!lists.sheets.has(key(sheet.name)))
    units.push(unit(MESSAGES.sheetStep(sheet.name), [sheet.name], (ctx) => void addSheet(ctx, sheet.name)));
  units.push(...cellUnits(sheet.name, sheet.cells));
  const tableLayouts = new Map<string, TableLayout>();
  for (const t of sheet.tables) {
    const written = tableUnits(sheet.name, t, layouts.tables.get(key(t.name)), blockBytes);
    tableLayouts.set(t.name, written.layout);
    units.push(...written.units);
  }
  units.push(...nameUnits(names, lists.names));
  const columnIndex = (table: string, column: string): number =>
    sheet.tables.find((t) => t.name === table)?.columns.findIndex((c) => c.header === column) ?? -1;
  if (
    wants(
      'dataValidation',
      sheet.cells.some((c) => c.validation) || sheet.tables.some((t) => t.columns.some((c) => c.validation)),
    )
  )
    units.push(...validationUnits(sheet, tableLayouts));
  if (wants('conditionalFormats', sheet.conditionalFormats.length > 0))
    units.push(...conditionalFormatUnits(sheet, tableLayouts, columnIndex));
  units.push(...widthUnits(sheet, tableLayouts));
  const freeze = freezeUnit(sheet);
  if (freeze && wants('freezePanes', true)) units.push(freeze);
  const tab = tabColorUnit(sheet);
  if (tab && wants('tabColor', true)) units.push(tab);
  const print = printUnit(sheet);
  if (print && wants('pageLayout', true)) units.push(print);
  units.push(visibilityUnit(sheet));
  const summaryTable = sheet.tables.find((t) => t.name === TABLES.summary);
  const summaryLayout = tableLayouts.get(TABLES.summary);
  if (!summaryTable || !summaryLayout) throw new Error('汇总计划中没有 WP_Summary');
  const chart = chartUnits(
    sheet.name,
    summaryTable,
    summaryLayout,
    layouts.charts,
    wants('chartCategoryNames', true),
  );
  units.push(...chart.units);
  units.push(unit(SUMMARY_MESSAGES.writeStep, [sheet.name], (ctx) => sheetProxy(ctx, sheet.name).activate()));
  return { units, skipped, chart: chart.action };
}

/** Tables of the 汇总 sheet (fixed names: the summary's reads are queued before the schema is known). */
const SUMMARY_TABLES = [TABLES.summary, TABLES.unitSummary, TABLES.sectionSummary, DUTIES_TABLE] as const;

/** Refreshes validation, then writes the 汇总 sheet and its chart for `period`; never throws for host errors. */
export async function generateSummary(
  real: Excel.RequestContext,
  period: string,
  options: SummaryOptions,
): Promise<SummaryRun> {
  const caps = options.capabilities;
  const maxSyncs = options.maxSyncs ?? 4;
  const budget = options.maxRequestBytes ?? 4_000_000;
  const progress = options.onProgress ?? (() => undefined);

  // Round one of the summary's reads travels with validation's first sync, round two with its next one.
  const readLists = queueLists(real, caps);
  const probe: { lists: WorkbookLists | null; layouts: (() => SummaryLayouts) | null } = {
    lists: null,
    layouts: null,
  };
  const listsNow = (): WorkbookLists => (probe.lists ??= readLists());
  const queueRoundTwo = (): (() => SummaryLayouts) =>
    (probe.layouts ??= queueLayouts(real, listsNow(), SHEETS.summary, SUMMARY_TABLES));
  const ride = rideAlong(real, (n) => {
    if (n === 1) ride.beforeNextSync(() => void queueRoundTwo());
  });

  progress({ step: SUMMARY_MESSAGES.validationStep, done: 0, total: 3 });
  let refreshed: Awaited<ReturnType<RefreshValidationStep>>;
  try {
    refreshed = await options.refreshValidation(ride.ctx, { period, capabilities: caps });
  } catch (e) {
    return failure(SUMMARY_MESSAGES.validationStep, e, ride.syncs());
  }
  let syncs = ride.syncs();
  if (!refreshed.ok)
    return {
      ok: false,
      message: refreshed.message,
      failedStep: SUMMARY_MESSAGES.validationStep,
      syncs,
      largestRequestBytes: 0,
      skipped: [],
      notices: [],
    };
  const { schema, normalized } = refreshed.value;

  let summary: Summary;
  let planned: ReturnType<typeof planSummarySheet>;
  try {
    summary = summarize(schema, normalized, period);
    planned = planSummarySheet(schema, period);
  } catch (e) {
    return {
      ...failure(SUMMARY_MESSAGES.writeStep, e, syncs),
      message: e instanceof Error ? e.message : String(e),
    };
  }

  progress({ step: SUMMARY_MESSAGES.probeStep, done: 1, total: 3 });
  let layouts: SummaryLayouts;
  try {
    // What did not ride along is read now: nothing, round two, or both rounds.
    if (syncs === 0) {
      syncs += 1;
      await real.sync();
    }
    let read = probe.layouts;
    if (!read) {
      read = queueRoundTwo();
      syncs += 1;
      await real.sync();
    }
    layouts = read();
  } catch (e) {
    return failure(SUMMARY_MESSAGES.probeStep, e, syncs);
  }

  let built: Built;
  try {
    built = buildUnits(planned.sheet, planned.names, listsNow(), layouts, caps, 1_000_000);
  } catch (e) {
    return failure(SUMMARY_MESSAGES.writeStep, e, syncs);
  }
  const lists = listsNow();
  const summaryExists = lists.sheets.has(key(SHEETS.summary));
  const locked = protectionProblem(
    lists.host,
    summaryExists ? [SHEETS.entries, SHEETS.summary] : [SHEETS.entries],
    summaryExists ? [] : [SHEETS.summary],
  );
  if (locked)
    return { ...failure(SUMMARY_MESSAGES.writeStep, null, syncs), message: translate('zh-CN', locked) };
  const manual = isManual(lists.host);
  const suspendCalc = hasFeature(caps, 'suspendCalculation');
  const suspendScreen = hasFeature(caps, 'suspendScreenUpdating');
  const batches = packBatches(
    [...(refreshed.value.writes ?? []), ...built.units],
    budget,
    3 * OPERATION_OVERHEAD_BYTES,
  );
  const notices = [...(refreshed.value.notices ?? []), ...built.skipped.map((s) => s.notice)];
  if (manual && !notices.includes(manualCalculationNotice())) notices.push(manualCalculationNotice());
  if (syncs + batches.length > maxSyncs)
    notices.push(SUMMARY_MESSAGES.overBudget(syncs + batches.length, maxSyncs));
  let largest = 0;
  for (const [i, batch] of batches.entries()) {
    progress({ step: SUMMARY_MESSAGES.writeStep, done: 2 + i, total: 2 + batches.length });
    try {
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
    } catch (e) {
      return {
        ...failure(batch[0]?.step ?? SUMMARY_MESSAGES.writeStep, e, syncs),
        largestRequestBytes: largest,
      };
    }
  }
  return {
    ok: true,
    message: SUMMARY_MESSAGES.done(period, syncs, built.skipped.length),
    summary,
    syncs,
    largestRequestBytes: largest,
    skipped: built.skipped,
    notices,
    chart: built.chart,
  };
}
