/**
 * The in-browser backend: the same screens outside Excel, on a workbook held in memory (src/xlsx's XlsxLedger,
 * exceljs loaded on demand). This is the demo, the fallback for staff who cannot sideload, and what the browser
 * tests drive. Opening an .xlsx holds that file; downloading writes it with every entry inside the table and
 * both generated sheets (校验结果 and 汇总).
 */
import { ENTRY_COLUMNS, type CellValue, type EntryColumn } from '../../../domain/entryCells';
import { LedgerError } from '../../../domain/messages';
import { LedgerSession } from '../../../ledger/session';
import { runSteps } from '../../../ledger/steps';
import { XlsxLedger } from '../../../xlsx/xlsxLedger';
import { APP_VERSION } from '../../version';
import { SessionBackend } from '../sessionBackend';
import { paneControl } from '../steps';
import type { EntryEditor, ProgressListener } from '../types';

/** The name a new in-browser workbook downloads as. */
const NEW_WORKBOOK_NAME = '工作要点台账.xlsx';

/** `台账-2021年上半年.xlsx` from `台账.xlsx` and the period (a name that already ends with the period keeps it). */
export function downloadName(name: string, period: string | null): string {
  const stem = name.replace(/\.xlsx$/i, '');
  if (!period || stem.endsWith(period)) return `${stem}.xlsx`;
  return `${stem}-${period}.xlsx`;
}

/** The in-browser workbook behind the pane. */
export class BrowserBackend extends SessionBackend {
  readonly kind = 'browser' as const;
  protected session: LedgerSession;
  private book: XlsxLedger;
  private name = NEW_WORKBOOK_NAME;
  private selection: { row: number; column: EntryColumn | null } | null = null;
  /** Whether what the user put in (schema, entries, fixes) has changed since the workbook was opened or downloaded. */
  private dirty = false;

  constructor(private readonly now: () => Date = () => new Date()) {
    super();
    this.book = XlsxLedger.empty();
    this.session = new LedgerSession(this.book, APP_VERSION, now);
  }

  hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** Runs a change to what the user put in and remembers that it is not downloaded yet. */
  private async changing<T>(work: Promise<T>): Promise<T> {
    const done = await work;
    this.dirty = true;
    return done;
  }

  override loadSchema(...args: Parameters<SessionBackend['loadSchema']>) {
    return this.changing(super.loadSchema(...args));
  }

  override async rereadSchema(...args: Parameters<SessionBackend['rereadSchema']>) {
    const done = await super.rereadSchema(...args);
    // Only a write changes the workbook (a refusal or tables that changed nothing leave it as it was).
    if (done.status === 'written') this.dirty = true;
    return done;
  }

  override applyFixes(...args: Parameters<SessionBackend['applyFixes']>) {
    return this.changing(super.applyFixes(...args));
  }

  override mergeEntries(...args: Parameters<SessionBackend['mergeEntries']>) {
    return this.changing(super.mergeEntries(...args));
  }

  protected workbookName(): string {
    return this.name;
  }

  readonly entries: EntryEditor = {
    rows: async () => {
      const table = this.book.entries();
      if (!table) return [];
      const picks = ENTRY_COLUMNS.map((h) => table.headers.indexOf(h));
      return table.rows.map((r) => ({
        row: r.row,
        values: picks.map((p) => (p < 0 ? null : (r.values[p] ?? null))),
      }));
    },
    choices: () => this.choices(),
    add: async (values: Partial<Record<EntryColumn, CellValue>>) => {
      if (!(await this.session.schema())) throw new LedgerError('session.noSchema');
      const row = this.book.appendEntry(values);
      this.dirty = true;
      return row;
    },
    update: async (row: number, column: EntryColumn, value: CellValue) => {
      if (this.book.setEntryCell(row, column, value)) this.dirty = true;
    },
    remove: async (row: number) => {
      this.book.removeEntry(row);
      this.selection = null;
      this.dirty = true;
    },
    selected: () => this.selection,
  };

  async selectCell(row: number, column: EntryColumn | null): Promise<boolean> {
    this.selection = { row, column };
    return true;
  }

  /** Opens an .xlsx into the pane, replacing the in-browser workbook. */
  async openWorkbook(bytes: Uint8Array, name: string): Promise<void> {
    let opened: XlsxLedger;
    try {
      opened = await XlsxLedger.open(bytes);
    } catch (error) {
      throw new LedgerError('session.openFailed', {
        file: name,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    this.book = opened;
    this.session = new LedgerSession(opened, APP_VERSION, this.now);
    this.name = name;
    this.selection = null;
    this.dirty = false;
  }

  /**
   * The workbook as .xlsx bytes: every entry inside the table, validation and the summary current (for the last
   * periods chosen, else the latest period with entries), the user's own sheets carried over.
   */
  async download(
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    if (!(await this.session.schema())) throw new LedgerError('session.noSchema');
    const control = paneControl(onProgress, signal);
    const status = await this.session.status();
    if (status.rowsOutside > 0) await this.session.mergeEntries(control);
    const validation = await this.session.validate(
      this.session.lastValidation?.result.period ?? undefined,
      control,
    );
    const period = status.lastSummary?.period ?? validation.result.period ?? status.periods[0];
    if (period) await this.session.summarize(period, control);
    let bytes: Uint8Array | null = null;
    await runSteps(
      [{ key: 'buildFile', run: async () => void (bytes = await this.book.toBytes(APP_VERSION)) }],
      control,
    );
    if (!bytes) throw new LedgerError('job.cancelled');
    this.dirty = false;
    return { name: downloadName(this.name, period ?? null), bytes };
  }
}
