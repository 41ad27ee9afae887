/**
 * Writes the ledgers the schema-tables suite opens: the built-in schema with the journey rows, its 责任分工 edited
 * as an office would (省财政厅 made lead of item 5), and the same ledger with a duty naming a unit not in 单位.
 * Run through the tsx CLI (dynamic imports need its loader): `tsx tests/e2e/makeEditedLedger.ts OUT_DIR`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { TABLES } from '../../src/workbook/format';
import { typeIntoTables, type TableCellEdit } from '../support/schemaTableCells';
import { JOURNEY_ROWS } from '../taskpane/journeyRows';

const MOVE: TableCellEdit = {
  table: TABLES.duties,
  where: { 序号: 5, 单位: '省财政厅' },
  header: '分工',
  value: '牵头',
};
const BROKEN: TableCellEdit = { ...MOVE, header: '单位', value: '省不存在局' };

async function main(dir: string): Promise<void> {
  const never = new AbortController().signal;
  const quiet = () => undefined;
  const backend = new BrowserBackend();
  await backend.loadSchema((await backend.previewBuiltin()).schema, quiet, never);
  for (const row of JOURNEY_ROWS) await backend.entries.add(row);
  const bytes = (await backend.download(quiet, never)).bytes;
  writeFileSync(join(dir, '台账-已修改.xlsx'), await typeIntoTables(bytes, [MOVE]));
  writeFileSync(join(dir, '台账-有误.xlsx'), await typeIntoTables(bytes, [BROKEN]));
}

void main(process.argv[2] ?? '.');
