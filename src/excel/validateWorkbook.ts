/**
 * What validation writes inside Excel, as write units: 校验状态 per row, fills on the cells at fault (the previous
 * run's fills on the entry columns cleared first) and the 校验结果 sheet rebuilt — packed into requests of at
 * most 4 MB, one sync unless the issue list is larger. No value a user typed is written back. Also the writes of
 * one-click fixes: only cells that still hold what validation saw.
 */
import type { CellValue } from '../domain/entryCells';
import { COLUMNS } from '../workbook/format';
import { entryCellAddress, type EntriesLayout } from '../workbook/inspectEntries';
import type { ValidationOutput } from '../workbook/validationOutput';
import type { EditReport, EntryEdit } from '../ledger/port';
import { parseCell, rectAddress } from './a1';
import { hasFeature, type HostCapabilities } from './capabilities';
import { toCellValue } from './cellValues';
import { cellUnits, conditionalFormatUnits, widthUnits } from './featureUnits';
import { cellInput } from './literal';
import { tableUnits, type TableLayout } from './tableUnits';
import { packBatches, rowBlocks, unit, type WriteUnit } from './units';

/** Options of the validation write. */
export interface ValidationWriteOptions {
  capabilities: HostCapabilities;
  /** Whether a 校验结果 sheet exists already (it is replaced). */
  issuesSheetExists: boolean;
  /** Largest request to send (default 4,000,000 bytes). */
  maxRequestBytes?: number;
}

/** What a write sent. */
export interface WriteCost {
  syncs: number;
  largestRequestBytes: number;
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

/** Units writing 校验状态 alone (the summary's write carries them ahead of the 汇总 sheet). */
export function statusWriteUnits(layout: EntriesLayout, statuses: ValidationOutput['statuses']): WriteUnit[] {
  return statusUnits(layout, { statuses } as ValidationOutput, 1_000_000);
}

/** Writes the validation outcome: 校验状态, fills and the 校验结果 sheet, in as few requests as fit. */
export async function writeValidationOutput(
  ctx: Excel.RequestContext,
  layout: EntriesLayout,
  output: ValidationOutput,
  options: ValidationWriteOptions,
): Promise<WriteCost> {
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  const blockBytes = Math.floor(maxRequestBytes / 4);
  const units = [
    ...statusUnits(layout, output, blockBytes),
    ...highlightUnits(layout, output),
    ...issueSheetUnits(output, options.issuesSheetExists, options.capabilities, blockBytes),
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
  return { syncs: batches.length, largestRequestBytes: largest };
}

/** Whether a cell still holds what validation saw (blank and '' alike; errors by code). */
function sameCellValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'object' || typeof b === 'object')
    return typeof a === 'object' && typeof b === 'object' && a?.error === b?.error;
  return a === b;
}

/**
 * Writes entry cells that still hold what the use case saw: one read of the chosen cells, then one write of only
 * those (a cell edited since is left alone).
 */
export async function editEntryCells(
  ctx: Excel.RequestContext,
  layout: EntriesLayout,
  edits: readonly EntryEdit[],
): Promise<EditReport & WriteCost> {
  const sheet = ctx.workbook.worksheets.getItem(layout.sheet);
  const cells = edits
    .map((edit) => ({ edit, address: entryCellAddress(layout, edit.row, edit.column) }))
    .filter((c) => c.address !== '');
  const current = cells.map((c) => sheet.getRange(c.address).load('values,valueTypes'));
  await ctx.sync();
  const written: EntryEdit[] = [];
  const skipped: EntryEdit[] = edits.filter((e) => !cells.some((c) => c.edit === e));
  cells.forEach(({ edit, address }, i) => {
    const range = current[i];
    const now = range ? toCellValue(range.values[0]?.[0], range.valueTypes[0]?.[0]) : null;
    if (!sameCellValue(now, edit.from)) {
      skipped.push(edit);
      return;
    }
    const to = typeof edit.to === 'object' && edit.to !== null ? edit.to.error : edit.to;
    sheet.getRange(address).values = [[cellInput(to)]];
    written.push(edit);
  });
  if (written.length === 0) return { written, skipped, syncs: 1, largestRequestBytes: 0 };
  await ctx.sync();
  return { written, skipped, syncs: 2, largestRequestBytes: 0 };
}
