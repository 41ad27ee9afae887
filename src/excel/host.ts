/** The one file that calls `Excel.run` and `Office.context`: everything else is handed a context. */
import { type HostCapabilities } from './capabilities';
import { type ExcelRunner, OfficeWorkbook } from './officeWorkbook';

/** Runs batches through the real Office.js host. */
export const officeRunner: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/** Capabilities of the running Office host. */
export const officeCapabilities: HostCapabilities = {
  supportsExcelApi: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
};

/** Opens a workbook in a new Excel window (`Excel.createWorkbook`, ExcelApi 1.8; checked by the caller). */
export const officeOpener = (base64: string): Promise<void> => Excel.createWorkbook(base64);

/** The workbook open in the running Excel. */
export function connectOfficeWorkbook(): OfficeWorkbook {
  return new OfficeWorkbook(officeRunner, officeCapabilities, officeOpener);
}
