/** The bulletin's fixture ledger as an .xlsx file, optionally with 报送截止 and collection records, and an in-memory run of the command. */
import { createBulletinCommand } from '../../src/cli/commands/bulletin';
import type { Command } from '../../src/cli/command';
import type { SheetRow } from '../../src/domain/entryCells';
import type { Schema } from '../../src/domain/schema';
import { COLUMNS, TABLES } from '../../src/workbook/format';
import type { PlanValue, WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { BULLETIN_ROWS, bulletinSchema } from '../fixtures/bulletin/bulletinLedger';
import { memoryIo, type MemoryIo } from '../support/memoryIo';

/** What the collect step will add (issue 15): 报送截止 per period, and WP_Imports rows. */
export interface CollectionRecords {
  /** 报送截止 by period label, as the cell holds it (a date serial or text). */
  deadlines?: Record<string, PlanValue>;
  /** WP_Imports rows: 单位, 报告期, 导入时间 (serial or text), 结果. */
  imports?: [string, string, PlanValue, string][];
}

function withCollection(plan: WorkbookPlan, records: CollectionRecords): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => ({
    ...sheet,
    tables: sheet.tables.map((table) => {
      if (table.name !== TABLES.periods || !records.deadlines) return table;
      const deadlines = records.deadlines;
      // Format 2 has the column; a ledger of format 1 gets it added, as the office would.
      const at = table.columns.findIndex((c) => c.header === '报送截止');
      if (at >= 0)
        return {
          ...table,
          rows: table.rows.map((row) =>
            row.map((v, j) => (j === at ? (deadlines[String(row[0])] ?? null) : v)),
          ),
        };
      return {
        ...table,
        columns: [...table.columns, { header: '报送截止', numberFormat: 'yyyy-mm-dd' }],
        rows: table.rows.map((row) => [...row, deadlines[String(row[0])] ?? null]),
      };
    }),
  }));
  if (records.imports)
    sheets.push({
      name: '回收记录',
      visibility: 'visible',
      cells: [],
      freezeRows: 1,
      conditionalFormats: [],
      tables: [
        {
          name: 'WP_Imports',
          topLeft: 'A1',
          columns: ['单位', '报告期', '导入时间', '结果'].map((header) => ({ header })),
          rows: records.imports,
          style: 'TableStyleLight1',
          preserved: false,
        },
      ],
    });
  return { ...plan, sheets };
}

/** The fixture ledger as units return it (校验状态 blank), as .xlsx bytes, with its schema and rows. */
export async function bulletinBook(
  records: CollectionRecords = {},
): Promise<{ schema: Schema; bytes: Uint8Array; rows: SheetRow[] }> {
  const schema = bulletinSchema();
  const rows = BULLETIN_ROWS.map((row) => [...row]);
  const plan = planWorkbook(
    schema,
    { entries: { headers: [...COLUMNS.entries], rows } },
    { appVersion: 'test' },
  );
  const bytes = await writePlanToXlsx(withCollection(plan, records));
  return { schema, bytes, rows: rows.map((values, i) => ({ row: i + 2, values })) };
}

/** An in-memory run of `workpoints bulletin` (today is 2021-07-15): the io, and the command to run on it. */
export function bulletinRun(
  files: Map<string, Uint8Array>,
  failWrites = false,
): MemoryIo & { bulletin: Command } {
  return Object.assign(memoryIo(files, { failWrites }), {
    bulletin: createBulletinCommand(() => '2021-07-15'),
  });
}
