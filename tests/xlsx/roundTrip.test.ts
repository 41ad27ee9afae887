import { schemaFingerprint } from '../../src/domain/schemaFile';
import { COLUMNS, ENTRY_SOURCE_COLUMN, TABLES } from '../../src/workbook/format';
import type { CellValue } from '../../src/domain/entryCells';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { entryRows, existingFromSnapshot, storedSchema } from '../../src/workbook/reader';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { ODD_FORMATS, ODD_HEADERS, oddEntryRows } from '../workbook/fixtures/oddEntries';
import { smallSchema } from '../workbook/fixtures/smallSchema';

/** Fails on the first cell whose type or value differs, naming it (a 1,000-row diff is unreadable). */
function expectSameRows(actual: CellValue[][] | undefined, expected: CellValue[][]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((row, r) =>
    row.forEach((value, c) => {
      const got = actual?.[r]?.[c];
      if (!Object.is(got, value))
        throw new Error(
          `row ${r + 1} column ${ODD_HEADERS[c]}: ${JSON.stringify(got)} ≠ ${JSON.stringify(value)}`,
        );
    }),
  );
}

function changedSchema() {
  const next = smallSchema();
  next.targets = next.targets.filter((t) => t.id !== 'T3.1');
  next.items = next.items.filter((i) => i.no !== 4);
  next.units.push({ name: '省商务厅', aliases: [], kind: 'department' });
  return next;
}

describe('xlsx round trip', () => {
  const schema = smallSchema();
  const rows = oddEntryRows(1000);
  let first: WorkbookSnapshot;

  beforeAll(async () => {
    const plan = planWorkbook(schema, {
      entries: { headers: ODD_HEADERS, rows, numberFormats: ODD_FORMATS },
      schema,
    });
    first = await readWorkbookXlsx(await writePlanToXlsx(plan));
  });

  it('keeps 1,000 odd entries and the user columns byte for byte', () => {
    const table = first.tables.find((t) => t.name === TABLES.entries);
    expect(table?.headers).toEqual(ODD_HEADERS);
    expectSameRows(
      table?.rows.map((r) => r.values),
      rows,
    );
    expect(table?.rows.map((r) => r.row).slice(0, 2)).toEqual([2, 3]);
  });

  it('keeps text that looks like a formula or a number as text', () => {
    const values = first.tables.find((t) => t.name === TABLES.entries)?.rows.flatMap((r) => r.values) ?? [];
    expect(values).toContain('=HYPERLINK("x")');
    expect(values).toContain('00123');
    expect(values).toContain('T19.2');
    expect(values).not.toContainEqual({ error: '#N/A' });
  });

  it('keeps every entry when loaded again with the same schema', async () => {
    const existing = existingFromSnapshot(first);
    const plan = planWorkbook(schema, existing);
    expect(plan.changes).toEqual([]);
    const again = await readWorkbookXlsx(await writePlanToXlsx(plan));
    expectSameRows(existingFromSnapshot(again).entries?.rows, rows);
  });

  it('keeps every entry, and flags orphans, when loaded again with a changed schema', async () => {
    const next = changedSchema();
    const plan = planWorkbook(next, existingFromSnapshot(first));
    expect(plan.changes.map((c) => `${c.kind}:${c.entity}:${c.key}`).sort()).toEqual(
      ['added:unit:省商务厅', 'removed:item:4', 'removed:target:T3.1'].sort(),
    );
    const expectedOrphans = rows
      .map((r, i) => (r[3] === 'T3.1' || r[2] === 4 || r[2] === '4' ? i + 2 : null))
      .filter((n): n is number => n !== null);
    expect(plan.orphanedEntryRows).toEqual(expectedOrphans);
    const again = await readWorkbookXlsx(await writePlanToXlsx(plan));
    expectSameRows(existingFromSnapshot(again).entries?.rows, rows);
    const stored = storedSchema(again);
    expect(stored.status === 'ok' && stored.fingerprint).toBe(schemaFingerprint(next));
  });

  it('reads the stored schema back from _wp_meta', () => {
    const stored = storedSchema(first);
    expect(stored.status).toBe('ok');
    if (stored.status === 'ok') {
      expect(stored.schema).toEqual(schema);
      expect(stored.fingerprint).toBe(schemaFingerprint(schema));
    }
  });

  it('hands entries to validation in contract column order, skipping blank rows', () => {
    const read = entryRows(first);
    const nonBlank = rows.filter((r) => r.slice(0, COLUMNS.entries.length).some((v) => v !== null));
    expect(read).toHaveLength(nonBlank.length);
    expect(read[0]?.values).toEqual(rows[0]?.slice(0, COLUMNS.entries.length));
  });
});

describe('xlsx new workbook', () => {
  it('has every table with its contract headers, the meta sheet very hidden, and an entries table with one blank row', async () => {
    const snapshot = await readWorkbookXlsx(await writePlanToXlsx(planWorkbook(smallSchema())));
    const headers = Object.fromEntries(snapshot.tables.map((t) => [t.name, t.headers]));
    expect(headers).toEqual({
      [TABLES.items]: [...COLUMNS.items],
      [TABLES.duties]: [...COLUMNS.duties],
      [TABLES.targets]: [...COLUMNS.targets],
      [TABLES.units]: [...COLUMNS.units],
      [TABLES.periods]: [...COLUMNS.periods],
      [TABLES.entries]: [...COLUMNS.entries, ENTRY_SOURCE_COLUMN],
    });
    expect(snapshot.sheets.find((s) => s.name === '_wp_meta')?.visibility).toBe('veryHidden');
    const entries = snapshot.tables.find((t) => t.name === TABLES.entries);
    expect(entries?.rows.map((r) => r.values.every((v) => v === null))).toEqual([true]);
    expect(entryRows(snapshot)).toEqual([]);
    expect(snapshot.tables.find((t) => t.name === TABLES.targets)?.rows.map((r) => r.values[0])).toEqual([
      'T2.1',
      'T3.1',
      'T3.2',
    ]);
  });
});
