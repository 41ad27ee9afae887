/**
 * One stray value in the last row Excel has (进度填报!A1048576, the sheet's dimension saying A1:J1048576) costs
 * what its cells cost: `validate --out` reads the 14 entries and the stray row, reports it, and writes a file
 * whose entries are all still there (issue 12; the time and memory are in `npm run bench -- package`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCommand } from '../../src/cli/commands/validate';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { readWorkbookPackage } from '../../src/xlsx/package/readSnapshot';
import { memoryIo } from '../support/memoryIo';

const FILE = join(__dirname, '..', 'fixtures', 'office-workbooks', 'stray-cell-last-row.xlsx');

describe('a stray value in row 1,048,576 of 进度填报', () => {
  it('is validated and written by validate --out, every entry kept and the stray row among them', async () => {
    const input = new Uint8Array(readFileSync(FILE));
    const io = memoryIo({ '/b/stray.xlsx': input });
    const code = await validateCommand(
      ['/b/stray.xlsx', '--period', '2021年上半年', '--out', '/b/checked.xlsx', '--json'],
      io,
    );
    expect([0, 1]).toContain(code);
    const output = io.files.get('/b/checked.xlsx');
    if (!output) throw new Error(io.stderr());
    const before = await readWorkbookPackage(input, 'stray.xlsx');
    const after = await readWorkbookPackage(output, 'checked.xlsx');
    const entries = (s: typeof before) => s.tables.find((t) => t.name === TABLES.entries)?.rows ?? [];
    const filled = (s: typeof before) =>
      entries(s)
        .map((r) => r.values.slice(0, 7))
        .filter((v) => v.some((x) => x !== null && x !== ''));
    expect(filled(before)).toHaveLength(14);
    // The 14 entries, then the stray value brought into the table (the blank rows between are not entries).
    expect(filled(after).slice(0, 14)).toEqual(filled(before));
    expect(filled(after)[14]?.[0]).toBe('误输入');
    expect(after.sheets.map((s) => s.name)).toContain(SHEETS.issues);
  });
});
