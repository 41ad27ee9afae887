/** Prints sync counts and request/response sizes of validation in the fake for 10,000 and 100,000 entries (run with tsx). */
import { validateLedger } from '../../src/ledger/validateLedger';
import { createExcelFake } from '../support/excelFake';
import { fakeWorkbook } from '../excel/fakeContext';
import { bookPlan, fixturePeriod, fixtureRows } from './fixtureBook';

async function figures(n: number, kind: 'clean' | 'mixed'): Promise<void> {
  const template = (kind === 'clean' ? fixtureRows.slice(0, 6) : fixtureRows.slice(0, 26)).map(
    (r) => r.values,
  );
  const rows = Array.from({ length: n }, (_, i) => [...(template[i % template.length] ?? [])]);
  const fake = createExcelFake();
  await fakeWorkbook(fake).loadPlan(bookPlan(rows));
  const mark = fake.stats.records.length;
  const t = Date.now();
  const v = await validateLedger(fakeWorkbook(fake), { period: fixturePeriod });
  const recs = fake.stats.records.slice(mark);
  const max = (f: (r: (typeof recs)[number]) => number) => Math.max(...recs.map(f));
  console.log(
    `${n} ${kind}: issues ${v.result.issues.length}, syncs ${recs.length}, largest request ${max((r) => r.requestBytes)} B, largest response ${max((r) => r.responseBytes)} B, ${Date.now() - t} ms`,
  );
}

void (async () => {
  for (const n of [10_000, 100_000]) for (const kind of ['clean', 'mixed'] as const) await figures(n, kind);
})();
