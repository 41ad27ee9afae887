/** Shows a cell to the user: activates its sheet and selects it, in one round trip. */

/** Activates `sheet` and selects `address` on it (one sync); false when the sheet or the address does not exist. */
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
    const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : null;
    if (code === 'ItemNotFound' || code === 'InvalidArgument') return false;
    throw e;
  }
}
