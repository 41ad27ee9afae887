/**
 * Point 3 of "inside real Excel": request sizes measured with the real Office.js request builder. Every write
 * write the writers queue is replayed on a real `Excel.RequestContext` (never synced) and its serialised size
 * compared with the writer's estimate, and every request the writers pack must stay under 4 MB as Office.js
 * really serialises it. The fake's own request model is checked against the same measure: it must not be
 * kinder than Office.js, or tests against the fake would pass requests Excel on the web refuses.
 */
import * as writeBatches from '../../src/excel/writeBatches';
import { applyLedgerFixes } from '../../src/ledger/applyFixes';
import { builtinSchema } from '../../src/domain/builtin';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { pendingRequestBytes, realContext } from '../support/realOfficeJs';
import { bookPlan, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { asExcel, fakeWorkbook, validateInFake } from './fakeContext';
import { summaryRun } from './summaryFixture';
import { largeLedgerRows } from './largeLedgerRows';

const BUDGET = 4_000_000;

/** Runs `work` and returns every batch of queued writes the writers packed meanwhile. */
async function packedDuring(work: () => Promise<unknown>): Promise<writeBatches.QueuedWrite[][]> {
  const spy = jest.spyOn(writeBatches, 'packBatches');
  try {
    await work();
    return spy.mock.results.flatMap((r) =>
      r.type === 'return' ? (r.value as writeBatches.QueuedWrite[][]) : [],
    );
  } finally {
    spy.mockRestore();
  }
}

/** Bytes Office.js would send for these writes queued into one request. */
function realBytes(batch: readonly writeBatches.QueuedWrite[]): number {
  const ctx = realContext();
  const empty = pendingRequestBytes(ctx);
  for (const u of batch) u.queue(ctx);
  return pendingRequestBytes(ctx) - empty;
}

/** Bytes the fake's request model gives the same writes. */
function fakeBytes(fake: ExcelFake, batch: readonly writeBatches.QueuedWrite[]): number {
  const ctx = fake.newContext();
  const empty = ctx.core.pendingRequestBytes();
  for (const u of batch) u.queue(asExcel(ctx));
  return ctx.core.pendingRequestBytes() - empty;
}

async function everyWriter(): Promise<{ fake: ExcelFake; batches: writeBatches.QueuedWrite[][] }> {
  const fake = createExcelFake();
  const rows = fixtureRows.map((r) => r.values);
  const batches = await packedDuring(async () => {
    const wb = fakeWorkbook(fake);
    await wb.loadPlan(planWorkbook(builtinSchema()));
    const fresh = fakeWorkbook(createExcelFake());
    await fresh.loadPlan(bookPlan(rows));
    const validation = await validateInFake(fresh, fixturePeriod);
    const fixable = validation.result.issues.filter((i) => i.fix).map((i) => i.id);
    await applyLedgerFixes(fresh, validation.validation, fixable);
    expect((await summaryRun(fresh, fixturePeriod)).ok).toBe(true);
  });
  return { fake, batches };
}

describe('request sizes, measured with the real Office.js request builder', () => {
  it('estimates every queued write at least at what Office.js sends for it', async () => {
    const { batches } = await everyWriter();
    const all = batches.flat();
    expect(all.length).toBeGreaterThan(100);
    const under = all
      .map((u) => ({ step: u.step, estimate: u.bytes, real: realBytes([u]) }))
      .filter((x) => x.real > x.estimate);
    expect(under).toEqual([]);
  });

  it('keeps the fake no kinder than Office.js for any queued write', async () => {
    const { fake, batches } = await everyWriter();
    const kinder = batches
      .flat()
      .map((u) => ({ step: u.step, fake: fakeBytes(fake, [u]), real: realBytes([u]) }))
      .filter((x) => x.fake < x.real);
    expect(kinder).toEqual([]);
  });

  it('sends every request of validating and fixing 12,000 entries under 4 MB, in the fake and as Office.js builds it', async () => {
    // Every row carries a fixable alias (省工信厅).
    const alias = fixtureRows.find((r) => r.values[1] === '省工信厅')?.values ?? [];
    const rows = largeLedgerRows([alias], 12_000, 40);
    const fake = createExcelFake();
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    const wb = fakeWorkbook(fake);
    await wb.loadPlan(bookPlan(rows));
    const mark = fake.stats.records.length;
    const batches = await packedDuring(async () => {
      const validation = await validateInFake(wb, fixturePeriod);
      const fixable = validation.result.issues.filter((i) => i.fix).map((i) => i.id);
      expect(fixable.length).toBeGreaterThanOrEqual(12_000);
      const applied = await applyLedgerFixes(wb, validation.validation, fixable);
      expect(applied.changes.length).toBe(fixable.length);
      expect(applied.skipped).toEqual([]);
    });
    const sizes = batches.map((b) => realBytes(b));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BUDGET);
    expect(fake.stats.records.slice(mark).every((r) => r.requestBytes <= BUDGET)).toBe(true);
  });
});
