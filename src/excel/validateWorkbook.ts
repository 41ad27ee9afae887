/**
 * Validation inside Excel: one read (entries, `_wp_meta`), then one write — 校验状态 per row, fills on the cells
 * at fault (the previous run's fills on the entry columns are cleared first), and the 校验结果 sheet rebuilt.
 * The write is packed into requests of at most 4 MB; it takes one sync unless the issue list is larger than that.
 * No value a user typed is written back: only the 校验状态 column, fills, and the 校验结果 sheet change.
 */
import type { Schema } from '../domain/schema';
import { applyFixes } from '../domain/validation';
import type { ValidationResult } from '../domain/validation/types';
import { checkWorkbook } from '../workbook/checkWorkbook';
import { COLUMNS, SHEETS, TABLES } from '../workbook/format';
import type { CellValue, SheetRow } from '../domain/entryCells';
import { entryCellAddress, type EntriesLayout, type EntriesNotice } from '../workbook/inspectEntries';
import {
  FIXED_LABEL,
  HANDLED_COLUMN,
  issueRowIndex,
  planValidationOutput,
  type ValidationOutput,
} from '../workbook/validationOutput';
import { columnLetters, parseCell, rectAddress } from './a1';
import { hasFeature, type HostCapabilities } from './capabilities';
import { toCellValue } from './cellValues';
import { cellUnits, conditionalFormatUnits, widthUnits } from './featureUnits';
import { cellInput } from './literal';
import { readEntries } from './readEntries';
import { tableUnits, type TableLayout } from './tableUnits';
import { packBatches, rowBlocks, unit, type WriteUnit } from './units';

/** Thrown when the workbook cannot be validated; the message is a Chinese sentence for the user. */
export class ValidationUnusableError extends Error {
  constructor(
    message: string,
    readonly notices: EntriesNotice[] = [],
  ) {
    super(message);
    this.name = 'ValidationUnusableError';
  }
}

/** Options of a validation run. */
export interface RefreshOptions {
  /** Period for completeness (a label or anything the period reader understands); default: the latest with entries. */
  period?: string;
  /** Host capabilities; features the host lacks (conditional formats on 校验结果) are skipped. */
  capabilities?: HostCapabilities;
  /** Largest request to send (default 4,000,000 bytes). */
  maxRequestBytes?: number;
}

/** A finished validation of the live workbook. */
export interface WorkbookValidation {
  result: ValidationResult;
  /** The schema stored in the workbook. */
  schema: Schema;
  /** Where the entries are, for applying fixes later. */
  layout: EntriesLayout;
  /** The entry rows as read (contract column order). */
  rows: SheetRow[];
  /** Chinese notices about the workbook (damage found, budget exceeded). */
  notices: string[];
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
}

const DEFAULT_REQUEST_BYTES = 4_000_000;
const STATUS_INDEX = COLUMNS.entries.indexOf('校验状态');

const sheetOf = (ctx: Excel.RequestContext, name: string) => ctx.workbook.worksheets.getItem(name);

/** Units writing 校验状态 for every row read (blank rows get a blank status). */
function statusUnits(layout: EntriesLayout, output: ValidationOutput, blockBytes: number): WriteUnit[] {
  const column = layout.picks[STATUS_INDEX] ?? -1;
  if (column < 0 || output.statuses.length === 0) return [];
  const col = layout.left + column;
  const values = output.statuses.map((s) => [cellInput(s.value)]);
  const firstRow = output.statuses[0]?.row ?? layout.headerRow + 1;
  // Rows are contiguous from the first data row (the read keeps blank rows), so blocks map to ranges directly.
  return rowBlocks(values, blockBytes).map((block) => {
    const top = firstRow - 1 + block.start;
    const address = rectAddress(top, col, top + block.rows.length - 1, col);
    return unit('写入校验状态', [address, block.rows], (ctx) => {
      sheetOf(ctx, layout.sheet).getRange(address).values = block.rows;
    });
  });
}

/** Units clearing last run's fills on the contract columns, then filling the cells at fault. */
function highlightUnits(layout: EntriesLayout, output: ValidationOutput): WriteUnit[] {
  const first = layout.headerRow;
  const last = output.statuses[output.statuses.length - 1]?.row ?? first;
  const units: WriteUnit[] = [];
  if (last > first) {
    for (const index of layout.picks) {
      if (index < 0) continue;
      const address = rectAddress(first, layout.left + index, last - 1, layout.left + index);
      units.push(
        unit('清除上次标色', [address], (ctx) =>
          sheetOf(ctx, layout.sheet).getRange(address).format.fill.clear(),
        ),
      );
    }
  }
  for (const h of output.highlights) {
    units.push(
      unit('标出错单元格', [h.range, h.fill], (ctx) => {
        sheetOf(ctx, layout.sheet).getRange(h.range).format.fill.color = h.fill;
      }),
    );
  }
  return units;
}

