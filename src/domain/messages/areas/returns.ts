/** Messages of the return forms (one pre-filled form per member unit). */

/** Simplified Chinese. */
export const zh = {
  'returns.unknownUnit': '“{unit}”不是本台账“单位”表中的单位（可选：{choices}）。',
  'returns.cli.usage':
    '用法 / Usage:\n  workpoints returns LEDGER.xlsx --period 2021年上半年 --out DIR [--unit 省科技厅]… [--due 2021-07-10] [--contact "王芳 0791-8888xxxx"] [--json]\n    为每个有应报事项的成员单位生成一份预填的报送表（DIR/<报告期>-<单位>.xlsx，文件夹不存在时新建）；\n    --unit 只生成这些单位（可重复）；--due 覆盖台账中的报送截止；--contact 牵头处室的联系人和电话',
  'returns.cli.noPeriod': '请用 --period 给出报告期，例如 --period 2021年上半年。',
  'returns.cli.noOut': '请用 --out 给出存放报送表的文件夹。',
  'returns.cli.badDue': '--due 应写成 2021-07-10 这样的日期，却给了“{due}”。',
  'returns.cli.written': '已为 {count} 个单位生成{period}报送表，存放在“{folder}”：',
  'returns.cli.file': '  {unit}：{file}（{rows}）',
  'returns.cli.rows': '{items} 项任务、{targets} 个指标',
  'returns.cli.nothingDue': '以下单位本期没有应报事项，未生成报送表：{units}',
  'returns.cli.unlisted':
    '以下名称由集合单位展开而来，但不在“单位”表中，未生成报送表（如需要，请先在“单位”表中添加）：{units}',
  'returns.cli.none': '{period}没有任何单位有应报事项，未生成报送表。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'returns.unknownUnit': '“{unit}” is not a unit of this ledger’s “单位” sheet (choose one of: {choices}).',
  'returns.cli.usage':
    'Usage:\n  workpoints returns LEDGER.xlsx --period PERIOD --out DIR [--unit UNIT]… [--due 2021-07-10] [--contact "NAME PHONE"] [--json]\n    writes one pre-filled return form per member unit that owes something (DIR/<period>-<unit>.xlsx; DIR is created when missing);\n    --unit only these units (repeatable); --due overrides the ledger’s deadline; --contact the office’s own contact',
  'returns.cli.noPeriod': 'Give the period with --period, e.g. --period “2021年上半年”.',
  'returns.cli.noOut': 'Give the folder for the forms with --out.',
  'returns.cli.badDue': '--due must be a date like 2021-07-10, not “{due}”.',
  'returns.cli.written': 'Return forms for {period} written for {count} units, in “{folder}”:',
  'returns.cli.file': '  {unit}: {file} ({rows})',
  'returns.cli.rows': '{items} items, {targets} targets',
  'returns.cli.nothingDue': 'These units owe nothing this period and get no form: {units}',
  'returns.cli.unlisted':
    'These names come from a collective but are not on the “单位” sheet, so they get no form (add them there first if they should): {units}',
  'returns.cli.none': 'No unit owes anything for {period}; no form was written.',
};
