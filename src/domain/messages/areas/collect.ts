/** Messages of collecting returned forms (workpoints collect, the pane's 回收 step). */

/** Simplified Chinese. */
export const zh = {
  'collect.read.empty': '文件是空的（0 字节）。',
  'collect.read.password':
    '文件设置了打开密码，无法读取。请对方取消密码后重新发送（文件 › 信息 › 保护工作簿）。',
  'collect.read.damaged': '文件已损坏或不完整，无法读取。请对方重新保存后发送。',
  'collect.read.notSpreadsheet': '文件不是 Excel、WPS 或 LibreOffice 的表格文件。',
  'collect.form.none': '不是报送表：找不到“本单位填报”表格（WP_Return）的表头，也没有报送表的标记。',
  'collect.form.noTable':
    '带有报送表的标记，但找不到“本单位填报”表格（WP_Return）的表头行（报告期、填报单位、序号……），可能已被删除或改名。',
  'collect.form.missingColumns': '报送表缺少必需的列：{columns}。请对方恢复这些列后重新发送。',
  'collect.form.ledger': '这是一本台账，不是单位报回的报送表（可能误把台账当作报送表发回或选入了）。',
  'collect.unit.several': '一份报送表中出现了多个填报单位：{units}。',
  'collect.unit.none': '报送表没有写明填报单位。',
  'collect.unit.unknown': '“{unit}”不是本台账“单位”表中的单位。',
  'collect.unit.collective': '“{unit}”是集合单位，不能单独报送；请由其成员单位分别报送。',
  'collect.ledger.other':
    '这是另一本台账的报送表（方案指纹不同），且第 {rows} 行（共 {count} 行）的序号或指标编号与本台账不符。',
  'collect.ledger.noMatch':
    '报送表没有本台账的方案指纹，且第 {rows} 行（共 {count} 行）的序号或指标编号与本台账不符。',
  'collect.period.several': '一份报送表中出现了多个报告期：{periods}。',
  'collect.period.none': '报送表没有写明报告期。',
  'collect.period.unknown': '“{period}”不是本台账的报告期。',
  'collect.period.other': '这是{period}的报送表，本次回收的是{wanted}。',
  'collect.notice.unitAlias': '填报单位写作“{written}”，按“{unit}”导入。',
  'collect.notice.periodAlias': '报告期写作“{written}”，按“{period}”导入。',
  'collect.notice.earlierSchema':
    '报送表按本台账调整前的方案生成，仍按本台账导入；请留意已调整的任务和指标。',
  'collect.notice.otherFingerprint':
    '报送表的方案指纹与本台账不同，但全部序号和指标编号都与本台账一致，已导入。',
  'collect.notice.noFingerprint':
    '报送表没有方案指纹（可能由其他程序另存），按表格内容识别，全部序号和指标编号都与本台账一致。',
  'collect.notice.noRecord': '报送表的隐藏记录已丢失，按文档属性识别。',
  'collect.notice.foreignColumns': '以下列不是报送表的列，未导入：{columns}。',
  'collect.notice.missingColumns': '报送表缺少以下列，这些内容未导入：{columns}。',
  'collect.notice.formulas': '第 {rows} 行有公式，已按公式的计算结果导入（不保留公式）。',
  'collect.row.noKey': '没有序号和指标编号，无法对应到台账，未导入',
  'collect.row.duplicate': '与第 {row} 行是同一任务（指标），以后者为准',
  'collect.superseded': '同一单位同一报告期还有更新的文件“{file}”，以它为准。',
  'collect.alreadyCollected': '这个文件此前已经导入过（回收记录中有相同的 SHA-256），未重复导入。',
  'collect.sameContent': '内容与台账中已有的填报完全相同，没有需要修改的。',
  'collect.nothingFilled': '报送表中没有填写任何内容。',
  'collect.reminder.title': '关于报送{period}工作要点落实情况的提醒',
  'collect.reminder.to': '{units}：',
  'collect.reminder.body':
    '　　《{notice}》{period}落实情况报送表已发送贵单位，报送截止为{due}。截至{today}，尚未收到贵单位的报送表，请抓紧填报后报送。如已报送，请忽略本提醒。',
  'collect.reminder.dueUnknown': '通知规定的时间',
  'collect.reminder.list': '未报送单位及联系人：',
  'collect.reminder.unit': '{n}. {unit}',
  'collect.reminder.unitContact': '{n}. {unit}（{contact}）',
  'collect.reminder.none': '各单位均已报送，无需催报。',
  'collect.sheet.title': '{period}报送表回收情况',
  'collect.sheet.counts':
    '应报 {units} 个单位：已回收 {received} 个，有错误 {errors} 个，未回收 {missing} 个。',
  'collect.sheet.reminder': '催报通知（可直接复制发送）',
  'collect.status.accepted': '已采用',
  'collect.status.unchanged': '未变',
  'collect.status.superseded': '被替代',
  'collect.status.rejected': '未采用',
  'collect.cli.usage':
    '用法 / Usage:\n  workpoints collect LEDGER.xlsx FILE… [--period 2021年上半年] (--out NEW.xlsx | --into) [--json]\n    把各单位报回的报送表（.xlsx、.xlsm、.xls、.et）导入台账，逐个文件给出结论，随后校验并写入“回收情况”；\n    --period 只导入该报告期的报送表；--out 另存为新文件；--into 直接更新台账（先在旁边备份为 <名称>.bak-<时间>.xlsx）\n    退出码：0 全部文件已处理，1 有文件未采用，2 台账无法使用',
  'collect.cli.noFiles': '请在台账之后给出报回的报送表文件（可以有多个）。',
  'collect.cli.skippedRow': '第 {row} 行：{why}。',
  'collect.cli.counts':
    '共 {files} 个文件：已采用 {accepted} 个，未变 {unchanged} 个，被替代 {superseded} 个，未采用 {rejected} 个。',
  'collect.cli.collection': '{period}：应报 {units} 个单位，已收到 {received} 个，未收到 {missing} 个。',
  'collect.cli.backup': '已把原台账备份为 {file}。',
  'collect.cli.validated':
    '导入后校验：错误 {errors} 条，未报送 {missing} 项，警告 {warnings} 条（见“校验结果”工作表）。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'collect.read.empty': 'The file is empty (0 bytes).',
  'collect.read.password':
    'The file has an opening password and cannot be read. Ask the sender to remove it and send it again (File › Info › Protect Workbook).',
  'collect.read.damaged':
    'The file is damaged or incomplete and cannot be read. Ask the sender to save it again.',
  'collect.read.notSpreadsheet': 'The file is not a spreadsheet of Excel, WPS or LibreOffice Calc.',
  'collect.form.none':
    'Not a return form: no header of the “本单位填报” table (WP_Return) and no return-form record.',
  'collect.form.noTable':
    'It carries a return-form record, but the header row of the “本单位填报” table (WP_Return: “报告期”, “填报单位”, “序号” …) is gone or renamed.',
  'collect.form.missingColumns':
    'The form lacks required columns: {columns}. Ask the sender to restore them and send it again.',
  'collect.form.ledger':
    'This is a ledger, not a form a unit sent back (it may have been sent back or picked by mistake).',
  'collect.unit.several': 'One form names several units: {units}.',
  'collect.unit.none': 'The form does not name its unit.',
  'collect.unit.unknown': '“{unit}” is not a unit of this ledger’s “单位” sheet.',
  'collect.unit.collective':
    '“{unit}” is a collective and does not report itself; its members report one by one.',
  'collect.ledger.other':
    'This is a form of another ledger (a different schema fingerprint), and the “序号” or “指标编号” of row {rows} ({count} rows in all) do not match this ledger.',
  'collect.ledger.noMatch':
    'The form has no fingerprint of this ledger, and the “序号” or “指标编号” of row {rows} ({count} rows in all) do not match this ledger.',
  'collect.period.several': 'One form names several periods: {periods}.',
  'collect.period.none': 'The form does not name its period.',
  'collect.period.unknown': '“{period}” is not a period of this ledger.',
  'collect.period.other': 'This is the form for {period}; this collection is for {wanted}.',
  'collect.notice.unitAlias': 'The unit is written “{written}”; taken as “{unit}”.',
  'collect.notice.periodAlias': 'The period is written “{written}”; taken as “{period}”.',
  'collect.notice.earlierSchema':
    'The form was generated from this ledger’s schema before it changed; taken in all the same (mind the items and targets that changed).',
  'collect.notice.otherFingerprint':
    'The form’s schema fingerprint differs from this ledger’s, but every “序号” and “指标编号” matches this ledger: taken in.',
  'collect.notice.noFingerprint':
    'The form carries no schema fingerprint (saved again by another program); recognised by its table, every “序号” and “指标编号” matching this ledger.',
  'collect.notice.noRecord': 'The form’s hidden record was lost; recognised by its document properties.',
  'collect.notice.foreignColumns': 'These columns are not the form’s and were not taken in: {columns}.',
  'collect.notice.missingColumns': 'The form lacks these columns; nothing was taken from them: {columns}.',
  'collect.notice.formulas': 'Row {rows} held formulas; their results were taken in (never the formulas).',
  'collect.row.noKey': 'no “序号” and no “指标编号”, so it cannot be matched to the ledger; not taken in',
  'collect.row.duplicate': 'the same item (target) as row {row}, which is taken instead',
  'collect.superseded': 'The same unit sent a later file for this period, “{file}”, which is taken instead.',
  'collect.alreadyCollected':
    'This file was taken in before (its SHA-256 is in “回收记录”); it is not taken in again.',
  'collect.sameContent': 'Its content equals what the ledger already holds; nothing to change.',
  'collect.nothingFilled': 'Nothing was filled in on the form.',
  'collect.reminder.title': 'Reminder: the progress report for {period}',
  'collect.reminder.to': '{units}:',
  'collect.reminder.body':
    '    The return form on “{notice}” for {period} was sent to you, due {due}. As of {today} we have not received yours; please fill it in and send it soon. If you have sent it already, please ignore this reminder.',
  'collect.reminder.dueUnknown': 'the date set in the notice',
  'collect.reminder.list': 'Units not yet reported, and their contacts:',
  'collect.reminder.unit': '{n}. {unit}',
  'collect.reminder.unitContact': '{n}. {unit} ({contact})',
  'collect.reminder.none': 'Every unit has reported; no reminder needed.',
  'collect.sheet.title': 'Return forms collected for {period}',
  'collect.sheet.counts':
    '{units} units owe a form: {received} returned, {errors} with errors, {missing} missing.',
  'collect.sheet.reminder': 'Reminder (ready to send)',
  'collect.status.accepted': 'accepted',
  'collect.status.unchanged': 'unchanged',
  'collect.status.superseded': 'superseded',
  'collect.status.rejected': 'rejected',
  'collect.cli.usage':
    'Usage:\n  workpoints collect LEDGER.xlsx FILE… [--period PERIOD] (--out NEW.xlsx | --into) [--json]\n    takes the returned forms (.xlsx, .xlsm, .xls, .et) into the ledger with a verdict per file, then validates and writes the “回收情况” sheet;\n    --period only forms of that period; --out writes a new file; --into updates the ledger itself (backed up beside it as <name>.bak-<time>.xlsx first)\n    exit codes: 0 every file taken, 1 some file rejected, 2 the ledger cannot be used',
  'collect.cli.noFiles': 'Give the returned form files after the ledger (as many as you like).',
  'collect.cli.skippedRow': 'row {row}: {why}.',
  'collect.cli.counts':
    '{files} files: {accepted} accepted, {unchanged} unchanged, {superseded} superseded, {rejected} rejected.',
  'collect.cli.collection': '{period}: {units} units owe a form, {received} received, {missing} missing.',
  'collect.cli.backup': 'The ledger was backed up as {file}.',
  'collect.cli.validated':
    'Validated after collecting: {errors} errors, {missing} not reported, {warnings} warnings (see the “校验结果” sheet).',
};
