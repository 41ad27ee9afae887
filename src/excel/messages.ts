/** User-facing texts of the Excel writer (Simplified Chinese). */

/** Texts, grouped so the task pane can show them as they are. */
export const MESSAGES = {
  probeStep: '读取工作簿现状',
  sheetStep: (sheet: string) => `准备工作表“${sheet}”`,
  tableStep: (table: string) => `写入表格 ${table}`,
  namesStep: '写入名称（下拉列表来源）',
  dataValidationStep: '设置数据验证（下拉列表和输入提示）',
  formatStep: '设置条件格式',
  layoutStep: '设置冻结窗格、列宽和打印',
  metaStep: '写入元数据（_wp_meta）',
  visibilityStep: '设置工作表可见性',
  orphanStep: '标记指向已删除任务或指标的填报行',
  batchStep: (i: number, n: number, steps: string[]) =>
    `第 ${i}/${n} 次写入：${steps.slice(0, 3).join('、')}${steps.length > 3 ? ` 等 ${steps.length} 项` : ''}`,
  skipped: (label: string, version: string) =>
    `当前 Excel 不支持${label}（需要 ExcelApi ${version}），已跳过；其余内容已正常写入。`,
  tooOld: (version: string) =>
    `当前 Excel 版本过旧（需要 ExcelApi ${version} 或更高），无法加载台账。请升级 Office 或使用网页版 Excel。`,
  preservedChanged: (table: string, have: number, planned: number) =>
    `${table} 在读取之后发生了变化（现有 ${have} 行，计划 ${planned} 行），为避免覆盖填报数据，已停止加载。请重新加载。`,
  preservedHeaders: (table: string) =>
    `${table} 的表头与台账格式不一致，为避免覆盖填报数据，已停止加载。请检查表头后重试。`,
  sheetNotEmpty: (sheet: string, table: string) =>
    `工作表“${sheet}”已有内容但没有表格 ${table}，为避免覆盖数据，已停止加载。请把该工作表改名后重试。`,
  failed: (step: string, detail: string, written: boolean) =>
    `加载失败：在“${step}”时出错（${detail}）。进度填报中已有的数据没有被改动。${written ? '部分工作表已更新，' : ''}请重新加载。`,
  done: (syncs: number, skipped: number) =>
    `台账已加载（同步 ${syncs} 次${skipped > 0 ? `，${skipped} 项功能因 Excel 版本限制已跳过` : ''}）。`,
  orphans: (n: number) => `有 ${n} 行填报指向新方案中已删除的任务或指标，已保留并以橙色标出。`,
  orphansUnmarked: (n: number) =>
    `有 ${n} 行填报指向新方案中已删除的任务或指标，已全部保留；行数较多未逐行标色，请运行“校验”查看。`,
  overBudget: (syncs: number, budget: number) =>
    `本次写入需要 ${syncs} 次同步，超过预算 ${budget} 次（要写入的填报行很多）。`,
} as const;
