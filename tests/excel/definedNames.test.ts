/**
 * Point 6 of "inside real Excel": the dropdown sources `WP_List_*` are names over table columns
 * (`=WP_Periods[报告期]`), so the lists follow the tables when they grow. Since build 1904 `names.add` has been
 * reported to store such a reference as a fixed address (office-js #740); `addFormulaLocal` keeps it. The fake
 * plays both behaviours of `names.add`.
 */
import { builtinSchema } from '../../src/domain/builtin';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { LIST_NAMES } from '../../src/workbook/names';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { eachSetting } from '../support/behaviours';
import { createExcelFake } from '../support/excelFake';
import { typeTableRows } from '../support/fake/typing';
import { fakeWorkbook } from './fakeContext';

describe.each(eachSetting('namesAdd'))('the dropdown names with %s', (_label, behaviour) => {
  it('stay structured references, so a list follows its table as rows are added', async () => {
    const fake = createExcelFake({ behaviour });
    const wb = fakeWorkbook(fake);
    for (let run = 0; run < 2; run++) {
      // The second load redefines names that exist.
      expect((await wb.loadPlan(planWorkbook(builtinSchema()))).ok).toBe(true);
      expect(fake.model.names.get(LIST_NAMES.periods.toLowerCase())?.formula).toBe(
        `=${TABLES.periods}[报告期]`,
      );
      expect(fake.model.names.get(LIST_NAMES.units.toLowerCase())?.formula).toBe(`=${TABLES.units}[单位]`);
    }
    const before = fake.nameTarget(LIST_NAMES.periods);
    typeTableRows(fake.model, TABLES.periods, [{ 报告期: '2022年一季度' }]);
    const after = fake.nameTarget(LIST_NAMES.periods);
    expect(after?.sheet).toBe(SHEETS.periods);
    expect((after?.rect.bottom ?? 0) - (before?.rect.bottom ?? 0)).toBe(1);
  });
});

describe('name formulas written with addFormulaLocal', () => {
  it('hold nothing a language changes: no functions, separators or [#…] items', () => {
    const schema = builtinSchema();
    const names = [...planWorkbook(schema).names, ...planSummarySheet(schema, '2021年上半年').names];
    expect(names.length).toBeGreaterThan(4);
    for (const n of names)
      expect([n.name, /^=(WP_\w+\[[^\][#,;]+\]|'[^']+'!\$[A-Z]+\$\d+)$/.test(n.formula)]).toEqual([
        n.name,
        true,
      ]);
  });
});
