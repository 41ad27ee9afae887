/**
 * Loading a schema into a workbook: syncs and largest request through the Excel writer (against the strict fake)
 * for 0 / 10,000 / 100,000 entries, and .xlsx write + read of 100,000 entries beside exceljs's bare read.
 */
import { builtinSchema } from '../src/domain/builtin';
import { COLUMNS, SHEETS, TABLES } from '../src/workbook/format';
import type { CellValue } from '../src/domain/entryCells';
import { planWorkbook } from '../src/workbook/planWorkbook';
import { loadExcelJs } from '../src/xlsx/loadExcelJs';
import { readWorkbookXlsx } from '../tests/support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../src/xlsx/writePlanToXlsx';
import { fakeWorkbook } from '../tests/excel/fakeContext';
import { entryRow } from '../tests/excel/handPlan';
import { createExcelFake } from '../tests/support/excelFake';
import { type Benchmark, label, ms } from './harness';

const MB = 1024 * 1024;

function entries(count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => entryRow(i) as CellValue[]);
}

async function excelBudget(count: number): Promise<string> {
  const fake = createExcelFake();
  const rows = entries(count);
  if (count > 0) fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
  const existing = count > 0 ? { entries: { headers: [...COLUMNS.entries], rows } } : undefined;
  const result = await fakeWorkbook(fake).loadPlan(planWorkbook(builtinSchema(), existing));
  const ok = result.ok ? 'ok' : `failed: ${result.message}`;
  return `${label(`Excel load, ${count.toLocaleString('en-US')} entries`)} syncs ${fake.stats.syncs}, largest request ${(fake.stats.maxRequestBytes / MB).toFixed(2)} MB (${ok})`;
}

async function elapsed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The benchmark registered in bench/run.ts. */
export const benchmark: Benchmark = {
  name: 'workbook load (Excel writer budgets, .xlsx round trip)',
  async run(print) {
    for (const count of [0, 10_000, 100_000]) print(await excelBudget(count));

    const count = 100_000;
    const plan = planWorkbook(builtinSchema(), {
      entries: { headers: [...COLUMNS.entries], rows: entries(count) },
    });
    let bytes: Uint8Array = new Uint8Array();
    const write = await elapsed(async () => {
      bytes = await writePlanToXlsx(plan);
    });
    let readRows = 0;
    const read = await elapsed(async () => {
      const snapshot = await readWorkbookXlsx(bytes);
      readRows = snapshot.tables.find((t) => t.name === TABLES.entries)?.rows.length ?? 0;
    });
    const ExcelJS = await loadExcelJs();
    const bare = await elapsed(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    });
    print(
      `${label('.xlsx write, 100,000 entries')} ${ms(write)} (${(bytes.length / MB).toFixed(1)} MB file)`,
    );
    print(`${label('.xlsx read, 100,000 entries')} ${ms(read)} (${readRows.toLocaleString('en-US')} rows)`);
    print(`${label('exceljs bare load of the same file')} ${ms(bare)}`);
    print(`${label('read / bare load')} ${(read / bare).toFixed(2)}×`);
  },
};
