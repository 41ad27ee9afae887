/**
 * Migration of older ledgers on load: a version-1 ledger (tests/fixtures/ledgers/ledger-v1.xlsx, written by the
 * version-1 writer) reads as the current format, with the office's new columns blank and every entry kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinSchema } from '../../src/domain/builtin';
import type { Schema } from '../../src/domain/schema';
import {
  COLUMNS,
  ITEM_DEADLINE_COLUMN,
  OFFICE_COLUMNS,
  TABLES,
  WORKBOOK_FORMAT_VERSION,
} from '../../src/workbook/format';
import { META_KEYS } from '../../src/workbook/meta';
import { migrateSnapshot } from '../../src/workbook/migrate';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { existingFromSnapshot, storedSchema } from '../../src/workbook/reader';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';

const V1 = join(__dirname, '..', 'fixtures', 'ledgers', 'ledger-v1.xlsx');

function table(snapshot: WorkbookSnapshot, name: string) {
  const found = snapshot.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe('migrating a version-1 ledger', () => {
  let old: WorkbookSnapshot;
  beforeAll(async () => {
    old = await readWorkbookXlsx(readFileSync(V1));
  });

  it('is a version-1 ledger without the office columns (the fixture is what it claims)', () => {
    const stored = storedSchema(old);
    expect(stored.status === 'ok' && stored.formatVersion).toBe(1);
    expect(table(old, TABLES.units).headers).toEqual(['单位', '别名', '类型']);
    expect(table(old, TABLES.periods).headers).toEqual(['报告期', '序时进度', '截止日期']);
  });

  it('adds 联系人 · 联系电话 · 电子邮箱 and 报送截止 at the end, blank in every row', () => {
    const migration = migrateSnapshot(old);
    expect(migration).toMatchObject({ from: 1, to: WORKBOOK_FORMAT_VERSION, newer: false });
    expect(migration.added).toEqual([
      { table: TABLES.units, columns: [...OFFICE_COLUMNS.units] },
      { table: TABLES.periods, columns: [...OFFICE_COLUMNS.periods] },
      // Format 3: the items' 完成时限 (the built-in notice gives none, so every cell is blank).
      { table: TABLES.items, columns: [ITEM_DEADLINE_COLUMN] },
    ]);
    const units = table(migration.snapshot, TABLES.units);
    expect(units.headers).toEqual([...COLUMNS.units]);
    expect(units.rows).toHaveLength(builtinSchema().units.length);
    expect(units.rows.every((r) => r.values.length === COLUMNS.units.length)).toBe(true);
    expect(units.rows.every((r) => r.values.slice(3).every((v) => v === null))).toBe(true);
    // The schema's own cells are untouched.
    expect(units.rows.map((r) => r.values.slice(0, 3))).toEqual(
      table(old, TABLES.units).rows.map((r) => r.values),
    );
    const periods = table(migration.snapshot, TABLES.periods);
    expect(periods.headers).toEqual([...COLUMNS.periods]);
    expect(periods.rows.map((r) => r.values[3])).toEqual([null, null, null, null]);
    expect(periods.numberFormats).toHaveLength(COLUMNS.periods.length);
  });

  it('records the current version in the migrated _wp_meta and keeps the schema readable', () => {
    const stored = storedSchema(migrateSnapshot(old).snapshot);
    expect(stored.status).toBe('ok');
    if (stored.status !== 'ok') return;
    expect(stored.formatVersion).toBe(WORKBOOK_FORMAT_VERSION);
    // The notes keep the sentences they were written with; their codes, places and parameters must match.
    const notesAsCodes = (schema: Schema) => ({
      ...schema,
      diagnostics: schema.diagnostics.map(({ message: _message, ...rest }) => rest),
    });
    expect(notesAsCodes(stored.schema)).toEqual(notesAsCodes(builtinSchema()));
  });

  it('leaves the entries exactly as they were', () => {
    expect(table(migrateSnapshot(old).snapshot, TABLES.entries)).toEqual(table(old, TABLES.entries));
  });

  it('does not change the snapshot it was given', () => {
    const before = JSON.stringify(old);
    migrateSnapshot(old);
    expect(JSON.stringify(old)).toBe(before);
  });

  it('reloads into a current-format workbook that keeps the three entries and has blank office columns', async () => {
    const migrated = migrateSnapshot(old).snapshot;
    const plan = planWorkbook(builtinSchema(), existingFromSnapshot(migrated), { appVersion: 'test' });
    const again = await readWorkbookXlsx(await writePlanToXlsx(plan));
    expect(storedSchema(again)).toMatchObject({ status: 'ok', formatVersion: WORKBOOK_FORMAT_VERSION });
    expect(table(again, TABLES.units).headers).toEqual([...COLUMNS.units]);
    expect(table(again, TABLES.periods).headers).toEqual([...COLUMNS.periods]);
    expect(table(again, TABLES.entries).rows.map((r) => r.values)).toEqual(
      table(old, TABLES.entries).rows.map((r) => r.values),
    );
    expect(migrateSnapshot(again)).toMatchObject({ from: WORKBOOK_FORMAT_VERSION, added: [] });
  });
});

describe('migrating other workbooks', () => {
  const units = {
    name: TABLES.units,
    sheet: '单位',
    topLeft: 'A1',
    headers: ['单位', '别名', '类型'],
    rows: [{ row: 2, values: ['省科技厅', '', '部门'] }],
    numberFormats: ['@', '@', '@'],
  };
  const meta = (version: number) => [
    [META_KEYS.marker, 1],
    [META_KEYS.formatVersion, version],
  ];

  it('passes a ledger of a newer format through untouched and flags it', () => {
    const snapshot: WorkbookSnapshot = { sheets: [], tables: [units], meta: meta(99) };
    const migration = migrateSnapshot(snapshot);
    expect(migration).toMatchObject({ from: 99, to: 99, newer: true, added: [] });
    expect(migration.snapshot).toBe(snapshot);
  });

  it('adds the missing columns when the version is unknown (no _wp_meta), leaving the meta alone', () => {
    const migration = migrateSnapshot({ sheets: [], tables: [units], meta: null });
    expect(migration.from).toBe(0);
    expect(migration.snapshot.meta).toBeNull();
    expect(table(migration.snapshot, TABLES.units).rows[0]?.values).toEqual([
      '省科技厅',
      '',
      '部门',
      null,
      null,
      null,
    ]);
  });

  it('keeps office columns a version-1 ledger somehow already has, adding only the rest', () => {
    const partial = {
      ...units,
      headers: [...units.headers, '联系人'],
      rows: [{ row: 2, values: ['省科技厅', '', '部门', '王芳'] }],
    };
    const migration = migrateSnapshot({ sheets: [], tables: [partial], meta: meta(1) });
    expect(migration.added).toEqual([{ table: TABLES.units, columns: ['联系电话', '电子邮箱'] }]);
    expect(table(migration.snapshot, TABLES.units).rows[0]?.values).toEqual([
      '省科技厅',
      '',
      '部门',
      '王芳',
      null,
      null,
    ]);
  });
});

describe('migrating a version-2 ledger to format 3', () => {
  const V2 = join(__dirname, '..', 'fixtures', 'ledgers', 'ledger-v2.xlsx');
  let old: WorkbookSnapshot;
  beforeAll(async () => {
    old = await readWorkbookXlsx(readFileSync(V2));
  });

  it('is a version-2 ledger whose entries have no 来源 (the fixture is what it claims)', () => {
    const stored = storedSchema(old);
    expect(stored.status === 'ok' && stored.formatVersion).toBe(2);
    expect(table(old, TABLES.entries).headers).toEqual([...COLUMNS.entries]);
    expect(table(old, TABLES.entries).rows).toHaveLength(3);
  });

  it('reads as format 3 with no earlier fingerprints, the entries described exactly as the sheet holds them', () => {
    const migration = migrateSnapshot(old);
    // Only 工作任务 gains a column (完成时限, filled from `_wp_meta`): it is rewritten whole, never addressed as is.
    expect(migration).toMatchObject({
      from: 2,
      to: 3,
      newer: false,
      added: [{ table: TABLES.items, columns: [ITEM_DEADLINE_COLUMN] }],
    });
    const stored = storedSchema(migration.snapshot);
    expect(stored).toMatchObject({ status: 'ok', formatVersion: 3, earlierFingerprints: [] });
    // 来源 is not invented for the entries: inside Excel the table would be addressed with a column it lacks.
    expect(table(migration.snapshot, TABLES.entries)).toEqual(table(old, TABLES.entries));
  });

  it('reloads into format 3 keeping the table’s columns, and remembers the old fingerprint when the schema changes', async () => {
    const migrated = migrateSnapshot(old).snapshot;
    const before = storedSchema(migrated);
    if (before.status !== 'ok') throw new Error('unreadable');
    const next = { ...builtinSchema(), title: `${builtinSchema().title}（调整）` };
    const plan = planWorkbook(next, existingFromSnapshot(migrated), { appVersion: 'test' });
    const again = await readWorkbookXlsx(await writePlanToXlsx(plan));
    expect(storedSchema(again)).toMatchObject({
      status: 'ok',
      formatVersion: 3,
      earlierFingerprints: [before.fingerprint],
    });
    expect(table(again, TABLES.entries).headers).toEqual([...COLUMNS.entries]);
    expect(table(again, TABLES.entries).rows.map((r) => r.values)).toEqual(
      table(old, TABLES.entries).rows.map((r) => r.values),
    );
  });
});
