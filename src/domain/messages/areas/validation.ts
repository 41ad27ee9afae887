/**
 * What validation says about an entry: each finding's problem and its fix (`validation.<finding>` and
 * `validation.<finding>.advice`), and the frames that put the unit and the place in front of them
 * (【省工信厅】第12行「填报单位」（B12）：… — the cell is filled in where the entries' place on the sheet is known,
 * src/workbook/issueText.ts). Cell contents shown here have passed through `showCell` (clipped, controls removed);
 * sheet and column names come as parameters, so that the English sentences quote nothing in Chinese themselves.
 */

/** Simplified Chinese. */
export const zh = {
  'validation.atCell': '【{unit}】第{row}行「{column}」（{cell}）：{problem}。{advice}。',
  'validation.atColumn': '【{unit}】第{row}行「{column}」：{problem}。{advice}。',
  'validation.ofUnit': '【{unit}】{problem}。{advice}。',
  'validation.noUnit': '未填单位',

  'validation.canonicalUnit.advice': '请填写本单位在「{sheet}」表中的规范名称',
  'validation.unitBlank': '未填填报单位',
  'validation.unitUnreadable': '填报单位为「{shown}」，不是单位名称',
  'validation.unitUnknown': '「{shown}」不是方案中的单位',
  'validation.unitUnknown.advice': '请改为「{sheet}」表中的规范名称',
  'validation.unitUnknown.suggestion': '是否应为「{suggestion}」？请改为规范名称',
  'validation.unitAlias': '单位写作「{shown}」，不是规范名称',
  'validation.unitAlias.advice': '未计入汇总：单位名称应为{name}',

  'validation.periodBlank': '未填报告期',
  'validation.periodPick.advice': '请从下拉列表选择报告期（{list}）',
  'validation.periodWrongYear': '报告期「{shown}」不是本方案年度的报告期',
  'validation.periodWrongYear.advice': '请选择本年度的报告期（{list}）',
  'validation.periodUnknown': '无法识别报告期「{shown}」',
  'validation.periodAlias': '报告期写作「{shown}」，不是规范写法',
  'validation.periodAlias.advice': '未计入汇总：报告期应为{label}',

  'validation.itemBlank': '未填序号',
  'validation.itemBlank.advice': '请填写所报告任务的序号（见「{sheet}」表）',
  'validation.itemUnknown': '序号「{shown}」不是方案中的任务',
  'validation.itemUnknown.advice': '请填写「{sheet}」表中的序号（{range}）',

  'validation.targetUnknown': '指标编号「{shown}」不是方案中的指标',
  'validation.targetUnknown.advice': '请从「{sheet}」表选择指标编号',
  'validation.targetLoose': '指标编号写作「{shown}」，不是规范写法',
  'validation.targetLoose.advice': '未计入汇总：指标编号应为{id}',
  'validation.valueWithoutTarget': '填了累计完成值，但第{item}项没有量化指标',
  'validation.valueWithoutTarget.advice': '请把数字写入工作进展，并清空{column}',
  'validation.valueTargetBlank': '填了累计完成值，但未填指标编号',
  'validation.valueTargetBlank.advice': '请填写该数字对应的指标编号；只报文字进展时请清空累计完成值',
  'validation.targetOfNoItem': '指标{id}不属于任何任务，但序号填为{item}',
  'validation.targetOfNoItem.advice': '请清空序号，或核对指标编号',
  'validation.targetOfOtherItem': '指标{id}属于第{owner}项，但序号填为{item}',
  'validation.targetOfOtherItem.advice': '请核对序号或指标编号（{id}对应序号{owner}）',

  'validation.notResponsible': '{unit}不是第{item}项的牵头、配合或责任单位',
  'validation.notResponsible.advice': '请核对序号；本单位负责的任务见「{sheet}」表',
  'validation.notReporter': '指标{id}由{reporter}填报，本行的数字不计入汇总（避免与{reporter}的数字重复）',
  'validation.notReporter.advice': '请清空累计完成值，把本单位的贡献写入工作进展（数字由{reporter}统一填报）',

  'validation.missingValue': '指标{id}未填累计完成值',
  'validation.missingValue.advice': '请填写截至本报告期的累计完成值（数字）',
  'validation.badNumber': '累计完成值「{shown}」不是数字',
  'validation.badNumber.error': '累计完成值为错误值 {shown}',
  'validation.badNumber.other': '累计完成值无法识别',
  'validation.badNumber.advice': '请填写阿拉伯数字，不带文字和单位，如 1000',
  'validation.normalizedNumber': '{column}「{shown}」是文本，读作 {value}',
  'validation.normalizedNumber.advice': '未计入汇总：{column}应为数字 {value}',
  'validation.negativeValue': '累计完成值为负数（{value}）',
  'validation.negativeValue.advice': '请核对：该指标的累计完成值不应为负数',

  'validation.measureFamily': '计量单位「{written}」与指标的「{expected}」不同',
  'validation.measureFamily.advice': '请核对计量单位，该指标以「{expected}」计',
  'validation.measureScale': '计量单位「{written}」与指标的「{expected}」数量级不同，数字不能直接计入',
  'validation.measureScale.advice': '请换算为{expected}后填写（{example}），并把计量单位改为{expected}',
  'validation.measureDimension': '计量单位「{written}」与指标的「{expected}」不是同一种量',
  'validation.measureDimension.advice': '请按「{expected}」填写累计完成值',
  'validation.implausible': '累计完成值 {value} 超过目标值 {target}{measure} 的5倍',
  'validation.implausible.advice': '请核对数字和计量单位（是否多写了零，或用错了单位）',

  'validation.duplicateEarlier': '与第{last}行重复（同一报告期、单位和指标），本行不计入汇总',
  'validation.duplicateEarlier.advice': '请删除本行，或把内容合并到第{last}行',
  'validation.duplicateLast': '与第{others}行重复，按本行（最后一行）计入汇总',
  'validation.duplicateLast.advice': '请删除重复的行',
  'validation.decreasing': '累计完成值 {value} 低于{period}的 {earlier}',
  'validation.decreasing.advice': '累计数一般不会减少，请核对本期或上期的数字',

  'validation.missingItem': '{period}未报送第{item}项任务（{title}）',
  'validation.missingItem.advice': '请在「进度填报」表补报该任务的工作进展',
  'validation.missingTarget': '{period}未报送指标{id}（{name}）',
  'validation.missingTarget.advice': '请补报该指标的累计完成值',
  'validation.overdueItem': '第{item}项任务（{title}）的完成时限{deadline}已到，截至{asOf}未报送任何工作进展',
  'validation.overdueItem.advice':
    '请报送该任务的完成情况；完成时限有误的，请在「{sheet}」表中更正后重新读取方案',
  'validation.missingProgress': '未填工作进展',
  'validation.missingProgress.advice': '请简要填写本期工作进展',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'validation.atCell': '[{unit}] row {row}, {column} ({cell}): {problem}; {advice}.',
  'validation.atColumn': '[{unit}] row {row}, {column}: {problem}; {advice}.',
  'validation.ofUnit': '[{unit}] {problem}; {advice}.',
  'validation.noUnit': 'no unit',

  'validation.canonicalUnit.advice': 'enter the unit’s canonical name from the {sheet} sheet',
  'validation.unitBlank': 'the reporting unit is blank',
  'validation.unitUnreadable': 'the reporting unit holds “{shown}”, not a name',
  'validation.unitUnknown': '“{shown}” is not a unit of the schema',
  'validation.unitUnknown.advice': 'use a canonical name from the {sheet} sheet',
  'validation.unitUnknown.suggestion': 'did you mean “{suggestion}”? Use the canonical name',
  'validation.unitAlias': 'the unit is written “{shown}”, not its canonical name',
  'validation.unitAlias.advice': 'not counted in the summary: the unit name should be {name}',

  'validation.periodBlank': 'the period is blank',
  'validation.periodPick.advice': 'pick a period from the list ({list})',
  'validation.periodWrongYear': '“{shown}” is not a period of this schema’s year',
  'validation.periodWrongYear.advice': 'pick a period of this year ({list})',
  'validation.periodUnknown': 'the period “{shown}” is not understood',
  'validation.periodAlias': 'the period is written “{shown}”, not as its label',
  'validation.periodAlias.advice': 'not counted in the summary: the period should be {label}',

  'validation.itemBlank': 'the item number is blank',
  'validation.itemBlank.advice': 'enter the number of the item reported on (see the {sheet} sheet)',
  'validation.itemUnknown': '“{shown}” is not an item number of the schema',
  'validation.itemUnknown.advice': 'enter an item number from the {sheet} sheet ({range})',

  'validation.targetUnknown': '“{shown}” is not a target id of the schema',
  'validation.targetUnknown.advice': 'pick a target id from the {sheet} sheet',
  'validation.targetLoose': 'the target id is written “{shown}”',
  'validation.targetLoose.advice': 'not counted in the summary: the target id should be {id}',
  'validation.valueWithoutTarget': 'a figure is given, but item {item} has no target',
  'validation.valueWithoutTarget.advice': 'put the figure in the progress text and clear {column}',
  'validation.valueTargetBlank': 'a figure is given without a target id',
  'validation.valueTargetBlank.advice':
    'enter the target id the figure belongs to, or clear the figure for a text-only report',
  'validation.targetOfNoItem': 'target {id} belongs to no item, yet the item number is {item}',
  'validation.targetOfNoItem.advice': 'clear the item number, or check the target id',
  'validation.targetOfOtherItem': 'target {id} belongs to item {owner}, yet the item number is {item}',
  'validation.targetOfOtherItem.advice':
    'check the item number or the target id ({id} goes with item {owner})',

  'validation.notResponsible': '{unit} is not a lead, cooperating or responsible unit of item {item}',
  'validation.notResponsible.advice': 'check the item number; the {sheet} sheet lists the unit’s items',
  'validation.notReporter':
    'target {id} is reported by {reporter}; this figure is not counted (it would duplicate {reporter}’s)',
  'validation.notReporter.advice':
    'clear the figure and describe the unit’s contribution in the progress text ({reporter} reports the figure)',

  'validation.missingValue': 'no figure for target {id}',
  'validation.missingValue.advice': 'enter the cumulative figure to the end of the period (a number)',
  'validation.badNumber': 'the figure “{shown}” is not a number',
  'validation.badNumber.error': 'the figure is the error value {shown}',
  'validation.badNumber.other': 'the figure cannot be read',
  'validation.badNumber.advice': 'enter a plain number without words or units, e.g. 1000',
  'validation.normalizedNumber': '{column} “{shown}” is text, read as {value}',
  'validation.normalizedNumber.advice': 'not counted in the summary: {column} should be the number {value}',
  'validation.negativeValue': 'the figure is negative ({value})',
  'validation.negativeValue.advice': 'check the figure: this target cannot be negative',

  'validation.measureFamily': 'the measure “{written}” differs from the target’s “{expected}”',
  'validation.measureFamily.advice': 'check the measure; the target counts in “{expected}”',
  'validation.measureScale': 'the measure “{written}” is another scale than the target’s “{expected}”',
  'validation.measureScale.advice': 'convert to {expected} ({example}) and set the measure to {expected}',
  'validation.measureDimension':
    'the measure “{written}” is not the same kind of quantity as the target’s “{expected}”',
  'validation.measureDimension.advice': 'report the figure in “{expected}”',
  'validation.implausible': 'the figure {value} is over 5 times the target {target}{measure}',
  'validation.implausible.advice': 'check the figure and its measure (an extra zero, or the wrong unit?)',

  'validation.duplicateEarlier':
    'duplicates row {last} (same period, unit and target); this row is not counted',
  'validation.duplicateEarlier.advice': 'delete this row or merge it into row {last}',
  'validation.duplicateLast': 'duplicates row(s) {others}; this last row is the one counted',
  'validation.duplicateLast.advice': 'delete the duplicate rows',
  'validation.decreasing': 'the cumulative figure {value} is lower than {earlier} for {period}',
  'validation.decreasing.advice': 'cumulative figures rarely fall; check this or the earlier figure',

  'validation.missingItem': 'no report for item {item} ({title}) in {period}',
  'validation.missingItem.advice': 'add a row with the progress of this item',
  'validation.missingTarget': 'no figure for target {id} ({name}) in {period}',
  'validation.missingTarget.advice': 'add a row with the cumulative figure of this target',
  'validation.overdueItem':
    'item {item} ({title}) was due on {deadline}, and no progress has been reported by {asOf}',
  'validation.overdueItem.advice':
    'report how the item stands; if the deadline is wrong, correct it on the {sheet} sheet and read the schema back',
  'validation.missingProgress': 'the progress text is blank',
  'validation.missingProgress.advice': 'describe the progress briefly',
};
