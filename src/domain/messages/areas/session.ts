/** Messages of the pane's use cases: previews, what must come first, and what a step needs. */

/** Simplified Chinese. */
export const zh = {
  'preview.noItems':
    '没有从文本中识别出工作事项：{detail}。请粘贴完整的工作要点正文（含“一、”“1.”等编号和责任单位），或改用内置工作要点。',
  'preview.badSchemaFile':
    '方案文件无法读取：{problems}（另有 {more} 处问题）。请选择由本加载项或 workpoints 命令保存的方案 .json 文件；如文件曾被手工修改，请改正上面指出的字段。',
  'session.noSchema':
    '工作簿中还没有工作要点方案。请先在“导入工作要点”中选择内置工作要点或粘贴通知，预览后写入工作簿。',
  'session.noValidation': '还没有校验结果。请先点击“校验”，再选择要修正的问题。',
  'session.openFailed': '“{file}”无法打开：{reason} 请选择用 Excel、WPS 或本加载项保存的 .xlsx 文件。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'preview.noItems':
    'No work items were found in the text: {detail}. Paste the whole notice (with its numbering such as “一、” and “1.” and the responsible units), or use the built-in notice.',
  'preview.badSchemaFile':
    'The schema file cannot be read: {problems} ({more} more problems). Choose a schema .json saved by this add-in or the workpoints command; if the file was edited by hand, correct the fields named above.',
  'session.noSchema':
    'The workbook holds no work-points schema yet. Choose the built-in notice or paste one under “Load schema”, preview it and write it first.',
  'session.noValidation':
    'There is no validation result yet. Press “Validate” first, then pick the issues to fix.',
  'session.openFailed':
    '“{file}” cannot be opened: {reason} Choose an .xlsx file saved by Excel, WPS or this add-in.',
};
