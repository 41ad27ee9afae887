/** Writes for everything around the tables: cells, names, validation, conditional formats, layout, visibility. */
import {
  type CellPlan,
  type ConditionalFormatPlan,
  type NamePlan,
  type SheetPlan,
  type DataValidationPlan,
} from '../workbook/plan';
import { indexToLetters, parseCell, rectAddress } from '../workbook/address';
import {
  FEATURE_LABELS,
  FEATURE_SETS,
  type Feature,
  hasFeature,
  type HostCapabilities,
  type SkippedFeature,
} from './capabilities';
import { cellInput, formatForPrefix } from './literal';
import { sheetProxy } from './proxies';
import { MESSAGES } from './messages';
import { type TableLayout } from './tableWrites';
import { queuedWrite, type QueuedWrite } from './writeBatches';

const ws = (ctx: Excel.RequestContext, sheet: string): Excel.Worksheet => sheetProxy(ctx, sheet);

/** Excel character units → points (Calibri 11: 7 px per character plus 5 px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Queued writes for the loose cells of a sheet (never validation: that is a separate, optional step). */
export function cellWrites(sheet: string, cells: CellPlan[]): QueuedWrite[] {
  return cells.map((c) => {
    const literal = c.formula === undefined ? (c.value ?? null) : null;
    // The format the cell has while it is written (see literal.ts), and the planned one put back after.
    const format = c.formula === undefined ? formatForPrefix(literal, c.numberFormat) : c.numberFormat;
    const value = c.formula === undefined ? cellInput(literal, format) : undefined;
    const restore = c.numberFormat !== undefined && format !== c.numberFormat ? c.numberFormat : undefined;
    return queuedWrite(
      MESSAGES.sheetStep(sheet),
      [c.address, value ?? c.formula ?? null, format ?? null, restore ?? null],
      (ctx) => {
        const r = ws(ctx, sheet).getRange(c.address);
        if (format !== undefined) r.numberFormat = [[format]];
        if (c.formula !== undefined) r.formulas = [[c.formula]];
        else r.values = [[value ?? '']];
        if (restore !== undefined) r.numberFormat = [[restore]];
        if (c.bold !== undefined) r.format.font.bold = c.bold;
        if (c.fontSize !== undefined) r.format.font.size = c.fontSize;
        if (c.wrap !== undefined) r.format.wrapText = c.wrap;
      },
    );
  });
}

/**
 * Writes (re)defining names: an existing name is deleted first, since adding refuses duplicates. Names are added
 * with `addFormulaLocal` (ExcelApi 1.4): `names.add` has stored structured references such as
 * `=WP_Periods[报告期]` as a fixed address since build 1904 (office-js #740), and the dropdowns would stop
 * following their tables. Our name formulas hold no function names, separators or `[#…]` items, so the local
 * form is the same text in every Excel language.
 */
export function nameWrites(names: NamePlan[], existing: Set<string>): QueuedWrite[] {
  return names.map((n) =>
    queuedWrite(MESSAGES.namesStep, [n.name, n.formula, n.comment ?? ''], (ctx) => {
      if (existing.has(n.name.toLowerCase())) ctx.workbook.names.getItem(n.name).delete();
      ctx.workbook.names.addFormulaLocal(n.name, n.formula, n.comment ?? '');
    }),
  );
}

function dataValidationRule(v: DataValidationPlan): Excel.DataValidationRule {
  if (v.type === 'list') return { list: { inCellDropDown: true, source: v.source } };
  return v.operator === 'between'
    ? { decimal: { formula1: v.min, formula2: v.max ?? v.min, operator: 'Between' } }
    : { decimal: { formula1: v.min, operator: 'GreaterThanOrEqualTo' } };
}

/** One validation over an address (ExcelApi 1.8): cleared first so a reload does not stack rules. */
export function dataValidationWrite(sheet: string, address: string, v: DataValidationPlan): QueuedWrite {
  const rule = dataValidationRule(v);
  const alert = {
    showAlert: true,
    style: v.strict ? 'Stop' : 'Warning',
    title: '输入不符合要求',
    message: v.type === 'list' ? '请从下拉列表中选择。' : '请输入不小于 0 的数字。',
  } as const;
  return queuedWrite(MESSAGES.dataValidationStep, [address, rule, v.prompt ?? null, alert], (ctx) => {
    const dv = ws(ctx, sheet).getRange(address).dataValidation;
    dv.clear();
    dv.rule = rule;
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    dv.errorAlert = alert;
  });
}

