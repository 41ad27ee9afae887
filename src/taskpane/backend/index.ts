/**
 * Picks the backend for the host and loads it on demand, so the first screen carries neither the domain
 * code nor exceljs: inside Excel the office.js workbook, elsewhere the in-browser workbook.
 */
import type { LedgerBackend } from './types';

/** Loads the backend for the page: the live workbook inside Excel, the in-browser one outside. */
export async function createBackend(inExcel: boolean): Promise<LedgerBackend> {
  if (inExcel) {
    const [{ ExcelBackend }, { connectOfficeWorkbook }] = await Promise.all([
      import(/* webpackChunkName: "excel-backend" */ './excel/excelBackend'),
      import(/* webpackChunkName: "excel-backend" */ '../../excel/host'),
    ]);
    return new ExcelBackend(connectOfficeWorkbook());
  }
  const { BrowserBackend } = await import(
    /* webpackChunkName: "browser-backend" */ './browser/browserBackend'
  );
  return new BrowserBackend();
}
