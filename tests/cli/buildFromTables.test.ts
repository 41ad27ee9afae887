/**
 * `workpoints build --from-tables --into BOOK.xlsx` on files in memory: it prints the differences and writes the
 * schema the tables give into the same file, keeping every entry and the earlier fingerprint; it refuses a broken
 * edit naming the sheet and cell (exit 2) and leaves the file as it was, as it does for tables that changed
 * nothing and for a write that fails. `validate` and `summarize` warn about edited tables without failing.
 */
import { buildCommand } from '../../src/cli/commands/build';
import { summarizeCommand } from '../../src/cli/commands/summarize';
import { validateCommand } from '../../src/cli/commands/validate';
import { schemaFingerprint } from '../../src/domain/schemaFile';
import { withRegistryAliases } from '../../src/domain/units/aliases';
import { inspectLedger } from '../../src/ledger/readLedger';
import { COLUMNS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { storedSchema } from '../../src/workbook/reader';
import { readWorkbookPackage } from '../../src/xlsx/package/readSnapshot';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { A, B, C, miniSchema } from '../fixtures/summary/miniSchema';
import { memoryIo } from '../support/memoryIo';
import { editAddress, tableIn, typeIntoTables, type TableCellEdit } from '../support/schemaTableCells';

const stored = withRegistryAliases(miniSchema());
const rows = ENTRY_ROWS.map((r) => [...r]);
const EDITS: TableCellEdit[] = [
  { table: TABLES.duties, where: { 序号: 1, 单位: B }, header: '分工', value: '牵头' },
  { table: TABLES.targets, where: { 指标编号: 'T1.1' }, header: '目标值', value: 1200 },
  { table: TABLES.units, where: { 单位: C }, header: '别名', value: '财政厅' },
];
const BROKEN: TableCellEdit = {
  table: TABLES.duties,
  where: { 序号: 2, 单位: B },
  header: '单位',
  value: '省不存在局',
};

async function ledgerFile(edits: readonly TableCellEdit[] = []): Promise<Uint8Array> {
  const bytes = await writePlanToXlsx(
    planWorkbook(stored, { entries: { headers: [...COLUMNS.entries], rows } }),
  );
  return edits.length > 0 ? typeIntoTables(bytes, edits) : bytes;
}

const entries = (bytes: Uint8Array) =>
  readWorkbookPackage(bytes, 'x.xlsx').then((s) =>
    inspectLedger(s).rows.map((r) => r.values.slice(0, 9).map((v) => (v === '' ? null : v))),
  );

describe('workpoints build --from-tables --into', () => {
  it('prints the differences and writes the edited schema into the file, every entry and the earlier fingerprint kept', async () => {
    const input = await ledgerFile(EDITS);
    const io = memoryIo({ '台账.xlsx': input });
    expect(await buildCommand(['--from-tables', '--into', '台账.xlsx'], io)).toBe(0);
    expect(io.stdout()).toContain('方案表格与“_wp_meta”中保存的方案相比，有 3 处修改：');
    expect(io.stdout()).toContain(`工作任务 1（任务1）：牵头单位 ${A} → ${A}、${B}；配合单位 ${B} → （空）`);
    expect(io.stdout()).toContain('目标指标 T1.1（净增规上工业企业）：目标值 1000 → 1200');
    expect(io.stdout()).toContain(`保留填报行 ${rows.length} 行`);
    const written = io.files.get('台账.xlsx') as Uint8Array;
    expect(written).not.toBe(input);
    const meta = storedSchema(await readWorkbookPackage(written, '台账.xlsx'));
    if (meta.status !== 'ok') throw new Error('no schema written');
    expect(meta.earlierFingerprints).toEqual([schemaFingerprint(stored)]);
    expect(meta.schema.items[0]).toMatchObject({ lead: [A, B], cooperate: [] });
    expect(meta.schema.targets.find((t) => t.id === 'T1.1')?.value).toBe(1200);
    expect(meta.schema.units.find((u) => u.name === C)?.aliases).toContain('财政厅');
    expect(await entries(written)).toEqual(await entries(input));
    // Once read back, the file has nothing more to read back.
    const again = memoryIo({ '台账.xlsx': written });
    expect(await buildCommand(['--from-tables', '--into', '台账.xlsx'], again)).toBe(0);
    expect(again.stdout()).toContain('方案表格与“_wp_meta”中保存的方案一致，无需重新读取。');
    expect(again.files.get('台账.xlsx')).toBe(written);
  });

  it('refuses a duty naming a unit that is not in 单位 with exit 2, naming the sheet and cell, and leaves the file', async () => {
    const input = await ledgerFile([...EDITS, BROKEN]);
    const cell = editAddress(tableIn(await readWorkbookPackage(input, 'x.xlsx'), TABLES.duties), {
      ...BROKEN,
      where: { 序号: 2, 单位: '省不存在局' },
    });
    const io = memoryIo({ '台账.xlsx': input });
    expect(await buildCommand(['--from-tables', '--into', '台账.xlsx'], io)).toBe(2);
    expect(io.stderr()).toContain('方案表格中有 1 处问题，未做任何改动：');
    expect(io.stderr()).toContain(`“责任分工”表 ${cell} 单元格：单位“省不存在局”不在“单位”表中。`);
    expect(io.files.get('台账.xlsx')).toBe(input);
  });

  it('leaves the file as it was when the write fails', async () => {
    const input = await ledgerFile(EDITS);
    const io = memoryIo({ '台账.xlsx': input }, { failWrites: true });
    expect(await buildCommand(['--from-tables', '--into', '台账.xlsx'], io)).toBe(2);
    expect(io.files.get('台账.xlsx')).toBe(input);
  });

  it('needs --into and takes neither --schema, --out nor --force', async () => {
    const input = await ledgerFile(EDITS);
    const io = memoryIo({ '台账.xlsx': input, 's.json': new Uint8Array() });
    expect(await buildCommand(['--from-tables'], io)).toBe(2);
    expect(await buildCommand(['--from-tables', '--out', 'new.xlsx'], io)).toBe(2);
    expect(await buildCommand(['--from-tables', '--schema', 's.json', '--into', '台账.xlsx'], io)).toBe(2);
    expect(await buildCommand(['--from-tables', '--force', '--into', '台账.xlsx'], io)).toBe(2);
    expect(io.stderr()).toContain('--from-tables 需要与 --into 一起使用');
    expect(io.stderr()).toContain('--from-tables 不能与 --schema 一起使用');
    expect(io.files.get('台账.xlsx')).toBe(input);
    expect(io.files.has('new.xlsx')).toBe(false);
  });

  it('exits 2 for a file that is missing or holds no ledger', async () => {
    const empty = await writePlanToXlsx({
      ...planWorkbook(stored),
      sheets: planWorkbook(stored).sheets.slice(0, 1),
    });
    const io = memoryIo({ 'plain.xlsx': empty });
    expect(await buildCommand(['--from-tables', '--into', 'nope.xlsx'], io)).toBe(2);
    expect(await buildCommand(['--from-tables', '--into', 'plain.xlsx'], io)).toBe(2);
    expect(io.files.get('plain.xlsx')).toBe(empty);
    expect(io.files.has('nope.xlsx')).toBe(false);
  });
});

describe('validate and summarize on a ledger whose tables were edited', () => {
  const NOTICE = '注意：方案表格（工作任务、责任分工、目标指标、单位）已修改但尚未重新读取';

  it('warn, exiting as they would without the edit', async () => {
    const plain = memoryIo({ '台账.xlsx': await ledgerFile() });
    const edited = memoryIo({ '台账.xlsx': await ledgerFile(EDITS) });
    const args = ['台账.xlsx', '--period', '2021年上半年'];
    const validated = await validateCommand(args, plain);
    expect(await validateCommand(args, edited)).toBe(validated);
    expect(plain.stderr()).not.toContain('方案表格');
    expect(edited.stderr()).toContain(NOTICE);
    expect(await summarizeCommand(args, edited)).toBe(await summarizeCommand(args, plain));
    expect(edited.stdout()).toContain(NOTICE);
  });

  it('warn about a broken edit naming its first problem', async () => {
    const io = memoryIo({ '台账.xlsx': await ledgerFile([BROKEN]) });
    await validateCommand(['台账.xlsx'], io);
    expect(io.stderr()).toMatch(
      /方案表格（工作任务、责任分工、目标指标、单位）已修改但尚未重新读取，且有 1 处问题（如：“责任分工”表 B\d+ 单元格/,
    );
  });
});
