/**
 * The whole annotated workbook as a plan, for writers that produce a new file (.xlsx): the ledger rebuilt
 * from the schema stored in the workbook, every entry row kept exactly (rows typed under the table join it),
 * `校验状态` filled in, the cells at fault filled, and the 校验结果 sheet added.
 */
import { validateEntries } from '../domain/validation';
import type { ValidationResult } from '../domain/validation/types';
import { COLUMNS, SHEETS } from './format';
import type { SheetRow } from '../domain/entryCells';
import type { EntriesInspection, EntriesLayout } from './inspectEntries';
import type { WorkbookPlan } from './plan';
import { planWorkbook } from './planWorkbook';
import type { WorkbookSnapshot } from './snapshot';
import { linkCells, planValidationOutput } from './validationOutput';

/** The plan, the validation it shows (row numbers as in the new file) and the sheets it does not carry over. */
export interface ValidatedPlan {
  plan: WorkbookPlan;
  result: ValidationResult;
  /** Sheets of the input that the rebuilt workbook does not hold (e.g. 汇总, which can be generated again). */
  droppedSheets: string[];
}

type Usable = Extract<EntriesInspection, { usable: true }>;

/** Sheet row of the i-th entry row in the rebuilt file (table header in row 1). */
const outputRow = (i: number): number => i + 2;

/**
 * Plans the annotated workbook. `result` is the validation of `inspection.rows`; when the rows sit elsewhere
 * than from row 2 of column A (a moved table, a plain range), they are renumbered to where the new file puts
 * them and validated again, so that every row number in the file points at its own row.
 */
export function planValidatedWorkbook(
  snapshot: WorkbookSnapshot,
  inspection: Usable,
  result: ValidationResult,
  appVersion = '',
): ValidatedPlan {
  const { layout, rawRows, schema } = inspection;
  const canonical = layout.left === 0 && rawRows.every((r, i) => r.row === outputRow(i));
  const rows: SheetRow[] = canonical
    ? inspection.rows
    : inspection.rows.map((r, i) => ({ row: outputRow(i), values: r.values }));
  const shown = canonical
    ? result
    : validateEntries(schema, rows, result.period ? { period: result.period } : {});
  const plan = planWorkbook(
    schema,
    {
      entries: { headers: layout.headers, rows: rawRows.map((r) => r.values) },
      schema,
      fingerprint: inspection.fingerprint,
    },
    { appVersion },
  );
  // The rebuilt entries table: contract columns first, from A1.
  const fileLayout: EntriesLayout = {
    sheet: SHEETS.entries,
    left: 0,
    headerRow: 1,
    headers: [...COLUMNS.entries],
    picks: COLUMNS.entries.map((_, k) => k),
    lastTableRow: outputRow(rows.length - 1),
    plain: false,
  };
  const output = planValidationOutput(fileLayout, rows, shown, inspection.notices);
  const entries = plan.sheets.find((s) => s.name === SHEETS.entries);
  const table = entries?.tables[0];
  if (!entries || !table) throw new Error('plan without the entries table');
  const statusIndex = COLUMNS.entries.indexOf('校验状态');
  output.statuses.forEach((s, i) => {
    const row = table.rows[i];
    if (row) row[statusIndex] = s.value;
  });
  entries.highlights = output.highlights;
  output.sheet.cells.push(...linkCells(output));
  const at = plan.sheets.indexOf(entries);
  plan.sheets.splice(at + 1, 0, output.sheet);
  const planned = new Set(plan.sheets.map((s) => s.name));
  const droppedSheets = snapshot.sheets.map((s) => s.name).filter((n) => !planned.has(n));
  return { plan, result: shown, droppedSheets };
}
