/**
 * Applies a WorkbookPlan to the open workbook through a request context.
 *
 * Budgets, independent of the number of entries: one or two probe syncs, then the writes packed into requests of
 * at most `maxRequestBytes` (4 MB; Excel on the web rejects 5 MB). Entries of a preserved table that is already in
 * the workbook are never rewritten (only size-independent formatting is applied around them), so loading a schema
 * into a workbook with 100,000 entries costs the same as into an empty one. Writing many *new* rows (importing
 * entries into a workbook that has none) needs one request per ~4 MB of rows and may exceed the sync budget; the
 * result says so.
 */
import { SHEETS } from '../workbook/format';
import { type PlanValue, type SheetPlan, type TablePlan, type WorkbookPlan } from '../workbook/plan';
import {
  FEATURE_LABELS,
  FEATURE_SETS,
  hasFeature,
  type HostCapabilities,
  MINIMUM_EXCEL_API,
  type SkippedFeature,
} from './capabilities';
import {
  cellWrites,
  featureGate,
  nameWrites,
  orphanWrites,
  sheetFeatureWrites,
  visibilityWrite,
} from './featureWrites';
import { MESSAGES } from './messages';
import { hostErrorCode, hostErrorMessage } from './hostErrors';
import {
  type ExistingTable,
  isManual,
  manualCalculationNotice,
  probeWorkbook,
  protectionProblem,
  queueRecalculation,
  type WorkbookState,
} from './probe';
import { message, translate } from '../domain/messages';
import { tableInTheWay, type TableLayout, tableWrites } from './tableWrites';
import { addSheet } from './proxies';
import { packBatches, queuedWrite, type QueuedWrite } from './writeBatches';
import { OPERATION_OVERHEAD_BYTES } from './bytes';

/** Progress of a load, for the task pane. */
export interface LoadProgress {
  step: string;
  done: number;
  total: number;
}

export type { SkippedFeature } from './capabilities';

/** Options of `applyPlan`. */
export interface ApplyOptions {
  capabilities: HostCapabilities;
  /** Sync budget (default 4). Exceeding it is reported, not refused. */
  maxSyncs?: number;
  /** Largest request to send, in estimated bytes (default 4,000,000). */
  maxRequestBytes?: number;
  /** Largest values block (default 1,000,000 bytes). */
  blockBytes?: number;
  /** Request bytes allowed for highlighting orphaned entry rows (default 1,000,000). */
  orphanBytes?: number;
  /** Fill colour of entry rows that point at removed items/targets. */
  orphanFill?: string;
  onProgress?: (p: LoadProgress) => void;
}

/** What a run against the workbook did, whatever it wrote: the shared part of load and summary results. */
export interface HostRunOutcome {
  ok: boolean;
  /** Chinese summary for the user. */
  message: string;
  /** The step that failed (Chinese), when `ok` is false. */
  failedStep?: string;
  /** The host error behind a failure. */
  error?: { code?: string; message: string };
  syncs: number;
  /** Largest estimated request, in bytes. */
  largestRequestBytes: number;
  skipped: SkippedFeature[];
  /** Chinese notices to show (skipped features, orphaned entries, budget). */
  notices: string[];
}

/** What a load did. */
export interface LoadResult extends HostRunOutcome {
  /** Where each table ended up. */
  tables: Record<string, TableLayout>;
}

const key = (s: string): string => s.toLowerCase();

function same(planned: PlanValue, read: unknown): boolean {
  const a = planned === null ? '' : planned;
  const b = read === null || read === undefined ? '' : read;
  return a === b;
}

/** Checks that a preserved table in the workbook is the one the plan was made from; a Chinese reason if not. */
export function checkPreserved(plan: TablePlan, existing: ExistingTable): string | null {
  if (!plan.columns.every((c, i) => existing.headers[i] === c.header))
    return MESSAGES.preservedHeaders(plan.name);
  const n = plan.rows.length;
  const k = existing.bodyRows;
  const emptyTable = n === 0 && k === 1 && existing.lastRow.every((v) => v === '' || v === null);
  if (!(n === k || emptyTable)) return MESSAGES.preservedChanged(plan.name, k, n);
  const last = plan.rows[n - 1];
  if (last && !last.every((v, j) => j >= existing.lastRow.length || same(v, existing.lastRow[j]))) {
    return MESSAGES.preservedChanged(plan.name, k, n);
  }
  return null;
}

