/**
 * Messages about the schema tables the office edits (工作任务, 责任分工, 目标指标, 单位): reading the schema back from
 * them, each problem naming its sheet and cell, and the notice that they differ from the schema in `_wp_meta`.
 */

/** Simplified Chinese. */
export const zh = {
  'tables.at': '“{sheet}”表 {cell} 单元格：{problem}',
  'tables.missingTable':
    '找不到“{sheet}”工作表上的 {table} 表格（被删除、改名或转换为普通区域），无法从方案表格重新读取方案。',
  'tables.missingColumn': '“{sheet}”表的 {table} 表格缺少“{column}”列，请恢复该列的表头。',
  'tables.rowsBelow':
    '“{sheet}”表第 {rows} 行填写在 {table} 表格下方，不属于表格（LibreOffice、WPS 不会自动扩展表格）。请在表格中间插入行后再填写，或把表格范围扩展到这些行。',
  'tables.blank': '“{column}”不能为空。',
  'tables.badItemNo': '序号“{value}”不是正整数。',
  'tables.duplicateItem': '序号 {no} 重复（与 {first} 相同）。',
  'tables.unknownSection':
    '板块“{value}”不是方案中的板块。若要给板块改名，请把该板块所有任务的“板块”改成同一个新名称。',
  'tables.badDate': '完成时限“{value}”不是日期。请填写日期（如 2021-06-30）或留空。',
  'tables.unknownUnit': '单位“{unit}”不在“单位”表中。请先在“单位”表中添加这个单位，或改为表中已有的名称。',
  'tables.unknownItem': '序号“{value}”不是“工作任务”表中的任务。',
  'tables.badRole': '分工“{value}”应为“牵头”“配合”或“负责”。',
  'tables.duplicateDuty': '单位“{unit}”在第 {no} 项任务中已有分工（{first}）。',
  'tables.rolesDisagree':
    '第 {no} 项任务的单位在“工作任务”（{cells}）和“责任分工”中都改过，且两处不一致。请只改其中一处，或把两处改成一致。',
  'tables.badTargetId': '指标编号“{value}”应形如 T19.2（T、任务序号、点、指标序号）。',
  'tables.targetIdItem': '指标编号 {id} 应以 T{no}. 开头，与所属任务的序号一致。',
  'tables.duplicateTarget': '指标编号 {id} 重复（与 {first} 相同）。',
  'tables.notANumber': '“{column}”的“{value}”不是数字。',
  'tables.badComparator': '比较“{value}”应为 ≥、>、≤、< 或 =。',
  'tables.badKind': '口径“{value}”应为“新增”“总量”“比率”或“上限”。',
  'tables.badUnitKind': '类型“{value}”应为“部门”“设区市”“集合”或“其他”。',
  'tables.duplicateUnit': '单位“{unit}”重复（与 {first} 相同）。',
  'tables.aliasIsUnit': '别名“{alias}”是另一个单位的名称。',
  'tables.aliasTaken': '别名“{alias}”已是单位“{owner}”的别名（{first}）。',
  'tables.schemaCheck': '从方案表格读出的方案未通过检查：{detail}',
  'tables.more': '另有 {count} 处问题未列出。',
  'tables.refused': '方案表格中有 {count} 处问题，未做任何改动：',
  'tables.unchanged': '方案表格与“_wp_meta”中保存的方案一致，无需重新读取。',
  'tables.changedSince': '方案表格在预览之后又有改动，未写入任何内容。请重新读取方案，核对差异后再写入。',
  'tables.changes': '方案表格与“_wp_meta”中保存的方案相比，有 {count} 处修改：',
  'tables.written':
    '已从方案表格重新读取方案并写入 {file}：保留填报行 {entries} 行；原方案的指纹已保留，按原方案生成的报送表仍可识别。',
  'tables.cliNeedsInto':
    '--from-tables 需要与 --into 一起使用（workpoints build --from-tables --into 台账.xlsx）：从该台账的方案表格重新读取方案并写回同一文件。',
  'tables.cliAlone': '--from-tables 不能与 {option} 一起使用：方案来自台账自己的表格。',
  'tables.edited':
    '方案表格（工作任务、责任分工、目标指标、单位）已修改但尚未重新读取：表格中的公式已按修改后的表格计算，而校验、汇总、通报仍按“_wp_meta”中保存的方案。请在“导入”页点“重新读取方案”，或运行 workpoints build --from-tables --into 台账.xlsx。',
  'tables.editedBroken':
    '方案表格（工作任务、责任分工、目标指标、单位）已修改但尚未重新读取，且有 {count} 处问题（如：{first}）。校验、汇总、通报仍按“_wp_meta”中保存的方案；请更正后在“导入”页点“重新读取方案”。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'tables.at': 'Sheet “{sheet}”, cell {cell}: {problem}',
  'tables.missingTable':
    'The {table} table on sheet “{sheet}” is missing (deleted, renamed or converted to a range): the schema cannot be read back from the schema tables.',
  'tables.missingColumn':
    'The {table} table on sheet “{sheet}” has no “{column}” column; restore that column’s header.',
  'tables.rowsBelow':
    'Rows {rows} of sheet “{sheet}” were typed below the {table} table and are not part of it (LibreOffice and WPS do not grow tables). Insert rows inside the table and type there, or extend the table over these rows.',
  'tables.blank': '“{column}” must not be blank.',
  'tables.badItemNo': 'the item number “{value}” is not a whole number of 1 or more.',
  'tables.duplicateItem': 'item number {no} appears twice (first at {first}).',
  'tables.unknownSection':
    'the section “{value}” is not a section of the schema. To rename a section, give every item of that section the same new name.',
  'tables.badDate':
    'the deadline “{value}” is not a date. Enter a date (such as 2021-06-30) or leave it blank.',
  'tables.unknownUnit':
    'the unit “{unit}” is not in the “单位” table. Add the unit to the “单位” table first, or use a name the table has.',
  'tables.unknownItem': 'item number “{value}” is not an item of the “工作任务” table.',
  'tables.badRole':
    'the role “{value}” should be “牵头” (lead), “配合” (cooperating) or “负责” (responsible).',
  'tables.duplicateDuty': 'the unit “{unit}” already has a role in item {no} (at {first}).',
  'tables.rolesDisagree':
    'the units of item {no} were changed both on “工作任务” ({cells}) and on “责任分工”, and the two disagree. Change only one of them, or make both say the same.',
  'tables.badTargetId':
    'the target id “{value}” should look like T19.2 (T, item number, dot, target number).',
  'tables.targetIdItem': 'target id {id} should start with T{no}., the number of its item.',
  'tables.duplicateTarget': 'target id {id} appears twice (first at {first}).',
  'tables.notANumber': 'the “{column}” value “{value}” is not a number.',
  'tables.badComparator': 'the comparison “{value}” should be ≥, >, ≤, < or =.',
  'tables.badKind': 'the kind “{value}” should be “新增”, “总量”, “比率” or “上限”.',
  'tables.badUnitKind': 'the type “{value}” should be “部门”, “设区市”, “集合” or “其他”.',
  'tables.duplicateUnit': 'the unit “{unit}” appears twice (first at {first}).',
  'tables.aliasIsUnit': 'the alias “{alias}” is the name of another unit.',
  'tables.aliasTaken': 'the alias “{alias}” is already an alias of “{owner}” (at {first}).',
  'tables.schemaCheck': 'The schema read from the schema tables does not pass the schema check: {detail}',
  'tables.more': '{count} more problems are not listed.',
  'tables.refused': 'The schema tables have {count} problems; nothing was changed:',
  'tables.unchanged':
    'The schema tables match the schema saved in “_wp_meta”; there is nothing to read back.',
  'tables.changedSince':
    'The schema tables changed after the preview; nothing was written. Read the schema back again, check the differences, then write.',
  'tables.changes': 'The schema tables differ from the schema saved in “_wp_meta” in {count} places:',
  'tables.written':
    'The schema was read back from the schema tables and written into {file}: {entries} entry rows kept; the earlier schema’s fingerprint is kept, so return forms made from it are still recognised.',
  'tables.cliNeedsInto':
    '--from-tables needs --into (workpoints build --from-tables --into BOOK.xlsx): the schema is read back from that ledger’s tables and written into the same file.',
  'tables.cliAlone':
    '--from-tables cannot be combined with {option}: the schema comes from the ledger’s own tables.',
  'tables.edited':
    'The schema tables (items, duties, targets, units) were edited but not read back yet: the sheet’s formulas already count by the edited tables, while validation, the summary and the bulletin still use the schema saved in “_wp_meta”. Press “Read back the schema” on the Load tab, or run workpoints build --from-tables --into BOOK.xlsx.',
  'tables.editedBroken':
    'The schema tables (items, duties, targets, units) were edited but not read back yet, and they have {count} problems (for example: {first}). Validation, the summary and the bulletin still use the schema saved in “_wp_meta”; correct the tables, then press “Read back the schema” on the Load tab.',
};
