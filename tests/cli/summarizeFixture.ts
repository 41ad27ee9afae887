/** A ledger workbook built from tests/fixtures/summary. */
import type { NormalizedEntry } from '../../src/domain/entries';
import type { Schema } from '../../src/domain/schema';
import { validateEntries } from '../../src/domain/validation';
import { COLUMNS } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { miniSchema } from '../fixtures/summary/miniSchema';

/** The fixture ledger as a unit returns it: raw entries, 校验状态 still blank. */
export async function fixtureBook(): Promise<{
  schema: Schema;
  bytes: Uint8Array;
  entries: NormalizedEntry[];
}> {
  const schema = miniSchema();
  const rows = ENTRY_ROWS.map((row) => [...row]);
  const bytes = await writePlanToXlsx(
    planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows } }, { appVersion: 'test' }),
  );
  // What the command must count: the fixture rows validated as a whole.
  const { normalized } = validateEntries(
    schema,
    rows.map((values, i) => ({ row: i + 2, values })),
  );
  return { schema, bytes, entries: normalized };
}
