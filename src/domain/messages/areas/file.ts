/** Messages about workbook files as packages: what cannot be opened, and edits refused to keep a part intact. */

/** Simplified Chinese. */
export const zh = {
  'file.notZip':
    '“{file}”不是可读取的 .xlsx 工作簿：文件内容不是 Excel 工作簿格式（可能已损坏，或是其他类型的文件改了扩展名）。请在 Excel 中打开后另存为“Excel 工作簿 (*.xlsx)”再试。',
  'file.notWorkbook':
    '“{file}”不是 Excel 工作簿：它是压缩包或 Office 文件，但里面没有工作簿（可能是 Word、PowerPoint 或其他文件改了扩展名）。请选择 .xlsx 工作簿。',
  'file.encrypted':
    '“{file}”受密码保护，无法读取。请在 Excel 中输入密码打开，在“文件 › 信息 › 保护工作簿 › 用密码进行加密”中清空密码并保存，再试。',
  'file.legacyXls':
    '“{file}”是旧版 Excel 97-2003 工作簿（.xls），这里只能读取 .xlsx 和 .xlsm。请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”再试。',
  'file.binaryWorkbook':
    '“{file}”是 Excel 二进制工作簿（.xlsb），无法读取。请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”再试。',
  'file.damagedPart':
    '“{file}”已损坏：其中的 {part} 无法读取。请在 Excel 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试。',
  'file.edit.noSheet': '“{file}”中没有工作表“{sheet}”。',
  'file.edit.noTable': '“{file}”中没有表格“{table}”。',
  'file.edit.badAddress': '工作表“{sheet}”中的地址“{cell}”不是有效的单元格或区域。',
  'file.edit.textTooLong':
    '工作表“{sheet}”的单元格 {cell} 要写入 {length} 个字符，超过 Excel 单元格最多 32767 个字符的限制，没有写入。',
  'file.edit.formulaBlock':
    '工作表“{sheet}”的单元格 {cell} 属于共享公式或数组公式，改写或移动它会破坏其他单元格的公式，因此没有写入。请先把这些公式转为数值或普通公式再试。',
  'file.edit.noteOnMovedRow':
    '工作表“{sheet}”的单元格 {cell} 带有批注或链接（{part}），移动第 {row} 行会使它们与单元格错位，因此没有写入。请先移走或删除后再试。',
  'file.edit.mergeOnMovedRow':
    '工作表“{sheet}”的合并单元格 {range} 跨越要移动的第 {row} 行，移动后无法保持合并，因此没有写入。请先取消合并再试。',
  'file.edit.rowOccupied': '工作表“{sheet}”第 {row} 行已有内容，不能把第 {from} 行移到这里，因此没有写入。',
  'file.edit.sheetPart':
    '工作表“{sheet}”由加载项整体重写，但它带有无法随之保留的内容（{part}）。为避免丢失，没有写入。请把这些内容移到您自己的工作表后再试。',
  'file.edit.nameRefersToSheet':
    '名称“{name}”引用了要删除的工作表“{sheet}”，删除后该名称会失效，因此没有写入。',
  'file.edit.tableNameTaken':
    '表格名称“{table}”已被工作表“{sheet}”中的表格使用（表格名称在整个工作簿中必须唯一），因此没有写入。',
  'file.edit.unsupportedPart': '“{file}”中的 {part} 无法在保持原样的前提下修改，因此没有写入。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'file.notZip':
    '“{file}” is not a readable .xlsx workbook: its content is not in Excel workbook format (it may be damaged, or another kind of file renamed). Open it in Excel, save it as “Excel Workbook (*.xlsx)” and try again.',
  'file.notWorkbook':
    '“{file}” is not an Excel workbook: it is a zip or Office file with no workbook inside (perhaps a Word, PowerPoint or other file renamed). Choose an .xlsx workbook.',
  'file.encrypted':
    '“{file}” is password-protected and cannot be read. Open it in Excel with its password, clear the password under File › Info › Protect Workbook › Encrypt with Password, save, and try again.',
  'file.legacyXls':
    '“{file}” is an old Excel 97-2003 workbook (.xls); only .xlsx and .xlsm can be read here. Save it as “Excel Workbook (*.xlsx)” in Excel or WPS and try again.',
  'file.binaryWorkbook':
    '“{file}” is an Excel binary workbook (.xlsb) and cannot be read. Save it as “Excel Workbook (*.xlsx)” in Excel and try again.',
  'file.damagedPart':
    '“{file}” is damaged: its part {part} cannot be read. Open it in Excel, save it as “Excel Workbook (*.xlsx)” and try again.',
  'file.edit.noSheet': '“{file}” has no sheet “{sheet}”.',
  'file.edit.noTable': '“{file}” has no table “{table}”.',
  'file.edit.badAddress': '“{cell}” on sheet “{sheet}” is not a valid cell or range.',
  'file.edit.textTooLong':
    'Cell {cell} of sheet “{sheet}” would hold {length} characters, over Excel’s limit of 32,767 per cell; nothing was written.',
  'file.edit.formulaBlock':
    'Cell {cell} of sheet “{sheet}” belongs to a shared or array formula; changing or moving it would break other cells’ formulas, so nothing was written. Convert those formulas to values or plain formulas first.',
  'file.edit.noteOnMovedRow':
    'Cell {cell} of sheet “{sheet}” has a note or link ({part}); moving row {row} would separate them from the cell, so nothing was written. Move or delete them first.',
  'file.edit.mergeOnMovedRow':
    'The merged cells {range} of sheet “{sheet}” span row {row}, which is to be moved; the merge cannot be kept, so nothing was written. Unmerge them first.',
  'file.edit.rowOccupied':
    'Row {row} of sheet “{sheet}” is not empty, so row {from} cannot be moved there; nothing was written.',
  'file.edit.sheetPart':
    'Sheet “{sheet}” is rewritten whole by the add-in, but it holds content that cannot be kept with it ({part}). To avoid losing it, nothing was written. Move that content to a sheet of your own and try again.',
  'file.edit.nameRefersToSheet':
    'The name “{name}” refers to sheet “{sheet}”, which is to be removed; the name would break, so nothing was written.',
  'file.edit.tableNameTaken':
    'The table name “{table}” is already used by a table on sheet “{sheet}” (table names are unique in a workbook), so nothing was written.',
  'file.edit.unsupportedPart':
    'The part {part} of “{file}” cannot be changed while keeping it intact, so nothing was written.',
};
