/**
 * The Office.js path on the acceptance ledger of "inside real Excel": 3,000 entries whose 工作进展 are 600
 * characters each, in the strict Excel fake (whose request sizes are calibrated against the real Office.js
 * request builder, and which fails any request or response over 5 MB as Excel on the web does). Prints the
 * syncs and the largest request and response of each step: load, validate, apply every fix, summarise, and the
 * status read of WP_Entries.
 */
import { applyLedgerFixes } from '../src/ledger/applyFixes';
import { summarizeLedger } from '../src/ledger/summarizeLedger';
import { COLUMNS, SHEETS, TABLES } from '../src/workbook/format';
import { fakeWorkbook, validateInFake } from '../tests/excel/fakeContext';
import { largeLedgerRows, LARGE_LEDGER } from '../tests/excel/largeLedgerRows';
import { createExcelFake, type ExcelFake } from '../tests/support/excelFake';
import { bookPlan, fixturePeriod, fixtureRows } from '../tests/validation-integration/fixtureBook';
import { type Benchmark, label, ms } from './harness';

const MB = 1024 * 1024;

/** Syncs, largest request and response from the `mark`-th sync record on, as a printed line. */
function figures(name: string, fake: ExcelFake, mark: number, elapsed: number): string {
  const records = fake.stats.records.slice(mark);
  const max = (f: (r: (typeof records)[number]) => number) => records.reduce((m, r) => Math.max(m, f(r)), 0);
  const mb = (b: number) => `${(b / MB).toFixed(2)} MB`;
  return `${label(name)} syncs ${records.length}, largest request ${mb(max((r) => r.requestBytes))}, largest response ${mb(max((r) => r.responseBytes))}, ${ms(elapsed)}`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; elapsed: number }> {
  const start = performance.now();
  const value = await work();
  return { value, elapsed: performance.now() - start };
}

/** The benchmark registered in bench/run.ts. */
export const benchmark: Benchmark = {
  name: `inside Excel: ${LARGE_LEDGER.entries.toLocaleString('en-US')} entries with ${LARGE_LEDGER.progressChars}-character 工作进展 (strict fake, 5 MB limits)`,
  async run(print) {
    const rows = largeLedgerRows(fixtureRows.map((r) => r.values));
    const fake = createExcelFake();
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
    const wb = fakeWorkbook(fake);

    let mark = fake.stats.records.length;
    const load = await timed(() => wb.loadPlan(bookPlan(rows)));
    print(figures('load the schema', fake, mark, load.elapsed));

    mark = fake.stats.records.length;
    const validate = await timed(() => validateInFake(wb, fixturePeriod));
    print(figures('validate', fake, mark, validate.elapsed));
    print(
      `${label('  issues written to 校验结果')} ${validate.value.result.issues.length.toLocaleString('en-US')}`,
    );

    mark = fake.stats.records.length;
    const fixable = validate.value.result.issues.filter((i) => i.fix).map((i) => i.id);
    const fixes = await timed(() => applyLedgerFixes(wb, validate.value.validation, fixable));
    print(
      figures(
        `apply ${fixable.length.toLocaleString('en-US')} fixes (validation again included)`,
        fake,
        mark,
        fixes.elapsed,
      ),
    );

    mark = fake.stats.records.length;
    const summary = await timed(() => summarizeLedger(wb, { period: fixturePeriod }));
    print(figures('summarise (validation included)', fake, mark, summary.elapsed));

    mark = fake.stats.records.length;
    const status = await timed(() => wb.read('status'));
    print(figures('status read of WP_Entries', fake, mark, status.elapsed));
  },
};
