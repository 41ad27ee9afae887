/** User-facing texts of summary generation in Excel (Simplified Chinese). */
export const SUMMARY_MESSAGES = {
  validationStep: '刷新校验（更新校验状态）',
  probeStep: '读取汇总表现状',
  writeStep: '写入汇总表',
  chartStep: '更新完成率图表',
  chartTitle: '各指标完成率与序时进度',
  categoryNamesLabel: '图表纵轴显示指标名称',
  failed: (step: string, detail: string) =>
    `生成汇总失败：在“${step}”时出错（${detail}）。进度填报中的数据没有被改动，请重试。`,
  done: (period: string, syncs: number, skipped: number) =>
    `已生成${period}汇总（同步 ${syncs} 次${skipped > 0 ? `，${skipped} 项功能因 Excel 版本限制已跳过` : ''}）。`,
  overBudget: (syncs: number, budget: number) => `本次生成汇总用了 ${syncs} 次同步，超过预算 ${budget} 次。`,
} as const;
