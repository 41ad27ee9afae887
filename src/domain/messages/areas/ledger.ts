/** Messages about a ledger workbook as read: its stored schema, where its entries are, and what is damaged. */

/** Simplified Chinese. */
export const zh = {
  'ledger.noSchema':
    '工作簿中没有保存的工作要点方案（“_wp_meta”工作表）：它不是本工具生成的台账，或该隐藏工作表被删除。请先导入工作要点。',
  'ledger.metaIncomplete':
    '“_wp_meta”工作表中的方案数据不完整（应有 {declared} 段，实有 {actual} 段）：可能有单元格被改动。请重新导入工作要点。',
  'ledger.metaUnreadable': '“_wp_meta”工作表中保存的方案无法读取（{detail}）。请重新导入工作要点。',
  'ledger.fingerprintMismatch':
    '“_wp_meta”中保存的方案与其指纹不符（记录 {stored}，实际 {actual}）：方案可能被手工修改过。本次按工作簿中的方案处理；如有疑问，请向牵头处室索取原方案并重新导入。',
  'ledger.newerFormat':
    '工作簿格式版本为 {version}，高于本程序支持的 {supported}；请升级加载项或命令行工具。结果仅供参考。',
  'ledger.plainRange':
    '“{sheet}”工作表中的进度填报已不是 {table} 表格（被转换为普通区域或改了表名）。已按第 {header} 行的表头读取全部 {rows} 行；写入时会重新建成 {table} 表格，一行不少。',
  'ledger.noEntriesSheet':
    '找不到进度填报：工作簿中没有“{sheet}”工作表，也没有 {table} 表格或以“报告期”等列名开头的表头行。',
  'ledger.noEntriesHeader':
    '找不到进度填报：“{sheet}”工作表中既没有 {table} 表格，也没有以“报告期”“填报单位”等列名组成的表头行。',
  'ledger.missingColumns': '进度填报缺少必需的列：{columns}。请恢复这些列的表头后再试。',
  'ledger.renamedColumn':
    '“{column}”（第 {position} 列的表头现在是“{header}”，似乎被改名，请改回“{column}”）',
  'ledger.missingOptionalColumns': '进度填报缺少列：{columns}。',
  'ledger.noStatusColumn': '没有“校验状态”列时不写行状态，只写校验结果工作表。',
  'ledger.rowsBelow':
    '第 {rows} 行填写在 {table} 表格下方（LibreOffice、WPS 不会自动扩展表格），已一并读取。可用“并入表格”把它们移入表格；另存的文件中已并入。',
  'ledger.blankRows': '第 {rows} 行是空行，已跳过。',
  'ledger.mergedCells':
    '进度填报中有合并单元格 {ranges}：只有合并区域左上角的单元格有值，其余各行按空白处理。请取消合并，并在每一行填写完整。',
  'ledger.formulaCells':
    '单元格 {cells} 是公式：按公式的计算结果处理（汇总也只统计结果）。请改为直接填写数值或文字。',
  'ledger.moreCells': '{shown} 等 {count} 处',
  'ledger.quoted': '“{text}”',
  'ledger.unusable': '无法使用“{file}”：{reason}',
  'ledger.unreadableRefuseBuild': '无法读取“{file}”中的进度填报，为避免丢失填报行，未做任何改动：{reason}',
  'ledger.rowsMerged':
    '表格下方的第 {rows} 行（共 {count} 行）已并入进度填报表格，顺序不变，中间的空行已去掉。',
  'ledger.rangeMerged': '进度填报已重新建成表格，{rows} 行填报全部保留。',
  'ledger.mergeIncomplete':
    '第 {rows} 行仍在进度填报表格之外，未能并入。为避免丢失填报行，已停止，未做其他改动。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'ledger.noSchema':
    'The workbook holds no saved work-points schema (sheet “_wp_meta”): it was not made by this tool, or that hidden sheet was deleted. Load the work points first.',
  'ledger.metaIncomplete':
    'The schema saved on sheet “_wp_meta” is incomplete ({declared} parts expected, {actual} found): a cell may have been edited. Load the work points again.',
  'ledger.metaUnreadable':
    'The schema saved on sheet “_wp_meta” cannot be read ({detail}). Load the work points again.',
  'ledger.fingerprintMismatch':
    'The schema in “_wp_meta” does not match its fingerprint (recorded {stored}, actual {actual}): it may have been edited by hand. This run uses the schema in the workbook; if in doubt, ask the lead office for the original schema and load it again.',
  'ledger.newerFormat':
    'The workbook format is version {version}, newer than the {supported} this program supports; please update the add-in or the command-line tool. Results are for reference only.',
  'ledger.plainRange':
    'The entries on sheet “{sheet}” are no longer the {table} table (converted to a range or renamed). All {rows} rows were read under the header in row {header}; files written from now on rebuild the {table} table with every row.',
  'ledger.noEntriesSheet':
    'No entries found: the workbook has no sheet “{sheet}”, no {table} table and no header row starting with the entry columns (“报告期” …).',
  'ledger.noEntriesHeader':
    'No entries found: sheet “{sheet}” has neither the {table} table nor a header row made of the entry columns (“报告期”, “填报单位” …).',
  'ledger.missingColumns':
    'The entries lack required columns: {columns}. Restore these headers and try again.',
  'ledger.renamedColumn':
    '“{column}” (the header of column {position} now reads “{header}”, apparently renamed; change it back to “{column}”)',
  'ledger.missingOptionalColumns': 'The entries lack columns: {columns}.',
  'ledger.noStatusColumn': 'Without a “校验状态” column no row status is written, only the validation sheet.',
  'ledger.rowsBelow':
    'Rows {rows} were typed below the {table} table (LibreOffice and WPS do not grow tables) and were read too. Use “Merge into table” to move them in; files written from now on hold them inside the table.',
  'ledger.blankRows': 'Rows {rows} are blank and were skipped.',
  'ledger.mergedCells':
    'The entries contain merged cells {ranges}: only the top-left cell of a merged block holds a value; the other rows count as blank. Unmerge them and fill in every row.',
  'ledger.formulaCells':
    'Cells {cells} hold formulas: their results are used (the summary counts results only). Type the values or text directly instead.',
  'ledger.moreCells': '{shown} and {count} in all',
  'ledger.quoted': '“{text}”',
  'ledger.unusable': 'Cannot use “{file}”: {reason}',
  'ledger.unreadableRefuseBuild':
    'The entries in “{file}” cannot be read; to avoid losing any row, nothing was changed: {reason}',
  'ledger.rowsMerged':
    'Rows {rows} below the table ({count} in all) were merged into the entries table, in order, blank rows between them dropped.',
  'ledger.rangeMerged': 'The entries are a table again; all {rows} rows were kept.',
  'ledger.mergeIncomplete':
    'Rows {rows} are still outside the entries table and could not be merged. Stopped to avoid losing any row; nothing else was changed.',
};
