/**
 * Messages of the notice parser: one entry per diagnostic code (`notice.<code>`), and a few variants
 * (`notice.<code>.<variant>`) where one code has more than one sentence. The Chinese text is what schema files store
 * in a diagnostic's `message`, so rewording it changes saved files (not the fingerprint).
 */

/** Simplified Chinese. */
export const zh = {
  'notice.no-items': '未识别到编号的工作事项(如“1.”“(一)”开头的条目),请检查粘贴的通知文本。',
  'notice.no-title': '未识别到通知标题,请在方案中补充标题。',
  'notice.no-year': '通知中未找到年份,已按当前年份{year}年设置报送期次,请核对。',
  'notice.no-units': '第{no}项(原文编号“{label}”)未找到责任单位,请补充。',
  'notice.no-units.unnumbered': '第{no}项未找到责任单位,请补充。',
  'notice.unknown-unit': '单位“{name}”不在单位名录中,已按原文保留为待确认单位,请核对名称。',
  'notice.abbreviated-unit': '“{written}”按前一单位补全为“{expanded}”,请核对。',
  'notice.abbreviated-unit.kept': '“{written}”可能是“{expanded}”的简写,已按原文保留,请核对。',
  'notice.shared-suffix':
    '“{text}”中前面的名称与“{unit}”共用名称后缀,已按原文分别记为单位,请在单位表中补全全称或设为别名。',
  'notice.unit-note': '“{name}”后的说明“{note}”写的是该名称所含的范围,其中的名称没有作为单位单列,请核对。',
  'notice.units-by-matter':
    '“{text}”按事项写出负责单位,已读出其中的单位;方案只记录单位,不记录哪个单位负责哪项事项,如需要请写入事项内容。',
  'notice.open-unit-list': '单位列表以“{suffix}”结尾,只记录列出的单位,请核对是否遗漏。',
  'notice.carried-rule': '通知说明排在首位的为牵头单位:未标明分工时,第一个单位为牵头单位,其余为责任单位。',
  'notice.carried-rule.same-below':
    '“排在首位的为牵头单位,下同”适用于本项及以后各项:未标明分工时,第一个单位为牵头单位,其余为责任单位。',
  'notice.carried-rule.units':
    '通知写明以下各项均由“{units}”负责(如“下同”“以下…均需…落实”),已加到以后各项的责任单位中。',
  'notice.collective-reporter':
    '第{no}项只有集体单位“{reporter}”,目标报送单位暂定为该集体单位,请指定具体单位。',
  'notice.no-reporter': '第{no}项有目标但没有责任单位,请指定报送单位。',
  'notice.low-confidence-target':
    '“{text}”中的数字没有目标用语(新增、力争、达到等),已作为低置信度候选({id})保留,请核对。',
  'notice.tracked-list':
    '“{text}”是对所列名单(…等)的计数,不一定是年度目标,已作为低置信度候选({id})保留,请核对。',
  'notice.block-target': '目标{id}属于“{block}”,没有对应事项,请指定报送单位。',
  'notice.numbering-restart':
    '事项编号在各部分重新开始,已按出现顺序统一编号为1至{count},原文编号保留在事项的“原文编号”中。',
  'notice.numbering-irregular': '事项编号“{label}”不连续或重复,已按出现顺序统一编号,请核对是否漏项。',
  'notice.numbering-gap': '事项编号从{from}跳到{to},缺少第{missing}项,请核对是否漏项或编号有误。',
  'notice.numbering-gap.start': '事项编号从{to}开始,缺少第{missing}项,请核对是否漏项或编号有误。',
  'notice.unattached-text':
    '这段文字不属于任何事项,没有读入方案:“{text}”。如果它属于某个事项,请检查该事项的编号。',
  'notice.deadline-unread': '完成时限“{text}”不是可识别的日期,没有记录,请核对。',
  'notice.table-columns': '按表格读取第{line}行起的任务,各列依次为:{columns}。请核对各列的单位分工。',
  'notice.table-columns.unread':
    '按表格读取第{line}行起的任务,各列依次为:{columns}。其中“{unread}”列的内容不是任务或分工,没有读入方案,请核对。',
  'notice.units-from-row-above':
    '第{no}项所在行没有责任单位单元格(表格中与上一行合并),已沿用上一行的单位“{units}”,请核对。',
  'notice.unnumbered-items':
    '第{line}行起的段落没有编号,已按“{group}”下的事项依次读入(编号为{group}1、{group}2…),其单位为各自写明的或标题所写的单位,请核对。',
  'notice.units-for-group':
    '第{line}行的责任单位写在一组{count}项之后,这些事项都没有写自己的单位,已作为每一项的单位读入,请核对。',
  'notice.ordinal-items':
    '通知没有编号的条目,第{line}行起以“{first}”等开头的{count}段文字已按事项1至{count}读入,请核对。',
  'notice.ordinal-items.bullets':
    '通知没有编号的条目,第{line}行起以项目符号“{first}”开头的{count}行已按事项1至{count}读入,请核对。',
  'notice.ordinal-items.duties':
    '通知没有编号的条目,第{line}行起以单位名称开头(如“{first}负责…”)的{count}段文字已按各单位的分工事项1至{count}读入,请核对。',
  'notice.ordinal-items.listed':
    '通知的条目没有按“1.”“(一)”等格式编号,第{line}行起所列的{count}段文字(新闻稿的清单)已按事项1至{count}读入,请核对各项的起止。',
  'notice.closed-items':
    '通知没有编号的条目,第{line}行起每段以单位分工行结束的{count}段文字已按事项1至{count}读入,请核对各项的起止。',
  'notice.person-left-out':
    '“{text}”中的“{person}”看作人名(如单位负责人),没有作为单位读入;如果它是单位,请补上。',
  'notice.group-cell':
    '表格第{line}行的“{text}”是合并在多行上的分组单元格,只是这组事项的类别名称,未写入各事项内容,请核对。',
  'notice.row-continued':
    '表格第{line}行没有编号,已作为上面第{no}项的一部分读入(该项的项目单元格合并了多行),请核对。',
  'notice.number-lost':
    '第{line}行的段落没有编号,但带有自己的责任单位,正处在事项“{label}”的位置,已作为事项“{label}”读入(原文可能漏了编号),请核对。',
  'notice.traditional-script':
    '通知为繁体字,已转为简体识别;事项、单位和目标的名称按通知原文(繁体)保留,请核对。',
  'notice.covering-letter':
    '第{line}行“{annex}”之前是印发通知的正文,未写责任单位,其中的编号段落不作为事项;事项从附件读起,请核对。',
  'notice.units-from-heading':
    '“{heading}”之下的事项没有写出自己的责任单位,已取标题中的“{units}”作为各项的责任单位,请核对。',
  'notice.unnumbered-items.titled':
    '第{line}行的“{title}”只是段落的标题,其下各句各带责任单位,已逐句读为事项(编号为“{label}1”“{label}2”…),标题本身不作为事项,请核对。',
  'notice.internal-error': '解析通知时出现意外错误:{detail}',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'notice.no-items':
    'No numbered work items found (lines starting with “1.” or “(一)”). Check the pasted notice text.',
  'notice.no-title': 'No notice title found. Add a title to the schema.',
  'notice.no-year':
    'No year found in the notice; the reporting periods use the current year {year}. Please check.',
  'notice.no-units':
    'Item {no} (numbered “{label}” in the notice) names no responsible unit. Please add one.',
  'notice.no-units.unnumbered': 'Item {no} names no responsible unit. Please add one.',
  'notice.unknown-unit':
    'The unit “{name}” is not in the unit registry; it is kept as written, to be confirmed. Check the name.',
  'notice.abbreviated-unit':
    '“{written}” was completed as “{expanded}” after the unit before it. Please check.',
  'notice.abbreviated-unit.kept':
    '“{written}” may be short for “{expanded}”; it was kept as written. Please check.',
  'notice.shared-suffix':
    'In “{text}” the names before “{unit}” share its suffix; each was kept as written as a unit. Complete their full names, or add them as aliases, in the units table.',
  'notice.unit-note':
    'The note “{note}” after “{name}” says what the name covers; the names in it were not listed as units of their own. Please check.',
  'notice.units-by-matter':
    '“{text}” names a unit for each matter; the units were read, but the schema keeps only the units, not which matter each does. If that matters, add it to the item’s text.',
  'notice.open-unit-list':
    'The unit list ends with “{suffix}”; only the units listed were recorded. Check for missing units.',
  'notice.carried-rule':
    'The notice says the unit listed first leads: where no roles are given, the first unit leads and the others are responsible.',
  'notice.carried-rule.same-below':
    '“The unit listed first leads, likewise below” applies to this and every later item: where no roles are given, the first unit leads and the others are responsible.',
  'notice.carried-rule.units':
    'The notice gives every item below to “{units}” (“likewise below”, “all items below are carried out by…”); they were added to the responsible units of every later item.',
  'notice.collective-reporter':
    'Item {no} names only the collective “{reporter}”; its targets are reported by that collective for now. Choose a specific unit.',
  'notice.no-reporter': 'Item {no} has targets but no responsible unit. Choose the reporting unit.',
  'notice.low-confidence-target':
    'The number in “{text}” has no target wording (new, strive for, reach…); kept as a low-confidence candidate ({id}). Please check.',
  'notice.tracked-list':
    '“{text}” counts the entries of a list written out before it, not necessarily a target for the year; kept as a low-confidence candidate ({id}). Please check.',
  'notice.block-target': 'Target {id} belongs to “{block}”, which no item owns. Choose its reporting unit.',
  'notice.numbering-restart':
    'Item numbers restart in each part; the items were numbered 1 to {count} in order, and the numbers as written are kept as labels.',
  'notice.numbering-irregular':
    'Item number “{label}” breaks the sequence or repeats; the items were numbered in order. Check for a missing item.',
  'notice.numbering-gap':
    'Item numbers jump from {from} to {to}: number {missing} is missing. Check whether an item was lost or misnumbered.',
  'notice.numbering-gap.start':
    'Item numbers start at {to}: number {missing} is missing. Check whether an item was lost or misnumbered.',
  'notice.unattached-text':
    'This text belongs to no item and was not read into the schema: “{text}”. If it is part of an item, check that item’s number.',
  'notice.deadline-unread':
    'The deadline “{text}” is not a date that could be read; it was not recorded. Please check.',
  'notice.table-columns':
    'The tasks from line {line} were read as a table with the columns: {columns}. Check the roles of the unit columns.',
  'notice.table-columns.unread':
    'The tasks from line {line} were read as a table with the columns: {columns}. The cells of the columns “{unread}” are neither tasks nor units and were not read into the schema. Please check.',
  'notice.units-from-row-above':
    'The row of item {no} has no unit cell (merged with the row above in the table); the units of the row above, “{units}”, were used. Please check.',
  'notice.unnumbered-items':
    'The paragraphs from line {line} have no numbers; they were read as the items of “{group}” in order (numbered {group}1, {group}2…), each with the units it names or its heading names. Please check.',
  'notice.units-for-group':
    'The units at line {line} are written once after a group of {count} items, none of which names its own; they were read as the units of each. Please check.',
  'notice.ordinal-items':
    'The notice numbers no items; the {count} passages from line {line} that begin “{first}” and so on were read as items 1 to {count}. Please check.',
  'notice.ordinal-items.bullets':
    'The notice numbers no items; the {count} lines from line {line} that begin with the bullet “{first}” were read as items 1 to {count}. Please check.',
  'notice.ordinal-items.duties':
    'The notice numbers no items; the {count} paragraphs from line {line} that each open with units (such as “{first}” and its work) were read as items 1 to {count}. Please check.',
  'notice.ordinal-items.listed':
    'The notice does not number its items in the usual way (“1.”, “(1)”); the {count} passages listed from line {line} (a news copy’s list) were read as items 1 to {count}. Please check where each begins and ends.',
  'notice.closed-items':
    'The notice numbers no items; from line {line}, the {count} passages each closed by a line of units were read as items 1 to {count}. Please check where each begins and ends.',
  'notice.person-left-out':
    'In “{text}”, “{person}” was taken for a person’s name (such as the unit’s head) and not read as a unit; if it is a unit, add it.',
  'notice.group-cell':
    'Table line {line}: “{text}” is a cell merged over a group of rows that only names their category; it was not written into the items’ text. Please check.',
  'notice.row-continued':
    'Table line {line} has no number; it was read as part of item {no} above (whose project cell spans several rows). Please check.',
  'notice.number-lost':
    'The paragraph at line {line} has no number but names its own units where item “{label}” should stand; it was read as item “{label}” (the page may have lost its number). Please check.',
  'notice.traditional-script':
    'The notice is in traditional characters: it was read converted to simplified ones, and the names of items, units and targets are kept as the notice writes them. Please check.',
  'notice.covering-letter':
    'The text before “{annex}” (line {line}) is the covering letter: it names no units, so its numbered paragraphs are not items; the items were read from the annex. Please check.',
  'notice.units-from-heading':
    'The items under “{heading}” do not name their own units; “{units}” from that heading was taken as the responsible unit of each. Please check.',
  'notice.unnumbered-items.titled':
    '“{title}” (line {line}) only titles its paragraph; each sentence under it names its own units and was read as an item (numbered “{label}1”, “{label}2”…); the title itself is not an item. Please check.',
  'notice.internal-error': 'Unexpected error while reading the notice: {detail}',
};
