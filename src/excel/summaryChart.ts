/**
 * The clustered bar chart of 完成率 against 序时进度 per target, beside WP_Summary (ExcelApi 1.1 charts).
 * It is found by name on every run and its source data reset, so it is created once and never duplicated;
 * stray copies of the same name (e.g. from a copied sheet) are removed.
 */
import { type TablePlan } from '../workbook/plan';
import { rectAddress } from '../workbook/address';
import { sheetProxy } from './proxies';
import { SUMMARY_MESSAGES } from './summaryMessages';
import { type TableLayout } from './tableWrites';
import { queuedWrite, type QueuedWrite } from './writeBatches';

/** Name of the chart on the 汇总 sheet. */
export const SUMMARY_CHART_NAME = 'WP_SummaryChart';

/** The chart's series columns and its category column, by WP_Summary header. */
const SERIES = ['完成率', '序时进度'] as const;
const CATEGORY = '指标名称';

/** Empty columns between the last WP_Summary column (hidden helpers included) and the chart. */
const GAP_COLUMNS = 0;
/** Columns the chart spans (hidden ones inside count for nothing on screen). */
const SPAN_COLUMNS = 14;

/** What the chart step does: its writes, and whether it creates or updates the chart. */
export interface ChartPlan {
  writes: QueuedWrite[];
  action: 'created' | 'updated';
}

function columnOf(table: TablePlan, header: string): number {
  const j = table.columns.findIndex((c) => c.header === header);
  if (j < 0) throw new Error(`WP_Summary 缺少列 ${header}`);
  return j;
}

/** Writes creating or updating the chart over the written table; `categoryNames` when ExcelApi 1.7 is there. */
export function chartWrites(
  sheet: string,
  table: TablePlan,
  layout: TableLayout,
  existingCharts: string[],
  categoryNames: boolean,
): ChartPlan {
  const first = columnOf(table, SERIES[0]);
  const second = columnOf(table, SERIES[1]);
  if (second !== first + 1) throw new Error('完成率 and 序时进度 must be adjacent for a 1.1 chart source');
  const bottom = layout.top + layout.bodyRows;
  // Header row included: it names the two series.
  const source = rectAddress(layout.top, layout.left + first, bottom, layout.left + second);
  const category = layout.left + columnOf(table, CATEGORY);
  const names = rectAddress(layout.top + 1, category, bottom, category);
  const startColumn = layout.left + layout.width + GAP_COLUMNS;
  const height = Math.max(16, Math.ceil(layout.bodyRows * 1.5) + 4);
  const start = rectAddress(layout.top, startColumn, layout.top, startColumn);
  const end = rectAddress(
    layout.top + height - 1,
    startColumn + SPAN_COLUMNS - 1,
    layout.top + height - 1,
    startColumn + SPAN_COLUMNS - 1,
  );
  const ws = (ctx: Excel.RequestContext): Excel.Worksheet => sheetProxy(ctx, sheet);
  const matches = existingCharts.map((n, i) => ({ n, i })).filter((c) => c.n === SUMMARY_CHART_NAME);
  const action = matches.length > 0 ? 'updated' : 'created';
  const writes: QueuedWrite[] = [];
  // Extra copies go first, highest index first, so the indexes read at probe time stay valid.
  for (const extra of matches.slice(1).reverse()) {
    writes.push(
      queuedWrite(SUMMARY_MESSAGES.chartStep, [extra.i], (ctx) => ws(ctx).charts.getItemAt(extra.i).delete()),
    );
  }
  writes.push(
    queuedWrite(
      SUMMARY_MESSAGES.chartStep,
      [source, start, end, names, SUMMARY_MESSAGES.chartTitle],
      (ctx) => {
        const s = ws(ctx);
        let chart: Excel.Chart;
        if (action === 'updated') {
          chart = s.charts.getItem(SUMMARY_CHART_NAME);
          chart.setData(s.getRange(source), 'Columns');
        } else {
          chart = s.charts.add('BarClustered', s.getRange(source), 'Columns');
          chart.name = SUMMARY_CHART_NAME;
        }
        chart.title.text = SUMMARY_MESSAGES.chartTitle;
        chart.setPosition(start, end);
        if (categoryNames) chart.axes.categoryAxis.setCategoryNames(s.getRange(names));
      },
    ),
  );
  return { writes, action };
}
