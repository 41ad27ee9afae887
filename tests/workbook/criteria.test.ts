/** Every criterion the 汇总 formulas build from a unit, section or period name is escaped in the formula. */
import { escapedWildcards, exactCriterion } from '../../src/workbook/criteria';
import {
  DUTY_REPORTED_FORMULA,
  FRACTION_FORMULA,
  SECTION_FORMULAS,
  SUMMARY_FORMULAS,
  UNIT_FORMULAS,
} from '../../src/workbook/summarySheetFormulas';
import { PERIOD_NAME } from '../../src/workbook/summarySheetLayout';

const CRITERIA_FORMULAS = [
  ...Object.values(SUMMARY_FORMULAS),
  ...Object.values(UNIT_FORMULAS),
  ...Object.values(SECTION_FORMULAS),
  DUTY_REPORTED_FORMULA,
  FRACTION_FORMULA,
].filter((formula): formula is string => formula !== undefined);

/** Name-holding references that may feed a criterion. */
const NAME_REFS = [
  PERIOD_NAME,
  'WP_Summary[[#This Row],[填报单位]]',
  'WP_UnitSummary[[#This Row],[单位]]',
  'WP_SectionSummary[[#This Row],[板块]]',
  'WP_SummaryDuties[[#This Row],[单位]]',
];

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('criteria-safe names', () => {
  it('escapes ~ before * and ?, and compares with an explicit =', () => {
    expect(escapedWildcards('A1')).toBe('SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A1,"~","~~"),"*","~*"),"?","~?")');
    expect(exactCriterion('A1')).toBe(`"="&${escapedWildcards('A1')}`);
  });

  it('never hands a unit, section or period name to SUMIFS, COUNTIFS, AVERAGEIFS or MATCH unescaped', () => {
    let seen = 0;
    for (const formula of CRITERIA_FORMULAS) {
      if (!/(SUMIFS|COUNTIFS|AVERAGEIFS|MATCH)\(/.test(formula)) continue;
      for (const ref of NAME_REFS) {
        const uses = count(formula, ref);
        seen += uses;
        expect([formula, ref, count(formula, `SUBSTITUTE(${ref},"~","~~")`)]).toEqual([formula, ref, uses]);
      }
    }
    // The check looked at real criteria: the period, the reporter, the unit and the section all occur.
    expect(seen).toBeGreaterThanOrEqual(10);
  });

  it('uses the = form for SUMIFS/COUNTIFS criteria (a name starting with <, > or = is an operand)', () => {
    const operatorForms = CRITERIA_FORMULAS.flatMap((f) => f.match(/,"="&SUBSTITUTE\(/g) ?? []);
    const escapes = CRITERIA_FORMULAS.flatMap((f) => f.match(/SUBSTITUTE\(SUBSTITUTE\(SUBSTITUTE\(/g) ?? []);
    // Every escape but MATCH's (which reads no operators) is preceded by "="&.
    expect(operatorForms.length).toBe(escapes.length - 1);
  });
});
