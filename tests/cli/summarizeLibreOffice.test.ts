/**
 * The workbook `summarize --out` writes, recalculated headless by LibreOffice, shows in its 汇总 sheet exactly
 * the figures the command computed: the file's 校验状态 and the domain agree on which rows count.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeCommand } from '../../src/cli/commands/summarize';
import { summarize } from '../../src/domain/summary';
import { SHEETS } from '../../src/workbook/format';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { cellDifferences, expectedSummaryCells } from '../fixtures/summary/expectedCells';
import { readCachedCells } from '../fixtures/summary/xlsxCells';
import { memoryIo } from '../support/memoryIo';
import { fixtureBook } from './summarizeFixture';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script shared with .ci/run
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  convert(input: string, filter: string, outDir: string): string[];
};

// 上半年 has numeric rows that validation marks 错误 (a duplicate, a wrong measure): they count only if 校验状态 is stale.
const PERIOD = '2021年上半年';

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'wp-summarize-lo-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('workpoints summarize --out recalculated by LibreOffice', () => {
  it(`shows the command's own figures for ${PERIOD} in every 汇总 cell`, async () => {
    const book = await fixtureBook();
    const r = memoryIo(new Map([['book.xlsx', book.bytes]]));
    expect(await summarizeCommand(['book.xlsx', '--period', PERIOD, '--out', 'out.xlsx', '--json'], r)).toBe(
      0,
    );
    const bytes = r.files.get('out.xlsx');
    if (!bytes) throw new Error('no output file');
    const input = join(workDir, 'out.xlsx');
    writeFileSync(input, bytes);
    const [output] = libreoffice.convert(input, 'xlsx', join(workDir, 'recalculated'));
    if (!output) throw new Error('LibreOffice wrote no file');
    const cells = await readCachedCells(new Uint8Array(readFileSync(output)), SHEETS.summary);
    const summary = summarize(book.schema, book.entries, PERIOD);
    // The JSON the command printed is the summary the sheet must show.
    expect((JSON.parse(r.stdout()) as { overall: { sentence: string } }).overall.sentence).toBe(
      summary.overall.sentence,
    );
    const sheet = planSummarySheet(book.schema, PERIOD).sheet;
    expect(cellDifferences(expectedSummaryCells(book.schema, summary, sheet), cells)).toEqual([]);
  });
});
