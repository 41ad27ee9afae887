/** `workpoints validate` on the three-unit workbook: the per-unit table, the exact --json shape, exit codes, --out. */
import { validateCommand } from '../../src/cli/commands/validate';
import { TABLES } from '../../src/workbook/format';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import {
  expectedRowIssueLines,
  bookPlan,
  fixtureBook,
  fixtureExpected,
  fixturePeriod,
  fixtureRows,
  rowIssueLines,
} from './fixtureBook';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
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
      expect(Object.keys(issue)).toEqual(['row', 'unit', 'column', 'rule', 'severity', 'group', 'message']);
    for (const unit of json.units)
      expect(Object.keys(unit)).toEqual([
        'unit',
        'errors',
        'warnings',
        'missing',
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

  it('lists errors, missing reports and warnings apart, each finding whole under its short rule title', async () => {
    const { io } = await run(['book.xlsx', '--period', fixturePeriod]);
    const json = JSON.parse((await run(['book.xlsx', '--period', fixturePeriod, '--json'])).io.stdout()) as {
      issues: { message: string; rule: string; group: string }[];
    };
    const out = io.stdout();
    // Long lines wrap onto indented continuation lines; joined back, every sentence is there whole.
    const unwrapped = out.replace(/\n {4}/g, '');
    expect(out).not.toContain('…');
    const errorsAt = out.indexOf('错误（需改正单元格');
    const missingAt = out.indexOf('未报送（');
    const warningsAt = out.indexOf('\n警告（');
    expect(errorsAt).toBeGreaterThan(0);
    expect(missingAt).toBeGreaterThan(errorsAt);
    expect(warningsAt).toBeGreaterThan(missingAt);
    for (const issue of json.issues.filter((i) => i.group !== 'missing'))
      expect(unwrapped).toContain(issue.message);
    expect(unwrapped).toContain('[数字格式] ');
    expect(unwrapped).toContain('[报告期写法] ');
    expect(out).not.toMatch(/\[(bad-number|period-alias|missing-report)\]/);
    // Each unit's missing items and targets, every one named.
    expect(unwrapped).toContain('省统计局：工作任务 4、6；目标指标 T2.1');
    expect(unwrapped).toContain('南昌市人民政府：工作任务 5、6');
    expect(out).toContain(
      `报告期 ${fixturePeriod}：校验 ${fixtureRows.length - fixtureExpected.blankRows} 行；错误 `,
    );
  });

  it('offers 省工业和信息化厅 for the unknown 省工业和信息化局 as a suggestion a person confirms, never as a fix', async () => {
    const { io } = await run(['book.xlsx', '--period', fixturePeriod]);
    expect(io.stdout().replace(/\n {4}/g, '')).toContain('（建议改为“省工业和信息化厅”，需人工确认）');
    const fixed = memoryIo({ 'book.xlsx': book });
    await run(['book.xlsx', '--period', fixturePeriod, '--out', 'fixed.xlsx', '--fix'], fixed);
    const after = await readWorkbookXlsx(fixed.files.get('fixed.xlsx') ?? new Uint8Array());
    const entries = after.tables.find((t) => t.name === TABLES.entries);
    expect(entries?.rows.find((r) => r.row === 13)?.values[1]).toBe('省工业和信息化局');
    expect(entries?.rows.find((r) => r.row === 8)?.values[1]).toBe('省工业和信息化厅');
  });

  it('puts units that are not in the ledger first, then the units with most errors, then most missing reports', async () => {
    const { io } = await run(['book.xlsx', '--period', fixturePeriod]);
    const table = io.stdout().split('\n\n')[0] ?? '';
    const units = table
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0] ?? '');
    expect(units).toEqual([
      '省工业和信息化局（非本台账单位）',
      '省工业和信息化厅',
      '省财政厅',
      '省统计局',
      '南昌市人民政府',
      '九江市人民政府',
      '省发展改革委',
    ]);
  });

  it('exits 0 when the only findings are missing reports, printing who owes what; --strict makes it 1', async () => {
    const clean = fixtureRows
      .filter((r) => r.values[1] === '省发展改革委' && r.values[0] === fixturePeriod)
      .map((r) => r.values);
    const only = await writePlanToXlsx(bookPlan(clean));
    const plain = await run(['only.xlsx', '--period', fixturePeriod], memoryIo({ 'only.xlsx': only }));
    expect(plain.code).toBe(0);
    expect(plain.io.stdout()).toContain('未报送（');
    expect(plain.io.stdout()).toContain('省工业和信息化厅：工作任务');
    expect(plain.io.stdout()).toContain('错误 0 条');
    const strict = await run(
      ['only.xlsx', '--period', fixturePeriod, '--strict'],
      memoryIo({ 'only.xlsx': only }),
    );
    expect(strict.code).toBe(1);
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
