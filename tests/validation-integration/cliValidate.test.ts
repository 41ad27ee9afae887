/** `workpoints validate` on the three-unit workbook: the per-unit table, the exact --json shape, exit codes, --out. */
import { validateCommand } from '../../src/cli/commands/validate';
import { TABLES } from '../../src/workbook/format';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import {
  expectedRowIssueLines,
  fixtureBook,
  fixtureExpected,
  fixturePeriod,
  rowIssueLines,
} from './fixtureBook';
import { memoryIo, type MemoryIo } from '../support/memoryIo';

let book: Uint8Array;
beforeAll(async () => {
  book = await fixtureBook();
});

async function run(
  args: string[],
  io: MemoryIo = memoryIo({ 'book.xlsx': book }),
): Promise<{ code: number; io: MemoryIo }> {
  return { code: await validateCommand(args, io), io };
}

describe('workpoints validate', () => {
  it('prints exactly the expected issues as JSON and exits 1 when there are errors', async () => {
    const { code, io } = await run(['book.xlsx', '--period', fixturePeriod, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(io.stdout()) as {
      units: Record<string, unknown>[];
      issues: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(['units', 'issues']);
    for (const issue of json.issues)
      expect(Object.keys(issue)).toEqual(['row', 'unit', 'column', 'rule', 'severity', 'message']);
    for (const unit of json.units)
      expect(Object.keys(unit)).toEqual([
        'unit',
        'errors',
        'warnings',
        'itemsDue',
        'itemsReported',
        'targetsDue',
        'targetsReported',
      ]);
    const lines = rowIssueLines(json.issues as { row: number | null; rule: string; severity: string }[]);
    expect(lines).toEqual(expectedRowIssueLines(false));
    expect(json.issues.filter((i) => i.row === null)).toHaveLength(fixtureExpected.unitIssues.length);
    expect(json.units).toEqual(fixtureExpected.byUnit.map(({ known: _known, ...u }) => u));
  });

  it('prints a per-unit table naming every unit', async () => {
    const { io } = await run(['book.xlsx', '--period', fixturePeriod]);
    for (const u of fixtureExpected.byUnit) expect(io.stdout()).toContain(u.unit);
    expect(io.stdout()).toContain('填报单位');
    expect(io.stdout()).toContain(`报告期 ${fixturePeriod}`);
  });

  it('lists the issues themselves under the table, errors first, so a clerk sees what to fix', async () => {
    const { io } = await run(['book.xlsx', '--period', fixturePeriod]);
    const json = JSON.parse((await run(['book.xlsx', '--period', fixturePeriod, '--json'])).io.stdout()) as {
      issues: { message: string; severity: string }[];
    };
    const listed = io.stdout().split('问题明细：')[1] ?? '';
    const shown = json.issues.slice(0, 50);
    for (const issue of shown.filter((i) => i.severity === 'error')) expect(listed).toContain(issue.message);
    expect(listed.indexOf('[错误]')).toBeLessThan(
      listed.indexOf('[警告]') === -1 ? Infinity : listed.indexOf('[警告]'),
    );
  });

  it('exits 0 when validation finds no errors (an empty ledger)', async () => {
    const { bookPlan } = await import('./fixtureBook');
    const { writePlanToXlsx } = await import('../../src/xlsx/writePlanToXlsx');
    const empty = await writePlanToXlsx(bookPlan([]));
    const { code, io } = await run(['empty.xlsx', '--json'], memoryIo({ 'empty.xlsx': empty }));
    expect(JSON.parse(io.stdout())).toEqual({ units: expect.any(Array), issues: [] });
    expect(code).toBe(0);
  });

  it('rejects an unknown period with exit 2 and a Chinese message', async () => {
    const { code, io } = await run(['book.xlsx', '--period', '2035年全年']);
    expect(code).toBe(2);
    expect(io.stderr()).toContain('不是本方案的报告期');
    expect(io.stdout()).toBe('');
  });

  it('rejects a missing file, a non-xlsx file and bad arguments with exit 2', async () => {
    expect((await run(['nope.xlsx'])).code).toBe(2);
    const notXlsx = await run(
      ['x.xlsx'],
      memoryIo({ 'x.xlsx': new TextEncoder().encode('报告期,填报单位\n') }),
    );
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.io.stderr()).toContain('不是可读取的 .xlsx 工作簿');
    expect((await run([])).code).toBe(2);
    expect((await run(['book.xlsx', '--period'])).code).toBe(2);
    expect((await run(['book.xlsx', '--bogus'])).code).toBe(2);
  });

  it('writes the annotated workbook with --out and leaves the input byte for byte', async () => {
    const io = memoryIo({ 'book.xlsx': book });
    const { code } = await run(['book.xlsx', '--period', fixturePeriod, '--out', 'checked.xlsx'], io);
    expect(code).toBe(1);
    expect(io.files.get('book.xlsx')).toBe(book);
    expect([...io.files.keys()].sort()).toEqual(['book.xlsx', 'checked.xlsx']);
    const checked = await readWorkbookXlsx(io.files.get('checked.xlsx') ?? new Uint8Array());
    expect(checked.tables.map((t) => t.name)).toContain(TABLES.issues);
  });

  it('refuses to write --out over the input', async () => {
    const io = memoryIo({ 'book.xlsx': book });
    const { code } = await run(['book.xlsx', '--out', './book.xlsx'], io);
    expect(code).toBe(2);
    expect(io.files.get('book.xlsx')).toBe(book);
  });
});