/** Address of a table column's data cells after the write. */
export function columnBodyAddress(layout: TableLayout, index: number): string {
  const col = layout.left + index;
  return rectAddress(layout.top + 1, col, layout.top + layout.bodyRows, col);
}

/** Validation writes for table columns and loose cells. */
export function dataValidationWrites(sheet: SheetPlan, layouts: Map<string, TableLayout>): QueuedWrite[] {
  const out: QueuedWrite[] = [];
  for (const t of sheet.tables) {
    const layout = layouts.get(t.name);
    if (!layout) continue;
    t.columns.forEach((c, j) => {
      if (c.dataValidation)
        out.push(dataValidationWrite(sheet.name, columnBodyAddress(layout, j), c.dataValidation));
    });
  }
  for (const c of sheet.cells)
    if (c.dataValidation) out.push(dataValidationWrite(sheet.name, c.address, c.dataValidation));
  return out;
}

function cfWrite(
  sheet: string,
  address: string,
  cf: ConditionalFormatPlan,
  clearFirst: boolean,
): QueuedWrite {
  return queuedWrite(MESSAGES.formatStep, [address, cf], (ctx) => {
    const cfs = ws(ctx, sheet).getRange(address).conditionalFormats;
    if (clearFirst) cfs.clearAll();
    if (cf.type === 'dataBar') {
      const f = cfs.add('DataBar');
      f.dataBar.positiveFormat.fillColor = cf.color;
    } else if (cf.type === 'textEquals') {
      const f = cfs.add('CellValue');
      f.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      f.cellValue.format.fill.color = cf.fill;
      f.cellValue.format.font.color = cf.fontColor;
    } else {
      const f = cfs.add('Custom');
      f.custom.rule.formula = cf.formula;
      f.custom.format.fill.color = cf.fill;
      f.custom.format.font.color = cf.fontColor;
    }
  });
}

/** Conditional-format writes (ExcelApi 1.6); each column's old formats are cleared once, before its first new one. */
export function conditionalFormatWrites(
  sheet: SheetPlan,
  layouts: Map<string, TableLayout>,
  columnIndex: (table: string, column: string) => number,
): QueuedWrite[] {
  const cleared = new Set<string>();
  const out: QueuedWrite[] = [];
  for (const cf of sheet.conditionalFormats) {
    const layout = layouts.get(cf.table);
    const j = columnIndex(cf.table, cf.column);
    if (!layout || j < 0) continue;
    const address = columnBodyAddress(layout, j);
    out.push(cfWrite(sheet.name, address, cf, !cleared.has(address)));
    cleared.add(address);
  }
  return out;
}

/** Column widths, hidden columns and wrapping (ExcelApi 1.1/1.2, within the minimum): size-independent whole-column operations. */
export function widthWrites(sheet: SheetPlan, layouts: Map<string, TableLayout>): QueuedWrite[] {
  const out: QueuedWrite[] = [];
  for (const t of sheet.tables) {
    const layout = layouts.get(t.name);
    if (!layout) continue;
    t.columns.forEach((c, j) => {
      const letter = indexToLetters(layout.left + j);
      if (c.width !== undefined) {
        const pts = charsToPoints(c.width);
        out.push(
          queuedWrite(MESSAGES.layoutStep, [letter, pts], (ctx) => {
            ws(ctx, sheet.name).getRange(`${letter}:${letter}`).format.columnWidth = pts;
          }),
        );
      }
      if (c.hidden) {
        // Range.columnHidden is ExcelApi 1.2, below the minimum requirement set (1.4), so no capability check.
        out.push(
          queuedWrite(MESSAGES.layoutStep, [letter, true], (ctx) => {
            ws(ctx, sheet.name).getRange(`${letter}:${letter}`).columnHidden = true;
          }),
        );
      }
      if (c.wrap !== undefined && !layout.leftInPlace) {
        const address = columnBodyAddress(layout, j);
        const wrap = c.wrap;
        out.push(
          queuedWrite(MESSAGES.layoutStep, [address, wrap], (ctx) => {
            ws(ctx, sheet.name).getRange(address).format.wrapText = wrap;
          }),
        );
      }
    });
  }
  for (const [letter, width] of Object.entries(sheet.columnWidths ?? {})) {
    const pts = charsToPoints(width);
    out.push(
      queuedWrite(MESSAGES.layoutStep, [letter, pts], (ctx) => {
        ws(ctx, sheet.name).getRange(`${letter}:${letter}`).format.columnWidth = pts;
      }),
    );
  }
  return out;
}

