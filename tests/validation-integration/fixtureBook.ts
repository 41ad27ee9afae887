/** The three-unit fixture as a real workbook: the plan of the fixture schema holding the hand-filled rows. */
import type { Schema } from '../../src/domain/schema';
import type { ValidationIssue } from '../../src/domain/validation/types';
import { issueCell } from '../../src/workbook/issueText';
import { COLUMNS } from '../../src/workbook/format';
import type { CellValue, SheetRow } from '../../src/domain/entryCells';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import fixture from '../fixtures/entries/three-units.json';
import expected from '../fixtures/entries/three-units.expected.json';
import { testSchema } from '../domain/validation/schemaFixture';

/** The fixture rows (sheet rows 2…32, contract column order). */
export const fixtureRows = fixture.rows as SheetRow[];
/** The period the fixture is validated for. */
export const fixturePeriod = fixture.period;
/** The hand-derived expectations. */
export const fixtureExpected = expected;

/** The fixture schema. */
export function fixtureSchema(): Schema {
  return testSchema();
}

/** A ledger plan for `schema` holding `rows` (contract columns, header in row 1). */
export function bookPlan(
  rows: CellValue[][],
  schema: Schema = fixtureSchema(),
  headers: string[] = [...COLUMNS.entries],
): WorkbookPlan {
  return planWorkbook(schema, { entries: { headers, rows } });
}

/** The three-unit workbook as .xlsx bytes. */
export async function fixtureBook(): Promise<Uint8Array> {
  return writePlanToXlsx(bookPlan(fixtureRows.map((r) => r.values)));
}

/**
 * Row issues of a result as sorted `row rule severity cell` lines, comparable with the fixture's expectation
 * (its table starts in column A); issues without a column index (the CLI's JSON) get no cell.
 */
export function rowIssueLines(
  issues: readonly { row: number | null; rule: string; severity: string; columnIndex?: number | null }[],
): string[] {
  return issues
    .filter((i) => i.row !== null)
    .map((i) => {
      const cell = i.columnIndex === undefined ? '' : issueCell(i as ValidationIssue, null);
      return [i.row, i.rule, i.severity, cell].join(' ');
    })
    .sort();
}

/** The expected row issue lines. */
export function expectedRowIssueLines(withCell = true): string[] {
  return expected.rowIssues
    .map(([row, rule, severity, cell]) => [row, rule, severity, withCell ? cell : ''].join(' '))
    .sort();
}
