/**
 * The in-memory ledger writes the office's own cells back (联系人 · 联系电话 · 电子邮箱, 报送截止) every time it
 * writes the file — validate --out, summarize --out and collect all rewrite it from the stored schema.
 */
import { builtinSchema } from '../../src/domain/builtin';
import { loadSchema } from '../../src/ledger/loadSchema';
import { TABLES } from '../../src/workbook/format';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';

function withOffice(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const tables = snapshot.tables.map((t) => {
    if (t.name === TABLES.units)
      return {
        ...t,
        rows: t.rows.map((r) =>
          r.values[0] === '省科技厅'
            ? {
                row: r.row,
                values: [...r.values.slice(0, 3), '王芳', '0791-86201234', 'wangf@example.gov.cn'],
              }
            : r,
        ),
      };
    if (t.name === TABLES.periods)
      return {
        ...t,
        rows: t.rows.map((r) =>
          r.values[0] === '2021年上半年' ? { row: r.row, values: [...r.values.slice(0, 3), '7月10日前'] } : r,
        ),
      };
    return t;
  });
  return { ...snapshot, tables };
}

describe('the in-memory ledger writing its file', () => {
  it('keeps the office’s contacts and deadlines the file held', async () => {
    const book = XlsxLedger.empty();
    await loadSchema(book, builtinSchema(), { appVersion: 'test' });
    const edited = XlsxLedger.of(withOffice(await book.read('status')));
    const again = await XlsxLedger.open(await edited.toBytes('test'));
    const snapshot = await again.read('status');
    const units = snapshot.tables.find((t) => t.name === TABLES.units);
    const periods = snapshot.tables.find((t) => t.name === TABLES.periods);
    expect(units?.rows.find((r) => r.values[0] === '省科技厅')?.values.slice(3)).toEqual([
      '王芳',
      '0791-86201234',
      'wangf@example.gov.cn',
    ]);
    expect(periods?.rows.find((r) => r.values[0] === '2021年上半年')?.values[3]).toBe('7月10日前');
  });
});
