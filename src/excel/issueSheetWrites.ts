/**
 * What validation writes into the live workbook, as queued writes: 校验状态 per row, fills on the cells at fault
 * (last run's fills cleared first) and the 校验结果 sheet rebuilt. No value a user typed is written back.
 */
import { COLUMNS, SHEETS, TABLES } from '../workbook/format';
import type { TablePlan } from '../workbook/plan';
import type { EntriesLayout } from '../workbook/inspectEntries';
import { LINK_COLUMN, type IssueSheet } from '../workbook/issueSheet';
import { parseCell, qualified, rectAddress } from '../workbook/address';
import { hasFeature, type HostCapabilities, TECHNIQUE_SETS } from './capabilities';
import { cellWrites, conditionalFormatWrites, widthWrites } from './featureWrites';
import { cellInput } from './literal';
import { addSheet, deleteSheet, sheetProxy } from './proxies';
import { type RawColumns, tableWrites, type TableLayout } from './tableWrites';
import { rowBlocks, queuedWrite, type QueuedWrite } from './writeBatches';

const STATUS_INDEX = COLUMNS.entries.indexOf('校验状态');

const sheetOf = (ctx: Excel.RequestContext, name: string): Excel.Worksheet => sheetProxy(ctx, name);

/** Queued writes for 校验状态 for every row read (blank rows get a blank status). */
export function statusWrites(layout: EntriesLayout, output: IssueSheet, blockBytes: number): QueuedWrite[] {
  const column = layout.picks[STATUS_INDEX] ?? -1;
  if (column < 0 || output.statuses.length === 0) return [];
  const col = layout.left + column;
  const values = output.statuses.map((s) => [cellInput(s.value)]);
  const firstRow = output.statuses[0]?.row ?? layout.headerRow + 1;
  // Rows are contiguous from the first data row (the read keeps blank rows), so blocks map to ranges directly.
  return rowBlocks(values, blockBytes).map((block) => {
    const top = firstRow - 1 + block.start;
    const address = rectAddress(top, col, top + block.rows.length - 1, col);
    return queuedWrite('写入校验状态', [address, block.rows], (ctx) => {
      sheetOf(ctx, layout.sheet).getRange(address).values = block.rows;
    });
  });
}

/** Writes clearing last run's fills on the contract columns, then filling the cells at fault. */
export function highlightWrites(layout: EntriesLayout, output: IssueSheet): QueuedWrite[] {
  const first = layout.headerRow;
  const last = output.statuses[output.statuses.length - 1]?.row ?? first;
  const writes: QueuedWrite[] = [];
  if (last > first) {
    for (const index of layout.picks) {
      if (index < 0) continue;
      const address = rectAddress(first, layout.left + index, last - 1, layout.left + index);
      writes.push(
        queuedWrite('清除上次标色', [address], (ctx) =>
          sheetOf(ctx, layout.sheet).getRange(address).format.fill.clear(),
        ),
      );
    }
  }
  for (const h of output.highlights) {
    writes.push(
      queuedWrite('标出错单元格', [h.range, h.fill], (ctx) => {
        sheetOf(ctx, layout.sheet).getRange(h.range).format.fill.color = h.fill;
      }),
    );
  }
  return writes;
}

/** How the 定位 links are made on this host (see TECHNIQUE_SETS). */
export type LinkTechnique = 'cellProperties' | 'hyperlink' | 'formulas';

/** The best link technique the host supports; a host that does not say is taken as current. */
export function linkTechnique(capabilities: HostCapabilities | undefined): LinkTechnique {
  const has = (v: string) => !capabilities || capabilities.supportsExcelApi(v);
  if (has(TECHNIQUE_SETS.cellProperties)) return 'cellProperties';
  if (has(TECHNIQUE_SETS.cellHyperlinks)) return 'hyperlink';
  return 'formulas';
}

/**
 * What goes into WP_Issues[定位] with the table's values: the link formulas themselves on old hosts (before the
 * table exists), else the address each link shows (as text; the hyperlink is set on the cell afterwards).
 */
function linkInputs(table: TablePlan, output: IssueSheet, technique: LinkTechnique): RawColumns | undefined {
  if (table.name !== TABLES.issues) return undefined;
  const inputs =
    technique === 'formulas'
      ? output.links
      : output.linkTargets.map((t) => (t === null ? null : String(cellInput(t))));
  return new Map([[LINK_COLUMN, inputs]]);
}

/** A hyperlink to an entry cell, shown as its address. */
function entryLink(address: string): Excel.RangeHyperlink {
  return { documentReference: qualified(SHEETS.entries, address), textToDisplay: address };
}

/**
 * Writes setting the 定位 hyperlinks on the cells of WP_Issues[定位] (no formula, so no calculated column):
 * blocks of cells per call with setCellProperties (1.9), else one call per cell (Range.hyperlink, 1.7).
 */
function hyperlinkWrites(
  sheet: string,
  output: IssueSheet,
  technique: 'cellProperties' | 'hyperlink',
  blockBytes: number,
): QueuedWrite[] {
  const top = parseCell(output.linkTopLeft);
  if (technique === 'hyperlink')
    return output.linkTargets.flatMap((target, i) => {
      if (target === null) return [];
      const address = rectAddress(top.row + i, top.col, top.row + i, top.col);
      const link = entryLink(target);
      return [
        queuedWrite('写入定位链接', [address, link], (ctx) => {
          sheetOf(ctx, sheet).getRange(address).hyperlink = link;
        }),
      ];
    });
  const cells = output.linkTargets.map((t) => [t === null ? {} : { hyperlink: entryLink(t) }]);
  return rowBlocks(cells, blockBytes).map((block) => {
    const start = top.row + block.start;
    const address = rectAddress(start, top.col, start + block.rows.length - 1, top.col);
    return queuedWrite('写入定位链接', [address, block.rows], (ctx) => {
      sheetOf(ctx, sheet).getRange(address).setCellProperties(block.rows);
    });
  });
}

/** Writes rebuilding the 校验结果 sheet from the plan. */
export function issueSheetWrites(
  output: IssueSheet,
  exists: boolean,
  capabilities: HostCapabilities | undefined,
  blockBytes: number,
): QueuedWrite[] {
  const sheet = output.sheet;
  const writes: QueuedWrite[] = [
    queuedWrite('重建校验结果工作表', [sheet.name], (ctx) => {
      if (exists) deleteSheet(ctx, sheet.name);
      addSheet(ctx, sheet.name);
    }),
  ];
  const technique = linkTechnique(capabilities);
  const layouts = new Map<string, TableLayout>();
  for (const table of sheet.tables) {
    const written = tableWrites(
      sheet.name,
      table,
      undefined,
      blockBytes,
      linkInputs(table, output, technique),
    );
    layouts.set(table.name, written.layout);
    writes.push(...written.writes);
  }
  writes.push(...cellWrites(sheet.name, sheet.cells));
  if (technique !== 'formulas') writes.push(...hyperlinkWrites(sheet.name, output, technique, blockBytes));
  writes.push(...widthWrites(sheet, layouts));
  if (!capabilities || hasFeature(capabilities, 'conditionalFormats')) {
    const columnIndex = (table: string, column: string) =>
      sheet.tables.find((t) => t.name === table)?.columns.findIndex((c) => c.header === column) ?? -1;
    writes.push(...conditionalFormatWrites(sheet, layouts, columnIndex));
  }
  return writes;
}
