import { TABLES, SHEETS } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { createExcelFake } from '../support/excelFake';
import { ODD_FORMATS, ODD_HEADERS, oddEntryRows } from '../workbook/fixtures/oddEntries';
import { smallSchema } from '../workbook/fixtures/smallSchema';
import { fakeWorkbook } from './fakeContext';

describe('the Excel writer and a workbook that already holds entries', () => {
  it('keeps 1,000 hand-made entries with extra user columns byte for byte, loaded with the same and a changed schema', async () => {
    const rows = oddEntryRows(1000);
    const fake = createExcelFake();
    const schema = smallSchema();
    const wb = fakeWorkbook(fake);
    // The entries as a unit typed them, with two columns of their own at the end.
    fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', ODD_HEADERS, rows);
    const before = fake.tableValues(TABLES.entries);
    expect(before.rows).toHaveLength(1000);
    const existing = { entries: { headers: ODD_HEADERS, rows, numberFormats: ODD_FORMATS }, schema };

    for (let run = 0; run < 2; run++) {
      // The first load writes the schema's tables beside the entries, the second finds them all in place.
      const same = await wb.loadPlan(planWorkbook(schema, existing));
      expect(same.ok).toBe(true);
      expect(fake.tableValues(TABLES.entries)).toEqual(before);
    }

    const changed = smallSchema();
    changed.targets = changed.targets.filter((t) => t.id !== 'T2.1');
    const plan = planWorkbook(changed, existing);
    expect(plan.changes.map((c) => c.key)).toContain('T2.1');
    const update = await wb.loadPlan(plan);
    expect(update.ok).toBe(true);
    expect(fake.tableValues(TABLES.entries)).toEqual(before);
    expect(fake.tableValues(TABLES.targets).rows.map((r) => r[0])).not.toContain('T2.1');
  });
});
