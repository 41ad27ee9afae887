/**
 * What both pane backends share: the ledger session's use cases with the pane's progress, cancellation and
 * repaint between steps. A backend adds only what its host has (cells to select in Excel; the entry grid,
 * opening and downloading in the browser).
 */
import type { Schema } from '../../domain/schema';
import type { Summary } from '../../domain/summary/types';
import type { ValidationResult } from '../../domain/validation/types';
import type { EntryColumn } from '../../domain/entryCells';
import type { BulletinDocument } from '../../domain/bulletin/types';
import type { Locale, Message } from '../../domain/messages/model';
import type { LedgerBulletin } from '../../ledger/bulletin';
import type { LedgerReturns } from '../../ledger/returns';
import type { EntriesLayout } from '../../workbook/inspectEntries';
import type { ReturnFormProgress } from '../../workbook/returnForms';
import { entryChoices } from '../state/choices';
import type { LoadOutcome } from '../../ledger/loadSchema';
import type { SchemaPreview } from '../../ledger/previewSchema';
import type { RereadOutcome, TablesPreview } from '../../ledger/rereadSchema';
import type { MergeOutcome } from '../../ledger/readLedger';
import type { LedgerSession } from '../../ledger/session';
import type { ProgressListener } from '../../ledger/steps';
import type { CollectOptions, CollectOutcome, ReturnedFile } from '../../ledger/collect';
import { paneControl, yieldToBrowser } from './steps';
import type { CollectResult, EntryChoices, FixOutcome, LedgerBackend, PaneStatus, PickedFile } from './types';

/** The shared part of the pane's backends. */
export abstract class SessionBackend implements LedgerBackend {
  abstract readonly kind: 'browser' | 'excel';
  protected abstract session: LedgerSession;
  /** The name shown for the workbook. */
  protected abstract workbookName(): string;

  abstract selectCell(row: number, column: EntryColumn | null): Promise<boolean>;

  async status(): Promise<PaneStatus> {
    return { ...(await this.session.status()), workbookName: this.workbookName() };
  }

  previewBuiltin(): Promise<SchemaPreview> {
    return this.session.previewBuiltin();
  }

  previewNotice(text: string): Promise<SchemaPreview> {
    return this.session.previewNotice(text);
  }

  previewSchemaFile(text: string): Promise<SchemaPreview> {
    return this.session.previewSchemaFile(text);
  }

  loadSchema(schema: Schema, onProgress: ProgressListener, signal: AbortSignal): Promise<LoadOutcome> {
    return this.session.loadSchema(schema, paneControl(onProgress, signal));
  }

  previewTables(onProgress: ProgressListener, signal: AbortSignal): Promise<TablesPreview> {
    return this.session.previewTables(paneControl(onProgress, signal));
  }

  rereadSchema(expected: string, onProgress: ProgressListener, signal: AbortSignal): Promise<RereadOutcome> {
    return this.session.rereadSchema(expected, paneControl(onProgress, signal));
  }

  async validate(
    period: string,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<ValidationResult> {
    return (await this.session.validate(period, paneControl(onProgress, signal))).result;
  }

  async applyFixes(
    issueIds: readonly string[],
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<FixOutcome> {
    const done = await this.session.applyFixes(issueIds, paneControl(onProgress, signal));
    return { changes: done.changes, result: done.validation.result };
  }

  async summarize(period: string, onProgress: ProgressListener, signal: AbortSignal): Promise<Summary> {
    return (await this.session.summarize(period, paneControl(onProgress, signal))).summary;
  }

  mergeEntries(onProgress: ProgressListener, signal: AbortSignal): Promise<MergeOutcome> {
    return this.session.mergeEntries(paneControl(onProgress, signal));
  }

  async choices(): Promise<EntryChoices> {
    return entryChoices(await this.session.schema());
  }

  async returns(
    period: string,
    units: readonly string[],
    onUnit: (progress: ReturnFormProgress) => void,
    signal: AbortSignal,
  ): Promise<LedgerReturns> {
    // exceljs comes with the form writer, in its own chunk: the first screen never carries it.
    const { writeReturnForm } = await import(
      /* webpackChunkName: "return-forms" */ '../../xlsx/writeReturnForm'
    );
    return this.session.returns({
      period,
      units,
      write: writeReturnForm,
      // Each form is a step the user sees: report it, then let the browser paint before the next.
      onUnit: async (progress) => {
        onUnit(progress);
        await yieldToBrowser();
      },
      signal,
    });
  }

  bulletin(period: string, nextSteps: readonly string[] | null, locale: Locale): Promise<LedgerBulletin> {
    return this.session.bulletin(period, nextSteps, locale);
  }

  writeBulletinSheet(
    bulletin: BulletinDocument,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<void> {
    return this.session.writeBulletinSheet(bulletin, paneControl(onProgress, signal));
  }

  /** The session's options for a collect: SheetJS loaded only now (its own chunk), the pane's progress. */
  private async collectOptions(
    period: string | null,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<CollectOptions> {
    const { readReturnedFile } = await import(
      /* webpackChunkName: "returned-forms" */ '../../xlsx/readReturnedFile'
    );
    return {
      ...paneControl(onProgress, signal),
      ...(period === null ? {} : { period }),
      importedAt: new Date(),
      read: readReturnedFile,
    };
  }

  async previewCollect(
    files: readonly PickedFile[],
    period: string | null,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<CollectOutcome> {
    return this.session.previewCollect(
      files.map(returnedFile),
      await this.collectOptions(period, onProgress, signal),
    );
  }

  async collect(
    files: readonly PickedFile[],
    period: string | null,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<CollectResult> {
    const done = await this.session.collect(
      files.map(returnedFile),
      await this.collectOptions(period, onProgress, signal),
    );
    const { validation, skipped: _skipped, ...outcome } = done;
    return { ...outcome, result: validation.result };
  }

  lastValidation(): ValidationResult | null {
    return this.session.lastValidation?.result ?? null;
  }

  validationNotices(): Message[] {
    return this.session.lastValidation?.notices ?? [];
  }

  entriesLayout(): EntriesLayout | null {
    return this.session.lastValidation?.ledger.layout ?? null;
  }
}

/** A picked file as the collect use case takes it. */
function returnedFile(file: PickedFile): ReturnedFile {
  return { path: file.name, name: file.name, bytes: file.bytes, fileTime: file.lastModified };
}
