/**
 * The backend inside Excel: the ledger session over the open workbook (src/excel's OfficeWorkbook, the only
 * layer that touches office.js), plus selecting a cell in the sheet and opening a return form in a new window.
 */
import type { EntryColumn } from '../../../domain/entryCells';
import type { OfficeWorkbook } from '../../../excel/officeWorkbook';
import { LedgerSession } from '../../../ledger/session';
import { COLUMNS } from '../../../workbook/format';
import { APP_VERSION } from '../../version';
import { SessionBackend } from '../sessionBackend';
import { cellToSelect } from './excelSupport';

/** The open Excel workbook behind the pane. */
export class ExcelBackend extends SessionBackend {
  readonly kind = 'excel' as const;
  protected session: LedgerSession;
  /** Opens a return form in a new Excel window; absent where this Excel cannot (below ExcelApi 1.8). */
  readonly openForm?: (bytes: Uint8Array) => Promise<void>;

  constructor(private readonly workbook: OfficeWorkbook) {
    super();
    this.session = new LedgerSession(workbook, APP_VERSION);
    if (workbook.canOpenWorkbookCopy()) this.openForm = (bytes) => workbook.openWorkbookCopy(bytes);
  }

  protected workbookName(): string {
    return 'Excel';
  }

  async selectCell(row: number, column: EntryColumn | null): Promise<boolean> {
    const layout = this.session.lastValidation?.ledger.layout ?? null;
    const target = cellToSelect(layout, row, column === null ? -1 : COLUMNS.entries.indexOf(column));
    return this.workbook.selectCell(target.sheet, target.address);
  }
}
