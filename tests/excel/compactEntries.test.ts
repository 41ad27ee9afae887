/** The summary's compact read of WP_Entries gives validation the same statuses and issues as the full read. */
import { validateEntries } from '../../src/domain/validation';
import { readCompactEntries } from '../../src/excel/compactEntries';
import { readEntries } from '../../src/excel/readEntries';
import { checkSnapshot as checkWorkbook } from '../support/ledgerCheck';
import { SHEETS } from '../../src/workbook/format';
import type { CellValue } from '../../src/domain/entryCells';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { asExcel } from './fakeContext';
import { fakeLedger } from './summaryFixture';

const PERIOD = '2021年上半年';
const H1 = PERIOD;
const A = '省工业和信息化厅';

/** Rows that stress what the compact read leaves out (contract order; 校验状态 last). */
const ODD_ROWS: CellValue[][] = [
  [null, null, null, null, null, null, null, null, '张三', null], // blank except 填报人: not a blank row
  [null, null, null, null, null, null, '只有进展文字', null, null, null], // only progress text
  [null, null, null, null, null, null, null, '只有问题', null, null],
  [null, null, null, null, null, null, '   ', null, '\u3000', null], // only spaces: a blank row
  [null, null, null, null, null, null, null, null, null, null], // an interior blank row
  ['  ', null, null, null, null, null, null, null, '李四', null], // spaces in a short column
  [H1, A, 1, 'T1.1', '#N/A', '户', '文字', null, '张三', null], // '#N/A' typed as text (an error value below)
  [H1, A, 1, 'T1.2', 7500, '家', null, null, '张三', null], // no progress: missing-progress-text
  [H1, A, 1, 'T1.2', 7600, '家', 12, null, '张三', null], // a number as progress
  [H1, A, 3, 'T3.2', 30, '个', true, '', '张三', null],
  [H1, A, '#REF!', null, null, null, '文字', null, null, null], // '#REF!' as text in 序号
];

/** Error values put straight into cells (row offset in ODD_ROWS, contract column, error code). */
const ERRORS: Array<[number, number, string]> = [
  [7, 6, '#DIV/0!'], // progress an error: reads as no progress
  [8, 4, '#VALUE!'],
  [9, 0, '#N/A'],
];

async function ledger() {
  const rows = [
    ...ENTRY_ROWS.map((r) => [...r] as CellValue[]),
    ...ODD_ROWS,
    ...ENTRY_ROWS.map((r) => [...r] as CellValue[]),
  ];
  const built = await fakeLedger({}, rows.length, (i) => rows[i] ?? []);
  const sheet = built.fake.model.requireSheet(SHEETS.entries);
  for (const [offset, column, error] of ERRORS)
    sheet.ensure(1 + ENTRY_ROWS.length + offset, column).stored = { kind: 'error', error };
  // A row typed below the table (LibreOffice/WPS do not grow tables), after a gap.
  sheet.ensure(1 + rows.length + 2, 1).stored = { kind: 'text', text: A };
  sheet.ensure(1 + rows.length + 2, 8).stored = { kind: 'text', text: '张三' };
  return built;
}

function judged(snapshot: WorkbookSnapshot) {
  const check = checkWorkbook(snapshot, { period: PERIOD });
  if (!check.ok) throw new Error(check.problem);
  return {
    statuses: check.result.normalized.map((e) => [e.row, e.status]),
    issues: check.result.issues.map((i) => [i.row, i.rule, i.severity, i.unit]),
    blankRows: check.result.blankRows,
    rows: check.ledger.rows.map((r) => r.row),
  };
}

describe('compact entries read', () => {
  it.each([3, 7, 25_000])(
    'gives validation the same statuses and issues as the full read (first block of %i rows)',
    async (firstBlockRows) => {
      const { fake } = await ledger();
      const full = await fake.run((ctx) => readEntries(asExcel(ctx)));
      const compact = await fake.run((ctx) =>
        readCompactEntries(asExcel(ctx), { firstBlockRows, maxResponseBytes: 2_000 }),
      );
      if (!compact) throw new Error('compact read found no table');
      const want = judged(full.snapshot);
      expect(want.statuses.map((s) => s[1])).toEqual(expect.arrayContaining(['ok', 'warning', 'error']));
      expect(want.blankRows).toBeGreaterThan(0);
      expect(judged(compact.snapshot)).toEqual(want);
      // The short columns arrive exactly, error values (read back as '#N/A' strings) told from text by type.
      const short = (snapshot: WorkbookSnapshot) =>
        (snapshot.tables[0]?.rows ?? []).map((r) => r.values.slice(0, 6));
      expect(short(compact.snapshot)).toEqual(short(full.snapshot));
    },
  );

  it('reads a 工作进展 of only spaces in a row with figures as filled (the one thing only the full read sees)', async () => {
    const rows: CellValue[][] = [[H1, A, 1, 'T1.1', 1000, '户', '  ', null, '张三', null]];
    const { fake, schema } = await fakeLedger({}, 1, (i) => rows[i] ?? []);
    const compact = await fake.run((ctx) => readCompactEntries(asExcel(ctx)));
    if (!compact) throw new Error('compact read found no table');
    const full = validateEntries(schema, [{ row: 2, values: rows[0] ?? [] }], { period: PERIOD });
    expect(full.issues.some((i) => i.rule === 'missing-progress-text')).toBe(true);
    expect(judged(compact.snapshot).issues.some((i) => i[1] === 'missing-progress-text')).toBe(false);
  });

  it('returns null for a workbook without WP_Entries, so the full read can explain the damage', async () => {
    const { fake } = await ledger();
    fake.model.renameTable(fake.model.requireTable('WP_Entries'), 'Other');
    await expect(fake.run((ctx) => readCompactEntries(asExcel(ctx)))).resolves.toBeNull();
  });
});
