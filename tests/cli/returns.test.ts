/** `workpoints returns`: one form per unit that owes something, the --json shape, the units asked for, refusals. */
import { returnsCommand } from '../../src/cli/commands/returns';
import { builtinSchema } from '../../src/domain/builtin';
import { withRegistryAliases } from '../../src/domain/units/aliases';
import { planReturnForms } from '../../src/workbook/returnForms';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { COLUMNS } from '../../src/workbook/format';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { memoryIo } from '../support/memoryIo';

const H1 = '2021年上半年';

let ledger: Uint8Array;
beforeAll(async () => {
  const rows = [[H1, '省工业和信息化厅', 18, 'T18.1', 600, '户', '新增入规企业600户', null, '张三', null]];
  ledger = await writePlanToXlsx(
    planWorkbook(withRegistryAliases(builtinSchema()), { entries: { headers: [...COLUMNS.entries], rows } }),
  );
});

interface FormsJson {
  period: string;
  files: { unit: string; path: string; items: string[]; targets: string[] }[];
}

describe('workpoints returns', () => {
  it('writes one form per unit that owes something and lists them as JSON, leaving the ledger as it was', async () => {
    const io = memoryIo({ 'book.xlsx': ledger });
    expect(await returnsCommand(['book.xlsx', '--period', H1, '--out', 'forms', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout()) as FormsJson;
    const expected = planReturnForms({
      schema: withRegistryAliases(builtinSchema()),
      entries: [],
      period: H1,
      generatedAt: new Date(),
    });
    expect(json.period).toBe(H1);
    expect(json.files.map((f) => [f.unit, f.path, f.items, f.targets])).toEqual(
      expected.forms.map((f) => [f.unit, `forms/${f.fileName}`, f.items, f.targets]),
    );
    expect(json.files.length).toBeGreaterThan(10);
    for (const file of json.files) {
      const form = await readWorkbookXlsx(io.files.get(file.path) ?? new Uint8Array());
      expect(form.tables.map((t) => t.name)).toContain('WP_Return');
    }
    expect(io.files.get('book.xlsx')).toBe(ledger);
  });

  it('writes only the units asked for, an alias standing for its unit', async () => {
    const io = memoryIo({ 'book.xlsx': ledger });
    const args = [
      'book.xlsx',
      '--period',
      H1,
      '--out',
      'forms',
      '--unit',
      '省工信厅',
      '--unit',
      '省科技厅',
      '--json',
    ];
    expect(await returnsCommand(args, io)).toBe(0);
    const json = JSON.parse(io.stdout()) as FormsJson;
    expect(json.files.map((f) => f.unit)).toEqual(['省工业和信息化厅', '省科技厅']);
    expect([...io.files.keys()].filter((k) => k.startsWith('forms/'))).toHaveLength(2);
  });

  it('refuses a unit the ledger does not have, naming it, and writes nothing', async () => {
    const io = memoryIo({ 'book.xlsx': ledger });
    expect(
      await returnsCommand(['book.xlsx', '--period', H1, '--out', 'forms', '--unit', '省宇宙局'], io),
    ).toBe(2);
    expect(io.stderr()).toContain('省宇宙局');
    expect([...io.files.keys()]).toEqual(['book.xlsx']);
  });

  it.each([
    [['book.xlsx', '--out', 'forms'], '--period'],
    [['book.xlsx', '--period', H1], '--out'],
    [['book.xlsx', '--period', H1, '--out', 'f', '--due', '7月10日'], '2021-07-10'],
    [['book.xlsx', '--period', '2030年上半年', '--out', 'f'], '不是本方案的报告期'],
  ])('refuses %j with exit 2 and says why', async (args, words) => {
    const io = memoryIo({ 'book.xlsx': ledger });
    expect(await returnsCommand(args, io)).toBe(2);
    expect(io.stderr()).toContain(words);
  });
});
