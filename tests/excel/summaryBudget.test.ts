/**
 * Summary generation with realistic entries stays within 4 syncs, 4 MB per request and 4 MB per response
 * (measured by the fake), with the real validation refresh in front of it: compact read, the domain's rules,
 * 校验状态 written with the 汇总 sheet.
 */
import { validateEntries } from '../../src/domain/validation';
import { STATUS_LABELS, SHEETS, TABLES } from '../../src/workbook/format';
import type { CellValue } from '../../src/domain/entryCells';
import { fakeWorkbook } from './fakeContext';
import { entryRow } from './handPlan';
import { fakeLedger, measured, summaryRun } from './summaryFixture';

const PERIOD = '2021年上半年';
const FOUR_MB = 4 * 1024 * 1024;

/** handPlan's realistic row (progress text ~40 characters), with the mini schema's units, items and targets. */
function realisticRow(i: number): CellValue[] {
  const row = entryRow(i) as CellValue[];
  const own =
    [
      ['省工业和信息化厅', 1, 'T1.1', '户'],
      ['省发展改革委', 2, 'T2.1', '%'],
      ['省财政厅', 3, 'T3.1', '%'],
      ['省工业和信息化厅', 3, 'T3.2', '个'],
    ][i % 4] ?? [];
  return [
    row[0] ?? null,
    own[0] ?? null,
    own[1] ?? null,
    i % 2 === 0 ? (own[2] ?? null) : null,
    row[4] ?? null,
    i % 2 === 0 ? (own[3] ?? null) : null,
    row[6] ?? null,
    row[7] ?? null,
    row[8] ?? null,
    null,
  ];
}

describe.each([0, 10_000, 100_000])('summary generation budgets with %i realistic entries', (n) => {
  it("stays within 4 syncs, 4 MB per request and 4 MB per response, twice, writing the domain's 校验状态", async () => {
    const { fake } = await fakeLedger({}, n, realisticRow);
    const raw = Array.from({ length: n }, (_, i) => ({ row: i + 2, values: realisticRow(i) }));
    const expected = new Map(
      validateEntries((await fakeLedger({}, 0)).schema, raw, { period: PERIOD }).normalized.map((e) => [
        e.row,
        STATUS_LABELS[e.status],
      ]),
    );
    const wb = fakeWorkbook(fake);
    for (const pass of ['first', 'second']) {
      const from = fake.stats.records.length;
      const costs = wb.costs.length;
      const result = await summaryRun(wb, PERIOD);
      const used = measured(fake, from);
      expect({ pass, ok: result.ok, message: result.message }).toEqual({ pass, ok: true, message: '' });
      expect(used.syncs).toBe(wb.costs.slice(costs).reduce((n, c) => n + c.syncs, 0));
      expect(used.syncs).toBeLessThanOrEqual(4);
      expect(used.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
      expect(used.maxResponseBytes).toBeLessThanOrEqual(FOUR_MB);
      // Figures for the report (stdout of the test run).
      process.stdout.write(
        `summary ${n} entries, ${pass} run: ${used.syncs} syncs, largest request ${used.maxRequestBytes} B, largest response ${used.maxResponseBytes} B\n`,
      );
    }
    const statuses = fake.tableValues(TABLES.entries).rows.map((r) => r[r.length - 1]);
    expect(statuses).toHaveLength(n === 0 ? statuses.length : n);
    statuses.slice(0, n).forEach((s, i) => {
      if (s !== (expected.get(i + 2) ?? ''))
        throw new Error(`row ${i + 2}: 校验状态 ${String(s)}, expected ${expected.get(i + 2) ?? '(blank)'}`);
    });
    expect(fake.charts(SHEETS.summary)).toHaveLength(1);
  });
});
