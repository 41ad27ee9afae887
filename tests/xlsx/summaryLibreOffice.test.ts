/**
 * The 汇总 sheet's formulas give exactly the domain's numbers: a workbook built from a fixture of entries is
 * recalculated headless by LibreOffice and every checked cell is compared with `summarize()`; then the
 * period cell is changed in the file and the comparison repeated for a second period.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NormalizedEntry } from '../../src/domain/entries';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { COLUMNS, SHEETS, STATUS_LABELS } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import type { SheetPlan, WorkbookPlan } from '../../src/workbook/plan';
import { withSummarySheet } from '../support/withSummarySheet';
import { CELLS } from '../../src/workbook/summarySheetLayout';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { cellDifferences, expectedSummaryCells } from '../fixtures/summary/expectedCells';
import { miniSchema } from '../fixtures/summary/miniSchema';
import { readCachedCells, setCellText, type CachedValue } from '../fixtures/summary/xlsxCells';

/** scripts/libreoffice.cjs: headless conversion in a temporary profile with OOXMLRecalcMode=0 (always recalculate). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script shared with .ci/run
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  convert(input: string, filter: string, outDir: string): string[];
};

const FIRST = '2021年上半年';
const SECOND = '2021年前三季度';
const STATUS_COLUMN = COLUMNS.entries.indexOf('校验状态');

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'wp-summary-lo-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** The fixture rows validated as the add-in would, with 校验状态 written back, and the normalized entries. */
function validatedFixture(): { rows: (string | number | boolean | null)[][]; entries: NormalizedEntry[] } {
  const schema = miniSchema();
  const sheetRows = ENTRY_ROWS.map((values, i) => ({ row: i + 2, values: [...values] }));
  const { normalized } = validateEntries(schema, sheetRows);
  const status = new Map(normalized.map((entry) => [entry.row, STATUS_LABELS[entry.status]]));
  const rows = sheetRows.map(
    (row) =>
      row.values.map((value, j) => (j === STATUS_COLUMN ? (status.get(row.row) ?? null) : value)) as (
        string | number | boolean | null
      )[],
  );
  return { rows, entries: normalized };
}

function summarySheetOf(plan: WorkbookPlan): SheetPlan {
  const sheet = plan.sheets.find((candidate) => candidate.name === SHEETS.summary);
  if (!sheet) throw new Error('no 汇总 sheet in the plan');
  return sheet;
}

async function recalculate(bytes: Uint8Array, name: string): Promise<Map<string, CachedValue>> {
  const input = join(workDir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  // Saved back as .xlsx (not CSV), the cells keep their full numbers rather than the formatted text.
  const [output] = libreoffice.convert(input, 'xlsx', join(workDir, `${name}-out`));
  if (!output) throw new Error('LibreOffice wrote no file');
  return readCachedCells(new Uint8Array(readFileSync(output)), SHEETS.summary);
}

describe('the 汇总 sheet recalculated by LibreOffice', () => {
  const schema = miniSchema();
  const { rows, entries } = validatedFixture();
  const plan = withSummarySheet(
    planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows } }),
    schema,
    FIRST,
  );
  const sheet = summarySheetOf(plan);

  it('covers every status, errors, duplicates and a `>` target met exactly (the fixture is what it claims)', () => {
    const statuses = new Set(
      [FIRST, SECOND].flatMap((period) =>
        summarize(schema, entries, period).targets.map((target) => target.status),
      ),
    );
    expect([...statuses].sort()).toEqual(
      ['严重滞后', '已完成', '未报送', '未达标', '正常', '滞后', '达标'].sort(),
    );
    expect(entries.some((entry) => entry.status === 'error' && entry.value !== null)).toBe(true);
    const exact = summarize(schema, entries, FIRST).targets.find((target) => target.id === 'T1.2');
    expect(exact).toMatchObject({ actual: 7500, target: 7500, met: false });
  });

  it(`shows summarize()'s figures for ${FIRST} in every cell`, async () => {
    const cells = await recalculate(await writePlanToXlsx(plan), 'first');
    expect(
      cellDifferences(expectedSummaryCells(schema, summarize(schema, entries, FIRST), sheet), cells),
    ).toEqual([]);
  });

  it(`follows the period cell: set to ${SECOND}, every cell shows that period's figures`, async () => {
    const changed = await setCellText(await writePlanToXlsx(plan), SHEETS.summary, CELLS.period, SECOND);
    const cells = await recalculate(changed, 'second');
    const first = expectedSummaryCells(schema, summarize(schema, entries, FIRST), sheet);
    const second = expectedSummaryCells(schema, summarize(schema, entries, SECOND), sheet);
    expect(cellDifferences(second, cells)).toEqual([]);
    // The two periods must differ somewhere, or this test could not tell them apart.
    expect(cellDifferences(first, cells).length).toBeGreaterThan(0);
  });
});
