/**
 * Unit, section and period names that read as criteria operators or wildcards (`<省科技厅>`, `=市场监管局`,
 * `省*办`, `2021年上半年?` …): the workbook `summarize --out` writes, recalculated by LibreOffice, shows in every
 * 汇总 cell what `summarize()` computes, for two periods.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeCommand } from '../../src/cli/commands/summarize';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { COLUMNS, SHEETS } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { cellDifferences, expectedSummaryCells } from '../fixtures/summary/expectedCells';
import { RENAMED, trickyRows, trickySchema } from '../fixtures/summary/trickyNames';
import { readCachedCells } from '../fixtures/summary/xlsxCells';
import { memoryIo } from '../support/memoryIo';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script shared with .ci/run
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  convert(input: string, filter: string, outDir: string): string[];
};

const PERIODS = [RENAMED.get('2021年上半年') ?? '', RENAMED.get('2021年前三季度') ?? ''];

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'wp-tricky-lo-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

async function trickyBook() {
  const schema = trickySchema();
  const rows = trickyRows();
  const bytes = await writePlanToXlsx(
    planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows } }, { appVersion: 'test' }),
  );
  const { normalized } = validateEntries(
    schema,
    rows.map((values, i) => ({ row: i + 2, values })),
  );
  return { schema, bytes, entries: normalized };
}

describe('criteria-safe names in the 汇总 formulas (LibreOffice recalculation)', () => {
  it('the fixture is what it claims: the look-alike rows are valid and would change the figures', async () => {
    const book = await trickyBook();
    const lookalikes = book.entries.filter(
      (e) => e.period === RENAMED.get('2021年全年') || e.unit === '省科技办',
    );
    expect(lookalikes.length).toBe(4);
    expect(lookalikes.every((e) => e.status !== 'error')).toBe(true);
  });

  for (const period of PERIODS) {
    it(`shows summarize()'s figures for ${period} in every cell`, async () => {
      const book = await trickyBook();
      const r = memoryIo(new Map([['book.xlsx', book.bytes]]));
      expect(
        await summarizeCommand(['book.xlsx', '--period', period, '--out', 'out.xlsx', '--json'], r),
      ).toBe(0);
      const bytes = r.files.get('out.xlsx');
      if (!bytes) throw new Error(`no output file: ${r.stderr()}`);
      const name = `out-${PERIODS.indexOf(period)}`;
      const input = join(workDir, `${name}.xlsx`);
      writeFileSync(input, bytes);
      const [output] = libreoffice.convert(input, 'xlsx', join(workDir, name));
      if (!output) throw new Error('LibreOffice wrote no file');
      const cells = await readCachedCells(new Uint8Array(readFileSync(output)), SHEETS.summary);
      const summary = summarize(book.schema, book.entries, period);
      const sheet = planSummarySheet(book.schema, period).sheet;
      expect(cellDifferences(expectedSummaryCells(book.schema, summary, sheet), cells)).toEqual([]);
    });
  }
});
