/**
 * Cost of the schema tables on every read: reading the schema back from 工作任务, 责任分工, 目标指标 and 单位 and
 * comparing it with `_wp_meta` (what every validation, summary and status now does), and the Excel response the
 * four tables add to the first sync of a read.
 */
import { builtinSchema } from '../src/domain/builtin';
import { BUILTIN_NOTICE_TEXT } from '../src/domain/builtin/notice2021';
import { parseNotice } from '../src/domain/notice/parseNotice';
import type { Schema } from '../src/domain/schema';
import { withRegistryAliases } from '../src/domain/units/aliases';
import { TABLES } from '../src/workbook/format';
import { planWorkbook } from '../src/workbook/planWorkbook';
import { schemaFromTables } from '../src/workbook/schemaTables/schemaFromTables';
import { schemaTablesEdited } from '../src/workbook/schemaTables/tablesEdited';
import { applyPlanToSnapshot } from '../src/workbook/snapshotEdits';
import { Benchmark, label, ms, time } from './harness';
import { largeNotice } from './largeNotice';

const SCHEMA_TABLES: string[] = [TABLES.items, TABLES.duties, TABLES.targets, TABLES.units];

function measure(print: (line: string) => void, name: string, schema: Schema, runs: number): void {
  const stored = withRegistryAliases(schema);
  const snapshot = applyPlanToSnapshot({ sheets: [], tables: [], meta: null }, planWorkbook(stored));
  const tables = snapshot.tables.filter((t) => SCHEMA_TABLES.includes(t.name));
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  // What Excel answers for the four ranges: values and value types, as the read estimates it.
  const bytes = tables.reduce(
    (n, t) => n + 2 * JSON.stringify([t.headers, ...t.rows.map((r) => r.values)]).length,
    0,
  );
  print(
    `${name}: ${stored.items.length} items, ${rows} rows in the four tables, ~${Math.round(bytes / 1024)} KB more in the first sync's response, median of ${runs} runs`,
  );
  print(`  ${label('schemaFromTables')}${ms(time(() => schemaFromTables(snapshot, stored), runs).median)}`);
  print(
    `  ${label('schemaTablesEdited (every read)')}${ms(time(() => schemaTablesEdited(snapshot, stored), runs).median)}`,
  );
}

/** The schema-tables benchmark. */
export const benchmark: Benchmark = {
  name: 'schemaTables',
  run(print) {
    measure(print, 'built-in schema', builtinSchema(), 30);
    measure(
      print,
      'schema of the 1 MB notice',
      parseNotice(largeNotice(BUILTIN_NOTICE_TEXT, 1024 * 1024).text).schema,
      5,
    );
  },
};
