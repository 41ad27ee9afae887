/**
 * 完成时限 in `WP_Items` (workbook format 3): written from each item's deadline as a real date, and filled in on
 * reading a ledger written before format 3 from the schema its `_wp_meta` stores.
 */
import { COLUMNS, ITEM_DEADLINE_COLUMN, TABLES, WORKBOOK_FORMAT_VERSION } from '../../src/workbook/format';
import { isoDateToSerial } from '../../src/workbook/excelDate';
import { META_KEYS } from '../../src/workbook/meta';
import { migrateSnapshot } from '../../src/workbook/migrate';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { storedSchema } from '../../src/workbook/reader';
import type { TableSnapshot, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { applyPlanToSnapshot } from '../../src/workbook/snapshotEdits';
import { smallSchema } from './fixtures/smallSchema';

function withDeadlines() {
  const schema = smallSchema();
  schema.items[0]!.deadline = '2021-06-30';
  schema.items[2]!.deadline = '2021-12-31';
  return schema;
}

function table(snapshot: WorkbookSnapshot, name: string): TableSnapshot {
  const found = snapshot.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

const deadlineCells = (t: TableSnapshot) =>
  t.rows.map((r) => r.values[t.headers.indexOf(ITEM_DEADLINE_COLUMN)]);

/** The ledger a format-2 writer made of the schema: no 完成时限 column, version 2 recorded. */
function formatTwo(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const items = table(snapshot, TABLES.items);
  const at = items.headers.indexOf(ITEM_DEADLINE_COLUMN);
  const drop = <T>(list: readonly T[]) => list.filter((_, i) => i !== at);
  const older: TableSnapshot = {
    ...items,
    headers: drop(items.headers),
    rows: items.rows.map((r) => ({ row: r.row, values: drop(r.values) })),
    numberFormats: drop(items.numberFormats),
  };
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => (t === items ? older : t)),
    meta: (snapshot.meta ?? []).map((row) => (row[0] === META_KEYS.formatVersion ? [row[0], 2] : row)),
  };
}

describe('完成时限 in WP_Items', () => {
  it('ends WP_Items with 完成时限: an Excel date where the item has a deadline, blank where it has none', () => {
    const plan = planWorkbook(withDeadlines());
    const items = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.items);
    expect(items?.columns.map((c) => c.header)).toEqual([...COLUMNS.items]);
    expect(COLUMNS.items[COLUMNS.items.length - 1]).toBe(ITEM_DEADLINE_COLUMN);
    expect(items?.columns.at(-1)?.numberFormat).toBe('yyyy-mm-dd');
    expect(items?.rows.map((r) => r.at(-1))).toEqual([
      isoDateToSerial('2021-06-30'),
      null,
      isoDateToSerial('2021-12-31'),
      null,
    ]);
    expect(plan.formatVersion).toBe(3);
  });

  it('reads a format-2 ledger as format 3, its deadlines taken from the schema in _wp_meta', () => {
    const old = formatTwo(
      applyPlanToSnapshot({ sheets: [], tables: [], meta: null }, planWorkbook(withDeadlines())),
    );
    expect(table(old, TABLES.items).headers).not.toContain(ITEM_DEADLINE_COLUMN);
    const migration = migrateSnapshot(old);
    expect(migration).toMatchObject({ from: 2, to: WORKBOOK_FORMAT_VERSION, newer: false });
    expect(migration.added).toEqual([{ table: TABLES.items, columns: [ITEM_DEADLINE_COLUMN] }]);
    const items = table(migration.snapshot, TABLES.items);
    expect(items.headers).toEqual([...COLUMNS.items]);
    expect(deadlineCells(items)).toEqual([
      isoDateToSerial('2021-06-30'),
      null,
      isoDateToSerial('2021-12-31'),
      null,
    ]);
    // Nothing else moved: the other cells of every row are those of the older table.
    expect(items.rows.map((r) => r.values.slice(0, -1))).toEqual(
      table(old, TABLES.items).rows.map((r) => r.values),
    );
    expect(storedSchema(migration.snapshot)).toMatchObject({ status: 'ok', formatVersion: 3 });
  });

  it('leaves 完成时限 blank when the older ledger’s _wp_meta cannot be read, and keeps a column that is there', () => {
    const written = applyPlanToSnapshot(
      { sheets: [], tables: [], meta: null },
      planWorkbook(withDeadlines()),
    );
    const old = formatTwo(written);
    const damaged = { ...old, meta: (old.meta ?? []).filter((row) => row[0] !== META_KEYS.schema) };
    expect(deadlineCells(table(migrateSnapshot(damaged).snapshot, TABLES.items))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // A format-3 ledger is left as it is, whatever the office typed into 完成时限.
    const edited = {
      ...written,
      tables: written.tables.map((t) =>
        t.name === TABLES.items
          ? { ...t, rows: t.rows.map((r) => ({ row: r.row, values: [...r.values.slice(0, -1), '年底前'] })) }
          : t,
      ),
    };
    expect(deadlineCells(table(migrateSnapshot(edited).snapshot, TABLES.items))).toEqual(
      Array(4).fill('年底前'),
    );
  });
});
