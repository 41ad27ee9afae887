/** Messages of the `workpoints` command line: its arguments and what it reports. */

/** Simplified Chinese. */
export const zh = {
  'cli.unknownOption': '未知参数“{option}”。',
  'cli.missingValue': '{option} 后面需要{what}。',
  'cli.repeatedOption': '{option} 只能给一次。',
  'cli.oneFileOnly': '只能给一个{what}（多给了“{extra}”）。',
  'cli.missingFile': '请给出{what}。',
  'cli.fixNeedsOut': '--fix 需要与 --out 一起使用：修正写入另存的新文件，原文件不改动。',
  'cli.notice': '注意：{text}',
  'cli.fixed':
    '已修正 {count} 个单元格（只应用确定无误的修正：单位简称、报告期写法、文字形式的数字、指标编号写法）。',
  'cli.fixSkipped': '{count} 处修正未应用：单元格在校验后已被改动。',
  'cli.noFixes': '没有可以自动修正的单元格。',
  'cli.written': '已写入 {file}。',
  'cli.outOrInto': '请给出 --out 或 --into 之一。',
  'cli.badSchemaFile': '“{file}”不是有效的工作要点结构文件：\n{problems}',
  'cli.noItems': '“{file}”中没有找到编号的工作要点。\n{details}',
  'cli.generatedDropped': '{sheets} 已移除，请重新运行校验或汇总生成。',
  'cli.writtenSummary': '已写入 {file}（含“汇总”工作表，报告期 {period}）。',
  'cli.missingPeriod': '请用 --period 给出报告期，例如 --period 2021年上半年。',
  'cli.periodSpelling': '报告期“{written}”按“{label}”汇总。',
  'cli.cannotRead': '{reason}',
  'cli.notWorkbook': '“{file}”不是可读取的 .xlsx 工作簿：{reason}',
  'value.fileName': '文件名',
  'value.period': '报告期',
  'value.workbook': '工作簿 BOOK.xlsx',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'cli.unknownOption': 'Unknown option “{option}”.',
  'cli.missingValue': '{option} needs {what}.',
  'cli.repeatedOption': '{option} may be given only once.',
  'cli.oneFileOnly': 'Only one {what} may be given (“{extra}” is one too many).',
  'cli.missingFile': 'Please give {what}.',
  'cli.fixNeedsOut': '--fix needs --out: fixes go into a new file and the original is left unchanged.',
  'cli.notice': 'Note: {text}',
  'cli.fixed':
    '{count} cells fixed (certain fixes only: unit aliases, period spellings, numbers typed as text, target id spellings).',
  'cli.fixSkipped': '{count} fixes were not applied: the cell changed after validation.',
  'cli.noFixes': 'No cell can be fixed automatically.',
  'cli.written': '{file} written.',
  'cli.outOrInto': 'Give either --out or --into.',
  'cli.badSchemaFile': '“{file}” is not a valid work-points schema file:\n{problems}',
  'cli.noItems': 'No numbered work items were found in “{file}”.\n{details}',
  'cli.generatedDropped': '{sheets} were removed; run validate or summarize again to regenerate them.',
  'cli.writtenSummary': '{file} written (with the “汇总” sheet for {period}).',
  'cli.missingPeriod': 'Give the period with --period, e.g. --period “2021年上半年”.',
  'cli.periodSpelling': 'Period “{written}” summarized as “{label}”.',
  'cli.cannotRead': '{reason}',
  'cli.notWorkbook': '“{file}” is not a readable .xlsx workbook: {reason}',
  'value.fileName': 'a file name',
  'value.period': 'a period',
  'value.workbook': 'a workbook BOOK.xlsx',
};
