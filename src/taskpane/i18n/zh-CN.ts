/** Simplified Chinese UI strings (the default catalogue; every key here must exist in en-US too). */
export const zhCN = {
  'app.title': '工作要点台账',
  'app.subtitle': '导入工作要点 · 按单位校验 · 生成汇总',
  'status.heading': '加载项状态',
  'status.connected': 'Excel 已连接',
  'status.notInExcel': '未在 Excel 中运行',
  'status.notInExcelHint': '当前在普通浏览器中打开。可在独立模式下使用内置工作簿演示全部功能，或按 README 说明把加载项旁加载到 Excel。',
  'status.loading': '正在连接 Excel…',
  'status.platform': '平台',
  'status.language': '界面语言',
  'status.apiSets': '支持的 Excel API 版本',
  'status.apiSetsNone': '无（不在 Excel 中）',
  'status.minimum': '最低要求 ExcelApi {min}',
  'status.belowMinimum': '此版本的 Excel 低于最低要求（ExcelApi {min}），部分功能不可用，请升级 Office。',
  'lang.switch': 'English',
  'lang.switchLabel': '切换为英文界面',
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zhCN;
