/**
 * What validation writes into the live workbook, as write units: 校验状态 per row, fills on the cells at fault
 * (last run's fills cleared first) and the 校验结果 sheet rebuilt. No value a user typed is written back.
 */
import { COLUMNS } from '../workbook/format';
import type { EntriesLayout } from '../workbook/inspectEntries';
import type { ValidationOutput } from '../workbook/validationOutput';
import { parseCell, rectAddress } from './a1';
import { hasFeature, type HostCapabilities } from './capabilities';
import { cellUnits, conditionalFormatUnits, widthUnits } from './featureUnits';
import { cellInput } from './literal';
import { addSheet, deleteSheet, sheetProxy } from './proxies';
import { tableUnits, type TableLayout } from './tableUnits';
import { rowBlocks, unit, type WriteUnit } from './units';

const STATUS_INDEX = COLUMNS.entries.indexOf('校验状态');

const sheetOf = (ctx: Excel.RequestContext, name: string): Excel.Worksheet => sheetProxy(ctx, name);

/** Units writing 校验状态 for every row read (blank rows get a blank status). */
export function statusUnits(
  layout: EntriesLayout,
  output: ValidationOutput,
  blockBytes: number,
): WriteUnit[] {
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
export function highlightUnits(layout: EntriesLayout, output: ValidationOutput): WriteUnit[] {
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
export function issueSheetUnits(
  output: ValidationOutput,
  exists: boolean,
  capabilities: HostCapabilities | undefined,
  blockBytes: number,
): WriteUnit[] {
  const sheet = output.sheet;
  const units: WriteUnit[] = [
    unit('重建校验结果工作表', [sheet.name], (ctx) => {
      if (exists) deleteSheet(ctx, sheet.name);
      addSheet(ctx, sheet.name);
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
