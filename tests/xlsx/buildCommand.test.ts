import { serializeSchema } from '../../src/domain/schemaFile';
import { buildCommand } from '../../src/cli/commands/build';
import { memoryIo } from '../support/memoryIo';
import { COLUMNS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { existingFromSnapshot } from '../../src/workbook/reader';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { ODD_FORMATS, ODD_HEADERS, oddEntryRows } from '../workbook/fixtures/oddEntries';
import { smallSchema } from '../workbook/fixtures/smallSchema';

/** An in-memory file system behind CliIo, with an optional failing write. */
function memory(files: Map<string, Uint8Array>, failWrites = false) {
  const io = memoryIo(files, { failWrites });
  return { io, out: { join: (_sep?: string) => io.stdout() }, err: { join: (_sep?: string) => io.stderr() } };
}

const text = (s: string) => new TextEncoder().encode(s);

describe('workpoints build', () => {
  it('writes a workbook with every table from the built-in schema when --schema is absent', async () => {
    const files = new Map<string, Uint8Array>();
    const { io, out } = memory(files);
    expect(await buildCommand(['--out', 'a.xlsx'], io)).toBe(0);
    const snapshot = await readWorkbookXlsx(files.get('a.xlsx') as Uint8Array);
    expect(snapshot.tables.map((t) => t.name)).toEqual([
      TABLES.items,
      TABLES.duties,
      TABLES.targets,
      TABLES.units,
      TABLES.periods,
      TABLES.entries,
    ]);
    expect([...files.keys()]).toEqual(['a.xlsx']);
    expect(out.join('\n')).toContain('34 项工作任务');
  });

  it('reads a saved schema file and a notice', async () => {
    const files = new Map([
      ['s.json', text(serializeSchema(smallSchema()))],
      ['n.txt', text('一、优化环境\n1. 落实政策。')],
    ]);
    const { io } = memory(files);
    expect(await buildCommand(['--schema', 's.json', '--out', 'a.xlsx'], io)).toBe(0);
    expect(await buildCommand(['--schema', 'n.txt', '--out', 'b.xlsx'], io)).toBe(0);
    expect(files.has('a.xlsx') && files.has('b.xlsx')).toBe(true);
  });

  it('rejects a broken schema file or a notice without items with exit 1 and writes nothing', async () => {
    const files = new Map([
      ['bad.json', text('{"format":"workpoints-schema","version":1}')],
      ['empty.txt', text('没有编号的文字')],
    ]);
    const { io, err } = memory(files);
    expect(await buildCommand(['--schema', 'bad.json', '--out', 'a.xlsx'], io)).toBe(1);
    expect(await buildCommand(['--schema', 'empty.txt', '--out', 'a.xlsx'], io)).toBe(1);
    expect(files.has('a.xlsx')).toBe(false);
    expect(err.join('\n')).toMatch(/不是有效的工作要点结构文件[\s\S]*没有找到编号的工作要点/);
  });

  it('exits 2 for a missing file, a file that is not a workbook, or bad arguments', async () => {
    const junk = text('not a zip');
    const files = new Map([['junk.xlsx', junk]]);
    const { io, err } = memory(files);
    const build = buildCommand;
    expect(await build(['--schema', 'nope.json', '--out', 'a.xlsx'], io)).toBe(2);
    expect(await build(['--into', 'junk.xlsx'], io)).toBe(2);
    expect(await build(['--out'], io)).toBe(2);
    expect(await build(['--out', 'a.xlsx', '--into', 'b.xlsx'], io)).toBe(2);
    expect(files.get('junk.xlsx')).toBe(junk);
    expect(err.join('\n')).toMatch(/文件不存在[\s\S]*不是可读取的 \.xlsx 工作簿/);
  });

  it('loads a changed schema into a workbook and keeps every entry', async () => {
    const rows = oddEntryRows(200);
    const book = await writePlanToXlsx(
      planWorkbook(smallSchema(), {
        entries: { headers: ODD_HEADERS, rows, numberFormats: ODD_FORMATS },
        schema: smallSchema(),
      }),
    );
    const changed = smallSchema();
    changed.targets = changed.targets.filter((t) => t.id !== 'T2.1');
    const files = new Map([
      ['book.xlsx', book],
      ['new.json', text(serializeSchema(changed))],
    ]);
    const { io, out } = memory(files);
    expect(await buildCommand(['--schema', 'new.json', '--into', 'book.xlsx'], io)).toBe(0);
    const after = existingFromSnapshot(await readWorkbookXlsx(files.get('book.xlsx') as Uint8Array));
    expect(after.entries?.headers).toEqual(ODD_HEADERS);
    expect(after.entries?.rows).toEqual(rows);
    expect(after.schema?.targets.map((t) => t.id)).toEqual(['T3.1', 'T3.2']);
    const report = out.join('\n');
    expect(report).toContain('保留填报行 200 行');
    expect(report).toContain('删除目标指标 T2.1');
    const orphans = rows.filter((r) => r[3] === 'T2.1').length;
    expect(orphans).toBeGreaterThan(0);
    expect(report).toContain(`${orphans} 行填报指向已删除的任务或指标`);
  });

  it('never touches the input workbook when writing fails', async () => {
    const book = await writePlanToXlsx(
      planWorkbook(smallSchema(), { entries: { headers: [...COLUMNS.entries], rows: [['2021年全年']] } }),
    );
    const files = new Map([['book.xlsx', book]]);
    const { io, err } = memory(files, true);
    expect(await buildCommand(['--into', 'book.xlsx'], io)).toBe(2);
    expect(files.get('book.xlsx')).toBe(book);
    expect([...files.keys()]).toEqual(['book.xlsx']);
    expect(err.join('\n')).toContain('无法写入');
  });

  it("keeps the user's own sheets when loading a schema into a workbook", async () => {
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlanToXlsx(planWorkbook(smallSchema()))) as unknown as ArrayBuffer);
    const notes = wb.addWorksheet('我的备注');
    notes.getCell('A1').value = '季度调度会纪要';
    notes.getCell('B2').value = 42;
    notes.getCell('B3').value = { formula: 'B2*2', result: 84 } as never;
    notes.getCell('A1').font = { bold: true, color: { argb: 'FFC62828' } };
    notes.mergeCells('A5:C5');
    notes.getColumn(1).width = 30;
    const book = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const files = new Map([['book.xlsx', book]]);
    const { io, out } = memory(files);

    expect(await buildCommand(['--into', 'book.xlsx'], io)).toBe(0);

    const after = new ExcelJS.Workbook();
    await after.xlsx.load(files.get('book.xlsx') as unknown as ArrayBuffer);
    const kept = after.getWorksheet('我的备注');
    expect(kept?.getCell('A1').value).toBe('季度调度会纪要');
    expect(kept?.getCell('A1').font?.bold).toBe(true);
    expect(kept?.getCell('B2').value).toBe(42);
    expect((kept?.getCell('B3').value as { formula?: string }).formula).toBe('B2*2');
    expect(kept?.getCell('C5').isMerged).toBe(true);
    expect(kept?.getColumn(1).width).toBe(30);
    expect(out.join('\n')).toContain('已保留您自己的工作表：我的备注');
  });
});