/** Freeze panes (ExcelApi 1.7). */
export function freezeWrite(sheet: SheetPlan): QueuedWrite | null {
  if (sheet.freezeRows <= 0) return null;
  return queuedWrite(MESSAGES.layoutStep, [sheet.freezeRows], (ctx) =>
    ws(ctx, sheet.name).freezePanes.freezeRows(sheet.freezeRows),
  );
}

/** Tab colour (ExcelApi 1.7). */
export function tabColorWrite(sheet: SheetPlan): QueuedWrite | null {
  const color = sheet.tabColor;
  if (!color) return null;
  return queuedWrite(MESSAGES.layoutStep, [color], (ctx) => {
    ws(ctx, sheet.name).tabColor = color;
  });
}

/** Print setup (ExcelApi 1.9). */
export function printWrite(sheet: SheetPlan): QueuedWrite | null {
  const p = sheet.print;
  if (!p) return null;
  return queuedWrite(MESSAGES.layoutStep, [p], (ctx) => {
    const layout = ws(ctx, sheet.name).pageLayout;
    layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    // One page wide, as many tall as needed: the vertical count is left out (0 is not a page count; the
    // reference's example sets only horizontalFitToPages, and office-js #1860 shows the same call).
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
    if (p.repeatRows) layout.setPrintTitleRows(p.repeatRows);
  });
}

/** Sheet visibility (setting it needs ExcelApi 1.2, within the minimum). */
export function visibilityWrite(sheet: SheetPlan): QueuedWrite {
  const v =
    sheet.visibility === 'veryHidden' ? 'VeryHidden' : sheet.visibility === 'hidden' ? 'Hidden' : 'Visible';
  return queuedWrite(MESSAGES.visibilityStep, [v], (ctx) => {
    ws(ctx, sheet.name).visibility = v;
  });
}

/** Highlights entry rows that point at items/targets the new schema lacks (their values stay untouched). */
export function orphanWrites(
  sheet: string,
  layout: TableLayout,
  sheetRows: number[],
  fill: string,
): QueuedWrite[] {
  const first = layout.top + 2;
  const last = layout.top + layout.bodyRows + 1;
  const rows = [...new Set(sheetRows)].filter((r) => r >= first && r < last).sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const r of rows) {
    const run = runs[runs.length - 1];
    if (run && run[1] === r - 1) run[1] = r;
    else runs.push([r, r]);
  }
  return runs.map(([a, b]) => {
    const address = rectAddress(a - 1, layout.left, b - 1, layout.left + layout.width - 1);
    return queuedWrite(MESSAGES.orphanStep, [address, fill], (ctx) => {
      ws(ctx, sheet).getRange(address).format.fill.color = fill;
    });
  });
}

/** Parses a plan cell address (re-exported for callers that only need the row). */
/** Whether a feature the plan needs may be used: one the host lacks is recorded once in `skipped`, with its notice. */
export function featureGate(
  caps: HostCapabilities,
  skipped: SkippedFeature[],
): (feature: Feature, needed: boolean) => boolean {
  return (feature, needed) => {
    if (!needed) return false;
    if (hasFeature(caps, feature)) return true;
    if (!skipped.some((s) => s.feature === feature))
      skipped.push({
        feature,
        requires: FEATURE_SETS[feature],
        notice: MESSAGES.skipped(FEATURE_LABELS[feature], FEATURE_SETS[feature]),
      });
    return false;
  };
}

/** A sheet's formatting around its tables (validation, conditional formats, widths, panes, tab, print), each where the host has it. */
export function sheetFeatureWrites(
  sheet: SheetPlan,
  layouts: Map<string, TableLayout>,
  columnIndex: (table: string, column: string) => number,
  wants: (feature: Feature, needed: boolean) => boolean,
): QueuedWrite[] {
  const writes: QueuedWrite[] = [];
  const needsValidation =
    sheet.cells.some((c) => c.dataValidation) ||
    sheet.tables.some((t) => t.columns.some((c) => c.dataValidation));
  if (wants('dataValidation', needsValidation)) writes.push(...dataValidationWrites(sheet, layouts));
  if (wants('conditionalFormats', sheet.conditionalFormats.length > 0))
    writes.push(...conditionalFormatWrites(sheet, layouts, columnIndex));
  writes.push(...widthWrites(sheet, layouts));
  for (const [feature, write] of [
    ['freezePanes', freezeWrite(sheet)],
    ['tabColor', tabColorWrite(sheet)],
    ['pageLayout', printWrite(sheet)],
  ] as const)
    if (write && wants(feature, true)) writes.push(write);
  return writes;
}

export { parseCell };
