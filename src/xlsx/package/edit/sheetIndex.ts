/**
 * Where things are in a worksheet's XML text, for the editor: the scan the reader makes (sheetScan.ts) carries
 * each row's and cell's offsets, so a sheet that was read is not parsed again; one that was not is scanned here.
 */
import { scanSheet, type ScannedCell, type ScannedRow, type ScannedSheet } from '../sheetScan';

/** The index of one worksheet text. */
export type SheetIndex = ScannedSheet;
/** A `<row>` element. */
export type IndexedRow = ScannedRow;
/** A `<c>` element. */
export type IndexedCell = ScannedCell;
export type { CellChild, IndexedTag } from '../sheetScan';

/** Indexes a worksheet text (offsets only, no values). */
export function indexSheet(text: string): SheetIndex {
  return scanSheet(text);
}
