/** Loads exceljs on demand, so the task pane's first screen does not carry its weight. */
import type ExcelJsModule from 'exceljs';

/** The exceljs namespace. */
export type ExcelJs = typeof ExcelJsModule;

/** Imports exceljs; bundlers and Node's CommonJS interop put the namespace on `default` or on the module itself. */
export async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as unknown as { default?: ExcelJs } & ExcelJs;
  return mod.default ?? mod;
}
