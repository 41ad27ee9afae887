/**
 * The workbook package engine: open an .xlsx/.xlsm as an OPC package, read the ledger from the cells that exist,
 * and write surgical edits that leave every part the add-in does not own byte for byte.
 */
export { XlsxPackage } from './xlsxPackage';
export {
  readPackageSnapshot,
  readWorkbookPackage,
  MAX_BLANK_RUN,
  type ReadOptions,
  type ReadScope,
} from './readSnapshot';
export {
  PackageEditor,
  type CellEdit,
  type NewTable,
  type RawDeflate,
  type RowMove,
  type SheetPlacement,
} from './edit/packageEditor';
export type { SheetEntry, DefinedNameEntry, WorkbookInfo } from './workbookPart';
export type { TableEntry } from './tablePart';
