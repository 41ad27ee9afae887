/** The 校验结果 sheet tells the office what it should know about the workbook, each notice as a sentence. */
import { message, translate } from '../../src/domain/messages';
import { checkSnapshot } from '../support/ledgerCheck';
import { planIssueSheet } from '../../src/workbook/issueSheet';
import { applyPlanToSnapshot } from '../../src/workbook/snapshotEdits';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { smallSchema } from './fixtures/smallSchema';

describe('the notices on the 校验结果 sheet', () => {
  it('writes each notice as its Chinese sentence under the summary line', () => {
    const snapshot = applyPlanToSnapshot({ sheets: [], tables: [], meta: null }, planWorkbook(smallSchema()));
    const check = checkSnapshot(snapshot);
    if (!check.ok) throw new Error(check.problem);
    const notice = { kind: 'schema-tables-edited' as const, message: message('tables.edited') };
    const output = planIssueSheet(check.ledger.layout, check.ledger.rows, check.result, [notice]);
    expect(output.sheet.cells.find((c) => c.address === 'A3')?.value).toBe(
      `注意：${translate('zh-CN', message('tables.edited'))}`,
    );
  });
});
