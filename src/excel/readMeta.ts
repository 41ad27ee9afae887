/** Reads the `_wp_meta` sheet's cells in one sync; interpreting them belongs to the workbook layer. */
import { SHEETS } from '../workbook/format';
import type { CellValue } from '../domain/entryCells';
import { toCellValue } from './cellValues';

/** The used cells of `_wp_meta`, from A1 (rows/columns before the used range are padded with nulls). */
export interface MetaSheet {
  address: string;
  cells: CellValue[][];
}

/** Reads `_wp_meta`; null when the sheet does not exist or is empty. */
export async function readMetaSheet(ctx: Excel.RequestContext): Promise<MetaSheet | null> {
  const used = ctx.workbook.worksheets
    .getItem(SHEETS.meta)
    .getUsedRangeOrNullObject(true)
    .load('address,values,valueTypes,rowIndex,columnIndex');
  try {
    await ctx.sync();
  } catch (e) {
    if (
      typeof e === 'object' &&
      e !== null &&
      'code' in e &&
      (e as { code: unknown }).code === 'ItemNotFound'
    )
      return null;
    throw e;
  }
  if (used.isNullObject) return null;
  const pad = (n: number) => new Array<CellValue>(n).fill(null);
  const cells: CellValue[][] = [];
  for (let i = 0; i < used.rowIndex; i++) cells.push([]);
  used.values.forEach((r, i) =>
    cells.push([...pad(used.columnIndex), ...r.map((v, j) => toCellValue(v, used.valueTypes[i]?.[j]))]),
  );
  return { address: used.address, cells };
}
