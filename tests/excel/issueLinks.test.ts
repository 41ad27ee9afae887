/**
 * Point 4 of "inside real Excel": the 定位 links of 校验结果 each point at their own cell. Writing a different
 * HYPERLINK formula into each row of an existing table column lets Excel's AutoCorrect fill one formula down
 * the whole column (office-js #2093, #5909); a user may have that option on or off (the fake plays both). Hosts
 * with ExcelApi 1.7 get `Range.hyperlink` links (no formula at all); older ones get the formulas written before
 * the table is created over them.
 */
import { SHEETS, TABLES } from '../../src/workbook/format';
import { LINK_COLUMN } from '../../src/workbook/issueSheet';
import { issueCell } from '../../src/workbook/issueText';
import { eachSetting } from '../support/behaviours';
import { createExcelFake } from '../support/excelFake';
import { indexToLetters } from '../../src/workbook/address';
import { bookPlan, fixtureExpected, fixturePeriod, fixtureRows } from '../validation-integration/fixtureBook';
import { fakeWorkbook, officeWorkbookAt, validateInFake } from './fakeContext';

const LEVELS = ['1.6', '1.8', '1.14'];

describe.each(eachSetting('calculatedColumns'))('定位 links in 校验结果 with %s', (_label, behaviour) => {
  it.each(LEVELS)('point every issue row at its own cell on ExcelApi %s', async (level) => {
    const fake = createExcelFake({ apiVersion: level, behaviour });
    const loaded = await fakeWorkbook(fake).loadPlan(bookPlan(fixtureRows.map((r) => r.values)));
    expect(loaded.ok).toBe(true);
    const done = await validateInFake(officeWorkbookAt(fake, level), fixturePeriod);
    expect(fake.stats.unsupportedCalls).toEqual([]);
    const table = fake.model.requireTable(TABLES.issues).rect;
    const column = table.left + LINK_COLUMN;
    const targets = done.result.issues.map((_, i) =>
      fake.linkTarget(SHEETS.issues, `${indexToLetters(column)}${table.top + 2 + i}`),
    );
    const cells = done.result.issues.map((issue) => issueCell(issue, done.layout));
    const expected = cells.map((cell) => (cell === '' ? null : cell));
    expect(targets.map((t) => (t === null ? null : t.replace(`'${SHEETS.entries}'!`, '')))).toEqual(expected);
    // Every row issue of the fixture names a cell, and its link shows that address.
    expect(expected.filter((e) => e !== null)).toHaveLength(fixtureExpected.rowIssues.length);
    const shown = fake.tableValues(TABLES.issues).rows.map((r) => r[LINK_COLUMN]);
    cells.forEach((cell, i) => {
      if (cell) expect(shown[i] === cell || shown[i] === '#FAKE_UNCALCULATED!').toBe(true);
    });
  });
});
