/**
 * Issue 18's acceptance for the schema the office edits, on real files: a ledger of the built-in notice written by
 * our writer, and the same ledger re-saved by LibreOffice (`soffice --headless --convert-to xlsx`) — before the
 * office's edits, or after them. The office moves a unit from 配合 to 牵头 in 责任分工, corrects a target value,
 * adds an alias and sets an item's 完成时限; `workpoints build --from-tables --into` gives the edited schema with
 * every entry kept, LibreOffice opens the result and shows the corrected value, and validation then warns about
 * the item past its deadline. A duty naming a unit not in 单位 is refused with the sheet and cell, the file left
 * as it was. Skipped without soffice (not on CI).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand } from '../../src/cli/commands/build';
import { validateCommand } from '../../src/cli/commands/validate';
import { builtinSchema } from '../../src/domain/builtin';
import type { Schema } from '../../src/domain/schema';
import { schemaFingerprint } from '../../src/domain/schemaFile';
import { withRegistryAliases } from '../../src/domain/units/aliases';
import { inspectLedger } from '../../src/ledger/readLedger';
import { isoDateToSerial } from '../../src/workbook/excelDate';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { storedSchema } from '../../src/workbook/reader';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { readWorkbookPackage } from '../../src/xlsx/package/readSnapshot';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { memoryIo } from '../support/memoryIo';
import { editAddress, tableIn, typeIntoTables, type TableCellEdit } from '../support/schemaTableCells';
import { libreoffice, officeRows, shownByLibreOffice } from '../xlsx/package/officeBook';

const soffice = libreoffice.findSoffice();
if (!soffice && process.env.CI)
  throw new Error('CI 环境缺少 LibreOffice（soffice），无法运行 LibreOffice 检查。');
if (!soffice)
  console.warn(
    '跳过 LibreOffice 检查：未找到 soffice（安装 LibreOffice 或设置 SOFFICE）。Skipping: LibreOffice is not installed.',
  );
const describeWithSoffice = soffice ? describe : describe.skip;

const stored = withRegistryAliases(builtinSchema());
const HEADERS = [...COLUMNS.entries, '附件'];
/** Entries for items 1–12 only: item 20 has no progress from anyone. */
const ROWS = officeRows(12);
const DEADLINE_ITEM = 20;