function errorOf(e: unknown): { code?: string; message: string } {
  if (e && typeof e === 'object' && 'message' in e) {
    const code = hostErrorCode(e);
    return code === undefined ? { message: String(e.message) } : { code, message: String(e.message) };
  }
  return { message: String(e) };
}

function fail(
  step: string,
  e: unknown,
  syncs: number,
  written: boolean,
  skipped: SkippedFeature[],
): LoadResult {
  const error = errorOf(e);
  return {
    ok: false,
    message: `${MESSAGES.failed(step, error.code ? `${error.code}：${error.message}` : error.message, written)}${translate('zh-CN', hostErrorMessage(e))}`,
    failedStep: step,
    error,
    syncs,
    largestRequestBytes: 0,
    skipped,
    notices: [],
    tables: {},
  };
}

function refuse(message: string, syncs: number): LoadResult {
  return {
    ok: false,
    message,
    failedStep: MESSAGES.probeStep,
    syncs,
    largestRequestBytes: 0,
    skipped: [],
    notices: [],
    tables: {},
  };
}

interface Built {
  writes: QueuedWrite[];
  layouts: Map<string, TableLayout>;
  skipped: SkippedFeature[];
  notices: string[];
}

function buildWrites(plan: WorkbookPlan, state: WorkbookState, options: ApplyOptions): Built {
  const caps = options.capabilities;
  const blockBytes = options.blockBytes ?? 1_000_000;
  const skipped: SkippedFeature[] = [];
  const notices: string[] = [];
  const wants = featureGate(caps, skipped);
  const layouts = new Map<string, TableLayout>();
  const content = (sheet: SheetPlan): QueuedWrite[] => {
    const out: QueuedWrite[] = [];
    out.push(...cellWrites(sheet.name, sheet.cells));
    for (const t of sheet.tables) {
      const written = tableWrites(sheet.name, t, state.tables.get(key(t.name)), blockBytes);
      layouts.set(t.name, written.layout);
      out.push(...written.writes);
    }
    return out;
  };
  const isMeta = (s: SheetPlan) => s.name === SHEETS.meta;
  const writes: QueuedWrite[] = [];
  // Every sheet exists before anything refers to it; an empty meta sheet is harmless until its content lands last.
  for (const s of plan.sheets.filter((x) => !state.sheets.has(key(x.name)))) {
    writes.push(queuedWrite(MESSAGES.sheetStep(s.name), [s.name], (ctx) => void addSheet(ctx, s.name)));
  }
  for (const s of plan.sheets.filter((x) => !isMeta(x))) writes.push(...content(s));
  writes.push(...nameWrites(plan.names, state.names));
  const columnIndex = (table: string, column: string): number => {
    for (const s of plan.sheets)
      for (const t of s.tables) if (t.name === table) return t.columns.findIndex((c) => c.header === column);
    return -1;
  };
  for (const s of plan.sheets) writes.push(...sheetFeatureWrites(s, layouts, columnIndex, wants));
  notices.push(...skipped.map((s) => s.notice));
  const entries = [...layouts.entries()].find(([name]) =>
    plan.sheets.some((s) => s.tables.some((t) => t.name === name && t.preserved)),
  );
  if (entries && plan.orphanedEntryRows.length > 0) {
    const orphans = orphanWrites(
      entries[1].sheet,
      entries[1],
      plan.orphanedEntryRows,
      options.orphanFill ?? '#F8CBAD',
    );
    const count = new Set(plan.orphanedEntryRows).size;
    // Scattered orphans would cost one operation per run of rows; beyond the allowance they are left to validation.
    if (orphans.reduce((n, u) => n + u.bytes, 0) <= (options.orphanBytes ?? 1_000_000)) {
      writes.push(...orphans);
      notices.push(MESSAGES.orphans(count));
    } else {
      notices.push(MESSAGES.orphansUnmarked(count));
    }
  }
  // The meta sheet goes last: it records the schema only once everything it describes has been written.
  for (const s of plan.sheets.filter(isMeta)) writes.push(...content(s));
  // Under workbook protection the visibility of existing sheets cannot change; it is left as it is.
  for (const s of plan.sheets)
    if (!(state.host.workbookProtected && state.sheets.has(key(s.name)))) writes.push(visibilityWrite(s));
  return { writes, layouts, skipped, notices };
}

