/**
 * A ledger whose WP_Entries starts in column C (a clerk inserted two columns in front of it): every place a
 * finding is shown — the CLI's lines and JSON, the 校验结果 sheet, the pane's sentences and 定位 label — names
 * the cell where it really is, two columns right of where the fixture (a table starting in column A) puts it.
 */
import { validateCommand } from '../../src/cli/commands/validate';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { indexToLetters, lettersToIndex } from '../../src/workbook/address';
import { TABLES } from '../../src/workbook/format';
import { ISSUE_HEADERS } from '../../src/workbook/issueSheet';
import { issueCell, issueMessage } from '../../src/workbook/issueText';
import { translate } from '../../src/domain/messages';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { memoryIo } from '../support/memoryIo';
import { bookPlan, fixtureExpected, fixturePeriod, fixtureRows } from './fixtureBook';

/** The fixture ledger with WP_Entries moved to start in column C. */
async function shiftedBook(): Promise<Uint8Array> {
  const plan = bookPlan(fixtureRows.map((r) => r.values));
  for (const sheet of plan.sheets)
    for (const table of sheet.tables) if (table.name === TABLES.entries) table.topLeft = 'C1';
  return writePlanToXlsx(plan);
}

/** The fixture's cell (`B8`, table from column A) two columns to the right (`D8`). */
function shifted(cell: string): string {
  const [, letters = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
  return `${indexToLetters(lettersToIndex(letters) + 2)}${row}`;
}

/** The expected row findings as `row rule cell`, shifted to column C. */
function expectedLines(): string[] {
  return fixtureExpected.rowIssues
    .map(([row, rule, , cell]) => `${row} ${rule} ${shifted(String(cell))}`)
    .sort();
}

let book: Uint8Array;
beforeAll(async () => {
  book = await shiftedBook();
});

describe('a ledger whose entries start in column C', () => {
  it('names the shifted cells in the CLI’s lines and JSON', async () => {
    const io = memoryIo({ 'book.xlsx': book });
    expect(await validateCommand(['book.xlsx', '--period', fixturePeriod, '--json'], io)).toBe(1);
    const json = JSON.parse(io.stdout()) as {
      issues: { row: number | null; rule: string; column: string | null; message: string }[];
    };
    const rowIssues = json.issues.filter((i) => i.row !== null);
    expect(rowIssues).toHaveLength(fixtureExpected.rowIssues.length);
    const lines = rowIssues.map((i) => {
      const cell = /（([A-Z]+\d+)）：/.exec(i.message)?.[1] ?? '?';
      expect(i.message).toContain(`第${i.row}行「${i.column}」（${cell}）：`);
      return `${i.row} ${i.rule} ${cell}`;
    });
    expect(lines.sort()).toEqual(expectedLines());

    const text = memoryIo({ 'book.xlsx': book });
    await validateCommand(['book.xlsx', '--period', fixturePeriod], text);
    const unwrapped = text.stdout().replace(/\n {4}/g, '');
    expect(unwrapped).toContain('第8行「填报单位」（D8）');
    expect(unwrapped).not.toContain('第8行「填报单位」（B8）');
  });

  it('writes the shifted cells into 校验结果, in 问题 and in 单元格', async () => {
    const io = memoryIo({ 'book.xlsx': book });
    await validateCommand(['book.xlsx', '--period', fixturePeriod, '--out', 'checked.xlsx'], io);
    const written = [...io.files].find(([path]) => path.endsWith('checked.xlsx'))?.[1];
    if (!written) throw new Error('no checked copy written');
    const issues = (await readWorkbookXlsx(written)).tables.find((t) => t.name === TABLES.issues);
    if (!issues) throw new Error('no WP_Issues');
    const at = (header: string) => ISSUE_HEADERS.indexOf(header);
    const rowIssues = issues.rows.filter((r) => r.values[at('行号')] !== null);
    const lines = rowIssues.map(
      (r) => `${r.values[at('行号')]} ${r.values[at('规则')]} ${r.values[at('单元格')]}`,
    );
    expect(lines.sort()).toEqual(expectedLines());
    for (const r of rowIssues)
      expect(String(r.values[at('问题')])).toContain(`（${String(r.values[at('单元格')])}）：`);
  });

  it('shows the shifted cell in the pane’s sentences and on its 定位 button', async () => {
    const backend = new BrowserBackend();
    await backend.openWorkbook(book, 'book.xlsx');
    const result = await backend.validate(fixturePeriod, () => undefined, new AbortController().signal);
    const layout = backend.entriesLayout();
    expect(layout?.left).toBe(2);
    const alias = result.issues.find((i) => i.row === 8 && i.rule === 'alias-unit');
    if (!alias) throw new Error('no alias finding on row 8');
    expect(issueCell(alias, layout)).toBe('D8');
    // The pane's t() renders the message in its language.
    expect(translate('zh-CN', issueMessage(alias, layout))).toContain('第8行「填报单位」（D8）：');
    expect(translate('en-US', issueMessage(alias, layout))).toContain('row 8, 填报单位 (D8): ');
    const lines = result.issues
      .filter((i) => i.row !== null)
      .map((i) => `${i.row} ${i.rule} ${issueCell(i, layout)}`)
      .sort();
    expect(lines).toEqual(expectedLines());
  });
});
