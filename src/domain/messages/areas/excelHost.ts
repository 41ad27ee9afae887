/** Messages of the live-workbook adapter (src/excel): what Excel refused, and what the user can do about it. Named excelHost (not excel) because the layer lint refuses any import path segment `excel` from src/domain. */

/** Simplified Chinese. */
export const zh = {
  'excel.sheetProtected':
    '工作表“{sheet}”受保护，加载项无法写入。请在 Excel 中点击“审阅 › 撤消工作表保护”（有密码时请向设置保护的同事索取），然后重试。已有的数据没有改动。',
  'excel.workbookProtected':
    '工作簿结构受保护，加载项无法添加、删除或隐藏工作表（“{sheet}”）。请点击“审阅 › 保护工作簿”取消保护，然后重试。已有的数据没有改动。',
  'excel.cellEditMode':
    'Excel 正在编辑单元格，暂时不能执行此操作。请按 Enter 或 Esc 结束编辑（或单击其他单元格），然后重试。',
  'excel.sheetHidden':
    '工作表“{sheet}”已隐藏，无法定位到其中的单元格。请右键单击任一工作表标签，选择“取消隐藏”，显示“{sheet}”后重试。',
  'excel.lastVisibleSheet':
    '工作簿中至少要有一个可见的工作表，无法隐藏“{sheet}”。请先取消隐藏其他工作表，然后重试。',
  'excel.tooLarge':
    'Excel 拒绝了过大的一次数据传输（{code}）。请重试；如仍失败，请保存工作簿，在 Excel 桌面版中打开后再操作。',
  'excel.apiMissing': '当前 Excel 版本不支持加载项需要的功能（{code}）。请把 Office 更新到最新版本后重试。',
  'excel.notFound':
    'Excel 找不到加载项要用的工作表、表格或名称（{code}），可能已被改名或删除。请检查后重试。',
  'excel.hostFailed': 'Excel 没有完成操作（{code}）。请重试；如仍失败，请保存工作簿后重新打开。',
  'excel.tableInTheWay':
    '工作表“{sheet}”中的表格 {other} 位于 {table} 下方，且只有一部分在 {table} 的列中：{table} 增减行时 Excel 会拒绝移动它。请把 {other} 移到别处（完全移出 {table} 的列，或放到其右侧）后重试。已有的数据没有改动。',
  'excel.insertDeleteConflict':
    'Excel 拒绝插入或删除行（{code}）：这会移动另一个表格的一部分。请把位于台账表格下方、只有一部分在其列中的表格移开，然后重试。',
  'excel.manualCalculation':
    'Excel 当前为“手动计算”：写入后已重新计算一次。之后再修改填报时，请按 F9 重新计算，汇总表中的数字才会更新（或在“公式 › 计算选项”中改为“自动”）。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'excel.sheetProtected':
    'The sheet “{sheet}” is protected, so the add-in cannot write to it. In Excel choose Review › Unprotect Sheet (ask whoever protected it for the password), then try again. Nothing was changed.',
  'excel.workbookProtected':
    'The workbook structure is protected, so the add-in cannot add, delete or hide sheets (“{sheet}”). Choose Review › Protect Workbook to turn the protection off, then try again. Nothing was changed.',
  'excel.cellEditMode':
    'Excel is editing a cell and cannot do this now. Press Enter or Esc to finish editing (or click another cell), then try again.',
  'excel.sheetHidden':
    'The sheet “{sheet}” is hidden, so the cell cannot be shown. Right-click any sheet tab, choose Unhide and show “{sheet}”, then try again.',
  'excel.lastVisibleSheet':
    'A workbook needs at least one visible sheet, so “{sheet}” cannot be hidden. Unhide another sheet first, then try again.',
  'excel.tooLarge':
    'Excel refused a transfer as too large ({code}). Try again; if it fails again, save the workbook and do this in the Excel desktop app.',
  'excel.apiMissing':
    'This version of Excel lacks a feature the add-in needs ({code}). Update Office to the latest version and try again.',
  'excel.notFound':
    'Excel cannot find a sheet, table or name the add-in uses ({code}); it may have been renamed or deleted. Check and try again.',
  'excel.hostFailed':
    'Excel did not complete the operation ({code}). Try again; if it fails again, save the workbook and reopen it.',
  'excel.tableInTheWay':
    'On the sheet “{sheet}” the table {other} lies below {table} and only partly in its columns, so Excel refuses to move it when {table} gains or loses rows. Move {other} elsewhere (wholly outside the columns of {table}, or to the right of {table}), then try again. Nothing was changed.',
  'excel.insertDeleteConflict':
    'Excel refused to insert or delete rows ({code}): it would move part of another table. Move any table that lies below a ledger table and only partly in its columns, then try again.',
  'excel.manualCalculation':
    'Excel is set to manual calculation: the workbook was recalculated once after writing. After further changes to the entries press F9 so that the summary figures update (or set Formulas › Calculation Options to Automatic).',
};
