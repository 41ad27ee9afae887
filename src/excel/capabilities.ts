/** What the Excel host can do, by ExcelApi requirement set; a small interface so tests can fake it. */

/** The lowest ExcelApi set the add-in runs on (names.add, getItemOrNullObject, settings, multi-row rows.add). */
export const MINIMUM_EXCEL_API = '1.4';

/**
 * Optional features and the requirement set each needs (from the Excel JS API reference). Features at or below
 * the minimum are used without a check: hiding columns (Range.columnHidden, 1.2) and charts (ChartCollection.add,
 * Chart.setData / setPosition, 1.1).
 */
export const FEATURE_SETS = {
  dataValidation: '1.8',
  conditionalFormats: '1.6',
  suspendCalculation: '1.6',
  freezePanes: '1.7',
  tabColor: '1.7',
  suspendScreenUpdating: '1.9',
  pageLayout: '1.9',
  chartCategoryNames: '1.7',
} as const;

/**
 * Requirement sets of techniques chosen by host level, with a fallback below (never skipped, so no notice):
 * cell hyperlinks for the 定位 links (Range.hyperlink 1.7, several per call with setCellProperties 1.9; below,
 * HYPERLINK formulas written before the table exists), and names from local formulas (addFormulaLocal 1.4).
 */
export const TECHNIQUE_SETS = {
  cellHyperlinks: '1.7',
  cellProperties: '1.9',
} as const;

/** An optional feature the writer can use. */
export type Feature = keyof typeof FEATURE_SETS;

/** Chinese names of features, for notices. */
export const FEATURE_LABELS: Record<Feature, string> = {
  dataValidation: '数据验证（下拉列表、输入提示、数值限制）',
  conditionalFormats: '条件格式',
  suspendCalculation: '写入时暂停计算',
  freezePanes: '冻结标题行',
  tabColor: '工作表标签颜色',
  suspendScreenUpdating: '写入时暂停屏幕刷新',
  pageLayout: '打印设置',
  chartCategoryNames: '图表纵轴显示指标名称',
};

/** Host capability detection (wraps `Office.context.requirements.isSetSupported`). */
export interface HostCapabilities {
  /** Whether the host supports `ExcelApi` at this version. */
  supportsExcelApi(version: string): boolean;
}

/** A feature left out because the host is older than its requirement set. */
export interface SkippedFeature {
  feature: Feature;
  requires: string;
  notice: string;
}

/** Whether an optional feature is available on this host. */
export function hasFeature(caps: HostCapabilities, feature: Feature): boolean {
  return caps.supportsExcelApi(FEATURE_SETS[feature]);
}

/** Capabilities of a host that supports ExcelApi up to `level` (for tests and the outside-Excel mode). */
export function capabilitiesUpTo(level: string): HostCapabilities {
  return { supportsExcelApi: (version) => compareVersions(level, version) >= 0 };
}

/** Compares dotted versions numerically (`1.10` > `1.9`). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
