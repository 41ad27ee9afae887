/**
 * The workbook open in Excel as a LedgerWorkbook: each port operation is one `Excel.run` batch with a constant
 * number of syncs whatever the number of entries, requests and responses under Excel on the web's 5 MB.
 * The summary's probe rides along with the read before it, so a summary costs what it did when it was one batch.
 */
import type { SheetRow } from '../domain/entryCells';
import { LedgerError, message, type Message } from '../domain/messages';
import type { EntriesLayout } from '../workbook/inspectEntries';
import { locateEntries } from '../workbook/inspectEntries';
import type { SheetPlan, WorkbookPlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { IssueSheet } from '../workbook/issueSheet';
import type {
  CollectionWrite,
  EditReport,
  EntriesMerge,
  EntryEdit,
  LedgerWorkbook,
  ReadPurpose,
  SummaryWrite,
  WriteReport,
} from '../ledger/port';
import { applyPlan, type SkippedFeature } from './applyPlan';
import { readForCollect, writeCollectionInExcel, type RecordState } from './collectWorkbook';
import { FEATURE_SETS, hasFeature, type HostCapabilities } from './capabilities';
import { hostErrorCode, hostErrorMessage, isTooLarge, type HostSituation } from './hostErrors';
import { readCompactEntries } from './compactEntries';
import { mergeEntriesInExcel } from './mergeEntries';
import { type HostState } from './probe';
import { readEntries, readWorkbook } from './readEntries';
import { toBase64, writeOwnedSheet } from './ownedSheet';
import { selectCell } from './selectCell';
import { queueSummaryProbe, writeSummarySheet, type SummaryProbe } from './summaryWorkbook';
import { editEntryCells, statusWritesAlone, writeIssueSheet } from './validateWorkbook';

/** Runs a batch function with a fresh request context (`Excel.run` in the host, the fake in tests). */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Opens base64 .xlsx bytes as a new workbook in a new window (`Excel.createWorkbook`, ExcelApi 1.8). */
export type WorkbookOpener = (base64: string) => Promise<void>;

/** What one port operation cost: round trips and the largest request and response. */
export interface OperationCost {
  operation:
    'read' | 'merge' | 'load' | 'validation' | 'edit' | 'summary' | 'select' | 'sheet' | 'open' | 'collect';
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
}

/** The step named in a host failure, for each operation. */
const STEPS: Record<OperationCost['operation'], Message> = {
  read: message('host.step.read'),
  merge: message('host.step.merge'),
  load: message('host.step.load'),
  validation: message('host.step.validation'),
  edit: message('host.step.edit'),
  summary: message('host.step.summary'),
  select: message('host.step.select'),
  sheet: message('host.step.sheet'),
  open: message('host.step.open'),
  collect: message('host.step.collect'),
};

function skippedMessages(skipped: readonly SkippedFeature[]): Message[] {
  return skipped.map((s) =>
    message('host.skipped', { feature: message(`feature.${s.feature}`), version: s.requires }),
  );
}

/** The live workbook behind the task pane. */
export class OfficeWorkbook implements LedgerWorkbook {
  private issuesSheetExists: boolean | null = null;
  /** Excel's state (protection, calculation mode) as the last read found it. */
  private host: HostState | null = null;
  private summaryProbe: SummaryProbe | null = null;
  /** The record sheets and tables as the last collect read found them (the collect write needs them). */
  private records: RecordState | null = null;
  /** The raw rows of the last read, for re-adding rows below the table on hosts without Table.resize. */
  private lastRawRows: SheetRow[] = [];
  /** What each operation of this session cost, newest last (tests and the bench read it). */
  readonly costs: OperationCost[] = [];

  constructor(
    private readonly run: ExcelRunner,
    /** What the host supports (`isSetSupported`). */
    readonly capabilities: HostCapabilities,
    /** Opens a workbook in a new window, where the host has it (host.ts passes `Excel.createWorkbook`). */
    private readonly opener: WorkbookOpener | null = null,
  ) {}

  /**
   * Runs a batch; anything Excel throws becomes a plain message: a code with its own advice (protection, cell
   * edit mode, a hidden sheet, too large a request) reads as that advice, any other names the step and the code.
   */
  private async batch<T>(
    operation: OperationCost['operation'],
    work: (ctx: Excel.RequestContext) => Promise<T>,
    situation: HostSituation = {},
  ): Promise<T> {
    try {
      return await this.run(work);
    } catch (e) {
      if (e instanceof LedgerError) throw e;
      const advice = hostErrorMessage(e, situation);
      if (advice.key !== 'excel.hostFailed') throw new LedgerError(advice.key, advice.params);
      throw new LedgerError('host.failed', { step: STEPS[operation], code: hostErrorCode(e) ?? '—' });
    }
  }

  private record(cost: OperationCost): void {
    this.costs.push(cost);
  }

  async read(purpose: ReadPurpose): Promise<WorkbookSnapshot> {
    const snapshot = await this.batch('read', async (ctx) => {
      if (purpose === 'summary') {
        const ride = queueSummaryProbe(ctx, this.capabilities);
        let compact: Awaited<ReturnType<typeof readCompactEntries>> = null;
        try {
          compact = await readCompactEntries(ride.ctx);
        } catch (e) {
          // Short columns holding long texts can make the compact read's blind first block too large for
          // Excel; the full read below sizes its blocks from what it measures.
          if (!isTooLarge(e)) throw e;
        }
        this.summaryProbe = ride.probe();
        if (compact) {
          this.record({
            operation: 'read',
            syncs: compact.syncs,
            largestRequestBytes: 0,
            largestResponseBytes: compact.largestResponseBytes,
          });
          return compact.snapshot;
        }
      }
      if (purpose === 'collect') {
        const done = await readForCollect(ctx);
        this.records = done.records;
        this.issuesSheetExists = done.read.issuesSheetExists;
        this.record({
          operation: 'read',
          syncs: done.read.syncs,
          largestRequestBytes: 0,
          largestResponseBytes: done.read.largestResponseBytes,
        });
        return done.read.snapshot;
      }
      const read =
        purpose === 'load' || purpose === 'status'
          ? await readWorkbook(ctx, this.capabilities)
          : await readEntries(ctx, undefined, this.capabilities);
      this.issuesSheetExists = read.issuesSheetExists;
      this.host = read.host ?? null;
      this.record({
        operation: 'read',
        syncs: read.syncs,
        largestRequestBytes: 0,
        largestResponseBytes: read.largestResponseBytes,
      });
      return read.snapshot;
    });
    const located = locateEntries(snapshot);
    this.lastRawRows = located.found ? located.rawRows : [];
    return snapshot;
  }

  async mergeEntries(merge: EntriesMerge): Promise<WriteReport> {
    const rows = this.lastRawRows;
    const done = await this.batch('merge', (ctx) =>
      mergeEntriesInExcel(ctx, merge.layout, merge.rowsBelow, rows, this.capabilities),
    );
    this.record({ operation: 'merge', syncs: done.syncs, largestRequestBytes: 0, largestResponseBytes: 0 });
    return { skipped: [], notices: [] };
  }

  async applyPlan(plan: WorkbookPlan): Promise<WriteReport> {
    const result = await this.batch('load', (ctx) =>
      applyPlan(ctx, plan, { capabilities: this.capabilities }),
    );
    this.record({
      operation: 'load',
      syncs: result.syncs,
      largestRequestBytes: result.largestRequestBytes,
      largestResponseBytes: 0,
    });
    if (!result.ok) throw new LedgerError('host.refused', { reason: result.message });
    // A new schema: the 校验结果 sheet and the summary probe are re-read next time.
    this.summaryProbe = null;
    return {
      skipped: skippedMessages(result.skipped),
      notices: result.notices
        .filter((n) => !result.skipped.some((s) => s.notice === n))
        .map((n) => message('host.note', { text: n })),
    };
  }

  async writeIssueSheet(layout: EntriesLayout, output: IssueSheet): Promise<WriteReport> {
    const done = await this.batch('validation', async (ctx) => {
      let syncs = 0;
      let exists = this.issuesSheetExists;
      if (exists === null) {
        const sheet = ctx.workbook.worksheets.getItemOrNullObject(output.sheet.name).load('name');
        await ctx.sync();
        syncs += 1;
        exists = !sheet.isNullObject;
      }
      const cost = await writeIssueSheet(ctx, layout, output, {
        capabilities: this.capabilities,
        issuesSheetExists: exists,
        ...(this.host ? { host: this.host } : {}),
      });
      return { ...cost, syncs: syncs + cost.syncs };
    });
    this.issuesSheetExists = true;
    this.record({
      operation: 'validation',
      syncs: done.syncs,
      largestRequestBytes: done.largestRequestBytes,
      largestResponseBytes: 0,
    });
    const skipped: Message[] = hasFeature(this.capabilities, 'conditionalFormats')
      ? []
      : [
          message('host.skipped', {
            feature: message('feature.conditionalFormats'),
            version: FEATURE_SETS.conditionalFormats,
          }),
        ];
    return { skipped, notices: done.notices };
  }

  async editEntries(layout: EntriesLayout, edits: readonly EntryEdit[]): Promise<EditReport> {
    const done = await this.batch('edit', (ctx) => editEntryCells(ctx, layout, edits, this.capabilities));
    this.record({
      operation: 'edit',
      syncs: done.syncs,
      largestRequestBytes: done.largestRequestBytes,
      largestResponseBytes: 0,
    });
    return { written: done.written, skipped: done.skipped };
  }

  async writeSummary(layout: EntriesLayout, write: SummaryWrite): Promise<WriteReport> {
    const probe = this.summaryProbe ?? undefined;
    this.summaryProbe = null;
    const done = await this.batch('summary', (ctx) =>
      writeSummarySheet(ctx, write.sheet, write.names, {
        capabilities: this.capabilities,
        ...(probe ? { probe } : {}),
        before: statusWritesAlone(layout, write.statuses),
      }),
    );
    this.record({
      operation: 'summary',
      syncs: done.syncs,
      largestRequestBytes: done.largestRequestBytes,
      largestResponseBytes: 0,
    });
    return {
      skipped: skippedMessages(done.skipped),
      notices: done.manual ? [message('excel.manualCalculation')] : [],
    };
  }

  /** Replaces (or adds) a sheet the add-in writes on request, such as 通报 (two syncs). */
  async writeOwnedSheet(sheet: SheetPlan): Promise<WriteReport> {
    const done = await this.batch('sheet', (ctx) => writeOwnedSheet(ctx, sheet));
    this.record({
      operation: 'sheet',
      syncs: done.syncs,
      largestRequestBytes: done.largestRequestBytes,
      largestResponseBytes: 0,
    });
    return { skipped: [], notices: [] };
  }

  /** Whether this Excel can open a workbook in a new window (ExcelApi 1.8 and an opener). */
  canOpenWorkbookCopy(): boolean {
    return this.opener !== null && this.capabilities.supportsExcelApi('1.8');
  }

  /** Opens .xlsx bytes (a return form) as a new workbook in its own Excel window; the open workbook is untouched. */
  async openWorkbookCopy(bytes: Uint8Array): Promise<void> {
    const opener = this.opener;
    if (!opener || !this.capabilities.supportsExcelApi('1.8'))
      throw new LedgerError('host.cannotOpenWorkbook', { version: '1.8' });
    try {
      await opener(toBase64(bytes));
    } catch (e) {
      throw new LedgerError('host.failed', { step: STEPS.open, code: hostErrorCode(e) ?? '—' });
    }
  }

  async writeCollection(write: CollectionWrite): Promise<WriteReport> {
    const records = this.records ?? {
      sheets: new Set<string>(),
      tables: new Set<string>(),
      usedBottom: new Map<string, number>(),
      entriesBottom: null,
    };
    const done = await this.batch('collect', (ctx) =>
      writeCollectionInExcel(ctx, write, records, this.capabilities),
    );
    this.records = records;
    this.record({
      operation: 'collect',
      syncs: done.syncs,
      largestRequestBytes: done.largestRequestBytes,
      largestResponseBytes: 0,
    });
    return { skipped: [], notices: [] };
  }

  /** Activates a sheet and selects a cell or range on it (one sync); false when either does not exist. */
  selectCell(sheet: string, address: string): Promise<boolean> {
    return this.batch('select', (ctx) => selectCell(ctx, sheet, address), { action: 'activate', sheet });
  }
}
