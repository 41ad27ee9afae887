/** Shows a cell to the user: activates its sheet and selects it, in one round trip. */
import { LedgerError } from '../domain/messages';
import { hostErrorCode, hostErrorMessage, isItemNotFound } from './hostErrors';

/**
 * Activates `sheet` and selects `address` on it (one sync); false when the sheet or the address does not exist.
 * Throws a LedgerError saying how to unhide the sheet when Excel refuses to activate a hidden one.
 */
export async function selectCell(
  ctx: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<boolean> {
  const worksheet = ctx.workbook.worksheets.getItem(sheet);
  // Excel selects only on the sheet it shows, so the sheet is activated first, in the same batch.
  worksheet.activate();
  worksheet.getRange(address).select();
  try {
    await ctx.sync();
    return true;
  } catch (e) {
    if (isItemNotFound(e) || hostErrorCode(e) === 'InvalidArgument') return false;
    if (hostErrorCode(e) === 'InvalidOperation') {
      const m = hostErrorMessage(e, { action: 'activate', sheet });
      throw new LedgerError(m.key, m.params);
    }
    throw e;
  }
}
