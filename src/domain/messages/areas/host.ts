/** Messages of the workbook open in Excel: features the host lacks, and what Excel refused. */

/** Simplified Chinese. */
export const zh = {
  'host.skipped': '当前 Excel 不支持{feature}（需要 ExcelApi {version}），已跳过；其余内容已正常写入。',
  'host.failed':
    '{step}时 Excel 没有完成操作（{code}）。已写入的内容保持不变。请先退出正在编辑的单元格，再重试；如仍失败，请保存工作簿后重新打开。',
  'host.refused': '{reason}',
  'host.note': '{text}',
  'host.overBudget':
    '本次操作用了 {syncs} 次与 Excel 的往返，超过预算 {budget} 次（表格或问题清单较大，需分块传输）。',
  'host.step.read': '读取工作簿',
  'host.step.merge': '并入表格',
  'host.step.load': '写入方案',
  'host.step.validation': '写入校验结果',
  'host.step.edit': '应用修正',
  'host.step.summary': '写入汇总表',
  'host.step.select': '选中单元格',
  'host.step.sheet': '写入工作表',
  'host.step.open': '在新窗口中打开工作簿',
  'host.cannotOpenWorkbook':
    '此版本的 Excel 不能在新窗口中打开工作簿（需要 ExcelApi {version}）。请改用浏览器独立模式下载，或用 workpoints returns 命令生成。',
  'host.step.collect': '写入回收的报送表',
  'feature.dataValidation': '数据验证（下拉列表、输入提示、数值限制）',
  'feature.conditionalFormats': '条件格式',
  'feature.suspendCalculation': '写入时暂停计算',
  'feature.freezePanes': '冻结标题行',
  'feature.tabColor': '工作表标签颜色',
  'feature.suspendScreenUpdating': '写入时暂停屏幕刷新',
  'feature.pageLayout': '打印设置',
  'feature.chartCategoryNames': '图表纵轴显示指标名称',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'host.skipped':
    'This Excel does not support {feature} (needs ExcelApi {version}); it was skipped and everything else was written.',
  'host.failed':
    'Excel did not complete the operation while {step} ({code}). What was written stays as it was. Leave the cell you are editing and try again; if it still fails, save the workbook and open it again.',
  'host.refused': '{reason}',
  'host.note': '{text}',
  'host.overBudget':
    'This took {syncs} round trips to Excel, over the budget of {budget} (large tables or issue lists are sent in blocks).',
  'host.step.read': 'reading the workbook',
  'host.step.merge': 'merging rows into the table',
  'host.step.load': 'writing the schema',
  'host.step.validation': 'writing the validation results',
  'host.step.edit': 'applying fixes',
  'host.step.summary': 'writing the summary sheet',
  'host.step.select': 'selecting the cell',
  'host.step.sheet': 'writing the sheet',
  'host.step.open': 'opening the workbook in a new window',
  'host.cannotOpenWorkbook':
    'This Excel cannot open a workbook in a new window (needs ExcelApi {version}). Download the forms in the standalone browser page instead, or make them with the workpoints returns command.',
  'host.step.collect': 'writing the collected forms',
  'feature.dataValidation': 'data validation (dropdowns, input prompts, number limits)',
  'feature.conditionalFormats': 'conditional formats',
  'feature.suspendCalculation': 'pausing calculation while writing',
  'feature.freezePanes': 'frozen header rows',
  'feature.tabColor': 'sheet tab colours',
  'feature.suspendScreenUpdating': 'pausing screen updates while writing',
  'feature.pageLayout': 'print setup',
  'feature.chartCategoryNames': 'target names on the chart axis',
};