/** Units rebuilding the 校验结果 sheet from the plan. */
function issueSheetUnits(
  output: ValidationOutput,
  exists: boolean,
  capabilities: HostCapabilities | undefined,
  blockBytes: number,
): WriteUnit[] {
  const sheet = output.sheet;
  const units: WriteUnit[] = [
    unit('重建校验结果工作表', [sheet.name], (ctx) => {
      if (exists) sheetOf(ctx, sheet.name).delete();
      ctx.workbook.worksheets.add(sheet.name);
    }),
  ];
  const layouts = new Map<string, TableLayout>();
  for (const table of sheet.tables) {
    const written = tableUnits(sheet.name, table, undefined, blockBytes);
    layouts.set(table.name, written.layout);
    units.push(...written.units);
  }
  units.push(...cellUnits(sheet.name, sheet.cells));
  const top = parseCell(output.linkTopLeft);
  const links = output.links.map((f) => [f ?? '']);
  for (const block of rowBlocks(links, blockBytes)) {
    const start = top.row + block.start;
    const address = rectAddress(start, top.col, start + block.rows.length - 1, top.col);
    // Link formulas are built from our sheet name and row/column numbers only (see validationOutput).
    units.push(
      unit('写入定位链接', [address, block.rows], (ctx) => {
        sheetOf(ctx, sheet.name).getRange(address).formulas = block.rows;
      }),
    );
  }
  units.push(...widthUnits(sheet, layouts));
  if (!capabilities || hasFeature(capabilities, 'conditionalFormats')) {
    const columnIndex = (table: string, column: string) =>
      sheet.tables.find((t) => t.name === table)?.columns.findIndex((c) => c.header === column) ?? -1;
    units.push(...conditionalFormatUnits(sheet, layouts, columnIndex));
  }
  return units;
}

/**
 * Validates the workbook and writes the result into it: what the summary runs first, so that 校验状态 is
 * current. Throws `ValidationUnusableError` (Chinese message) when the workbook cannot be validated.
 */
export async function refreshValidation(
  ctx: Excel.RequestContext,
  options: RefreshOptions = {},
): Promise<WorkbookValidation> {
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  const read = await readEntries(ctx);
  const check = checkWorkbook(read.snapshot, options.period === undefined ? {} : { period: options.period });
  if (!check.ok) throw new ValidationUnusableError(check.problem, check.notices);
  const { inspection, result } = check;
  const output = planValidationOutput(inspection.layout, inspection.rows, result, inspection.notices);
  const blockBytes = Math.floor(maxRequestBytes / 4);
  const units = [
    ...statusUnits(inspection.layout, output, blockBytes),
    ...highlightUnits(inspection.layout, output),
    ...issueSheetUnits(output, read.issuesSheetExists, options.capabilities, blockBytes),
  ];
  const batches = packBatches(units, maxRequestBytes, 2000);
  let largest = 0;
  for (const batch of batches) {
    for (const u of batch) u.queue(ctx);
    await ctx.sync();
    largest = Math.max(
      largest,
      batch.reduce((n, u) => n + u.bytes, 0),
    );
  }
  const syncs = read.syncs + batches.length;
  const notices = inspection.notices.map((n) => n.message);
  if (syncs > 3)
    notices.push(
      `本次校验用了 ${syncs} 次与 Excel 的往返（读取 ${read.syncs} 次、写入 ${batches.length} 次）：表格或问题清单较大，需分块传输。`,
    );
  return {
    result,
    schema: inspection.schema,
    layout: inspection.layout,
    rows: inspection.rows,
    notices,
    syncs,
    largestRequestBytes: largest,
    largestResponseBytes: read.largestResponseBytes,
  };
}

/** Whether a cell still holds what validation saw (blank and '' alike; errors by code). */
function sameCellValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'object' || typeof b === 'object')
    return typeof a === 'object' && typeof b === 'object' && a?.error === b?.error;
  return a === b;
}

/** What applying fixes did. */
export interface FixesApplied {
  /** Cells written, as `E12`. */
  written: string[];
  /** Issues whose cell changed since validation (left alone), by id. */
  skipped: string[];
  syncs: number;
}

/**
 * Applies the fixes of the chosen issues: one read of the chosen cells (a cell edited since validation is left
 * alone), then one write of only those cells, and 已修正 in `WP_Issues[处理]` (the original value stays in 原值).
 */
export async function applyFixesInWorkbook(
  ctx: Excel.RequestContext,
  validation: WorkbookValidation,
  issueIds: Iterable<string>,
): Promise<FixesApplied> {
  const changes = applyFixes(validation.rows, validation.result.issues, issueIds);
  const { layout } = validation;
  const sheet = sheetOf(ctx, layout.sheet);
  const cells = changes
    .map((c) => ({ change: c, address: entryCellAddress(layout, c.row, c.columnIndex) }))
    .filter((c) => c.address !== '');
  const current = cells.map((c) => sheet.getRange(c.address).load('values,valueTypes'));
  const issues = ctx.workbook.tables.getItem(TABLES.issues).getHeaderRowRange().load('rowIndex,columnIndex');
  await ctx.sync();
  const written: string[] = [];
  const skipped: string[] = [];
  const rowOf = issueRowIndex(validation.result);
  cells.forEach(({ change, address }, i) => {
    const range = current[i];
    const now = range ? toCellValue(range.values[0]?.[0], range.valueTypes[0]?.[0]) : null;
    if (!sameCellValue(now, change.from)) {
      skipped.push(change.issueId);
      return;
    }
    sheet.getRange(address).values = [
      [cellInput(typeof change.to === 'object' && change.to !== null ? change.to.error : change.to)],
    ];
    written.push(address);
    const at = rowOf.get(change.issueId);
    if (at !== undefined) {
      const handled = `${columnLetters(issues.columnIndex + HANDLED_COLUMN)}${issues.rowIndex + 2 + at}`;
      sheetOf(ctx, SHEETS.issues).getRange(handled).values = [[FIXED_LABEL]];
    }
  });
  if (written.length === 0) return { written, skipped, syncs: 1 };
  await ctx.sync();
  return { written, skipped, syncs: 2 };
}