/** Each file re-saved by LibreOffice, in one soffice call. */
function resavedByLibreOffice(files: readonly Uint8Array[]): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'wp-tables-lo-'));
  try {
    execFileSync('mkdir', ['-p', join(dir, 'in')]);
    const inputs = files.map((bytes, i) => {
      const input = join(dir, 'in', `book${i}.xlsx`);
      writeFileSync(input, bytes);
      return input;
    });
    libreoffice.convert(inputs, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out'));
    return files.map((_, i) => new Uint8Array(readFileSync(join(dir, 'out', `book${i}.xlsx`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The office's edits, found in the ledger as written: a cooperating department made lead, a value, an alias, a deadline. */
function officeEdits(snapshot: WorkbookSnapshot) {
  const duties = tableIn(snapshot, TABLES.duties);
  const departments = new Set(stored.units.filter((u) => u.kind === 'department').map((u) => u.name));
  const cooperating = duties.rows.find((r) => r.values[2] === '配合' && departments.has(String(r.values[1])));
  if (!cooperating) throw new Error('no cooperating department in 责任分工');
  const [no, unit] = cooperating.values as [number, string];
  const target = stored.targets.find((t) => t.item !== null && t.value !== null);
  if (!target) throw new Error('no target');
  const units = tableIn(snapshot, TABLES.units);
  const finance = units.rows.find((r) => r.values[0] === '省财政厅');
  const aliases = String(finance?.values[1] ?? '');
  const edits: TableCellEdit[] = [
    { table: TABLES.duties, where: { 序号: no, 单位: unit }, header: '分工', value: '牵头' },
    { table: TABLES.targets, where: { 指标编号: target.id }, header: '目标值', value: 4321 },
    {
      table: TABLES.units,
      where: { 单位: '省财政厅' },
      header: '别名',
      value: aliases === '' ? '财政厅' : `${aliases}、财政厅`,
    },
    {
      table: TABLES.items,
      where: { 序号: DEADLINE_ITEM },
      header: '完成时限',
      value: isoDateToSerial('2021-03-31'),
    },
  ];
  return { edits, no, unit, target: target.id };
}

/** A duty naming a unit that 单位 does not have. */
function brokenEdit(snapshot: WorkbookSnapshot): TableCellEdit {
  const first = tableIn(snapshot, TABLES.duties).rows[0]?.values as [number, string];
  return {
    table: TABLES.duties,
    where: { 序号: first[0], 单位: first[1] },
    header: '单位',
    value: '省不存在局',
  };
}

const entriesOf = (snapshot: WorkbookSnapshot) =>
  inspectLedger(snapshot).rawRows.map((r) => r.values.map((v) => (v === '' ? null : v)));

function itemOf(schema: Schema, no: number) {
  const item = schema.items.find((i) => i.no === no);
  if (!item) throw new Error(`no item ${no}`);
  return item;
}

describeWithSoffice('reading back the schema an office edited in a real ledger', () => {
  const cases: [string, Uint8Array, Uint8Array][] = [];

  beforeAll(async () => {
    const written = await writePlanToXlsx(
      planWorkbook(stored, { entries: { headers: HEADERS, rows: ROWS } }),
    );
    const snapshot = await readWorkbookPackage(written, 'book.xlsx');
    const { edits } = officeEdits(snapshot);
    const editedThenSaved = await typeIntoTables(written, edits);
    const [resaved, savedAfterEdits] = resavedByLibreOffice([written, editedThenSaved]);
    if (!resaved || !savedAfterEdits) throw new Error('LibreOffice wrote nothing');
    const resavedSnapshot = await readWorkbookPackage(resaved, 'book.xlsx');
    cases.push(
      ['written by our writer', written, await typeIntoTables(written, edits)],
      [
        're-saved by LibreOffice, then edited',
        resaved,
        await typeIntoTables(resaved, officeEdits(resavedSnapshot).edits),
      ],
      ['edited, then re-saved by LibreOffice', written, savedAfterEdits],
    );
  }, 240_000);

  it('gives the edited schema, keeping every entry and the earlier fingerprint; LibreOffice shows the new value', async () => {
    const results: Uint8Array[] = [];
    for (const [name, before, edited] of cases) {
      const { no, unit, target } = officeEdits(await readWorkbookPackage(before, 'book.xlsx'));
      const io = memoryIo({ '台账.xlsx': edited });
      expect({ name, code: await buildCommand(['--from-tables', '--into', '台账.xlsx'], io) }).toEqual({
        name,
        code: 0,
      });
      expect(io.stdout()).toContain('有 4 处修改');
      const written = io.files.get('台账.xlsx') as Uint8Array;
      const after = await readWorkbookPackage(written, '台账.xlsx');
      const meta = storedSchema(after);
      if (meta.status !== 'ok') throw new Error(`${name}: no schema written`);
      expect(meta.earlierFingerprints).toEqual([schemaFingerprint(stored)]);
      const item = itemOf(meta.schema, no);
      expect({ name, lead: item.lead.includes(unit), cooperate: item.cooperate.includes(unit) }).toEqual({
        name,
        lead: true,
        cooperate: false,
      });
      expect(meta.schema.targets.find((t) => t.id === target)?.value).toBe(4321);
      expect(meta.schema.units.find((u) => u.name === '省财政厅')?.aliases).toContain('财政厅');
      expect(itemOf(meta.schema, DEADLINE_ITEM).deadline).toBe('2021-03-31');
      expect(entriesOf(after)).toEqual(entriesOf(await readWorkbookPackage(edited, 'x.xlsx')));
      // Validation no longer warns about the tables, and warns about the item past its new deadline.
      const checked = memoryIo({ '台账.xlsx': written });
      await validateCommand(['台账.xlsx', '--period', '2021年上半年'], checked);
      expect(checked.stderr()).not.toContain('方案表格');
      expect(checked.stdout()).toContain(`第${DEADLINE_ITEM}项任务`);
      expect(checked.stdout()).toContain('的完成时限2021年3月31日已到，截至2021年上半年未报送任何工作进展');
      results.push(written);
    }
    for (const written of results) {
      const shown = shownByLibreOffice(written);
      const targets = shown[SHEETS.targets] ?? [];
      const valueAt = (targets[0] ?? []).indexOf('目标值');
      expect(targets.slice(1).some((r) => r[valueAt] === '4321')).toBe(true);
      expect((shown[SHEETS.entries] ?? []).length).toBeGreaterThan(ROWS.length);
    }
  }, 240_000);

  it('refuses a duty naming a unit not in 单位 with exit 2, naming the sheet and cell, and leaves the file', async () => {
    for (const [name, before] of cases.slice(0, 2)) {
      const snapshot = await readWorkbookPackage(before, 'book.xlsx');
      const broken = brokenEdit(snapshot);
      const edited = await typeIntoTables(before, [broken]);
      const cell = editAddress(tableIn(await readWorkbookPackage(edited, 'x.xlsx'), TABLES.duties), {
        ...broken,
        where: { ...broken.where, 单位: '省不存在局' },
      });
      const io = memoryIo({ '台账.xlsx': edited });
      expect({ name, code: await buildCommand(['--from-tables', '--into', '台账.xlsx'], io) }).toEqual({
        name,
        code: 2,
      });
      expect(io.stderr()).toContain(`“责任分工”表 ${cell} 单元格：单位“省不存在局”不在“单位”表中。`);
      expect(io.files.get('台账.xlsx')).toBe(edited);
    }
  });
});