/** Applies a plan through a request context; never throws for host errors, it reports them. */
export async function applyPlan(
  ctx: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions,
): Promise<LoadResult> {
  const caps = options.capabilities;
  if (!caps.supportsExcelApi(MINIMUM_EXCEL_API)) return refuse(MESSAGES.tooOld(MINIMUM_EXCEL_API), 0);
  const maxSyncs = options.maxSyncs ?? 4;
  const budget = options.maxRequestBytes ?? 4_000_000;
  const progress = options.onProgress ?? (() => undefined);

  progress({ step: MESSAGES.probeStep, done: 0, total: 1 });
  let state: WorkbookState;
  try {
    state = await probeWorkbook(ctx, plan, caps);
  } catch (e) {
    return fail(MESSAGES.probeStep, e, 1, false, []);
  }
  for (const s of plan.sheets) {
    for (const t of s.tables.filter((x) => x.preserved)) {
      const existing = state.tables.get(key(t.name));
      const reason = existing
        ? checkPreserved(t, existing)
        : state.usedRanges.get(key(s.name))
          ? MESSAGES.sheetNotEmpty(s.name, t.name)
          : null;
      if (reason) return refuse(reason, state.syncs);
    }
  }
  const existing = plan.sheets.map((s) => s.name).filter((n) => state.sheets.has(key(n)));
  const added = plan.sheets.map((s) => s.name).filter((n) => !state.sheets.has(key(n)));
  const locked = protectionProblem(state.host, existing, added);
  if (locked) return refuse(translate('zh-CN', locked), state.syncs);
  for (const s of plan.sheets)
    for (const t of s.tables) {
      const others = [...state.otherTables, ...state.tables.values()];
      const other = tableInTheWay(s.name, t, state.tables.get(key(t.name)), others);
      if (other)
        return refuse(
          translate(
            'zh-CN',
            message('excel.tableInTheWay', { sheet: other.sheet, table: t.name, other: other.name }),
          ),
          state.syncs,
        );
    }

  const built = buildWrites(plan, state, options);
  const suspendCalc = hasFeature(caps, 'suspendCalculation');
  const suspendScreen = hasFeature(caps, 'suspendScreenUpdating');
  if (!suspendCalc)
    built.skipped.push({
      feature: 'suspendCalculation',
      requires: FEATURE_SETS.suspendCalculation,
      notice: MESSAGES.skipped(FEATURE_LABELS.suspendCalculation, FEATURE_SETS.suspendCalculation),
    });
  const batches = packBatches(built.writes, budget, 3 * OPERATION_OVERHEAD_BYTES);
  const manual = isManual(state.host);
  if (manual) built.notices.push(manualCalculationNotice());
  const total = state.syncs + batches.length;
  if (total > maxSyncs) built.notices.push(MESSAGES.overBudget(total, maxSyncs));

  let syncs = state.syncs;
  let largest = 0;
  for (const [i, batch] of batches.entries()) {
    const steps = [...new Set(batch.map((u) => u.step))];
    const step = MESSAGES.batchStep(i + 1, batches.length, steps);
    progress({ step, done: i + 1, total: batches.length + 1 });
    try {
      // Suspension lasts until the next sync only, so it is requested again in every batch.
      if (suspendCalc) ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (suspendScreen) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const u of batch) u.queue(ctx);
      // Manual calculation leaves every formula written stale: recalculate with the last write.
      if (manual && i === batches.length - 1) queueRecalculation(ctx);
      largest = Math.max(
        largest,
        batch.reduce((n, u) => n + u.bytes, 2 * OPERATION_OVERHEAD_BYTES),
      );
      syncs += 1;
      await ctx.sync();
    } catch (e) {
      const result = fail(step, e, syncs, i > 0, built.skipped);
      return { ...result, largestRequestBytes: largest, tables: Object.fromEntries(built.layouts) };
    }
  }
  return {
    ok: true,
    message: MESSAGES.done(syncs, built.skipped.length),
    syncs,
    largestRequestBytes: largest,
    skipped: built.skipped,
    notices: built.notices,
    tables: Object.fromEntries(built.layouts),
  };
}
