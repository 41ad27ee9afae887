/**
 * Short titles of the validation rules and the names of the three groups, as people read them (the pane, the
 * CLI, the 规则名称 column of 校验结果). Rule ids stay for machines (`--json`, WP_Issues[规则]).
 */

/** Simplified Chinese. */
export const zh = {
  'rule.unknown-unit': '单位名称',
  'rule.alias-unit': '单位简称',
  'rule.unknown-period': '报告期',
  'rule.period-alias': '报告期写法',
  'rule.unknown-item': '任务序号',
  'rule.unknown-target': '指标编号',
  'rule.target-item-mismatch': '指标与任务不符',
  'rule.not-responsible': '非本单位任务',
  'rule.not-reporter': '非本单位填报',
  'rule.missing-value': '缺少数字',
  'rule.bad-number': '数字格式',
  'rule.normalized-number': '文字形式的数字',
  'rule.negative-value': '负数',
  'rule.measure-mismatch': '计量单位',
  'rule.implausible': '数字异常',
  'rule.duplicate': '重复填报',
  'rule.decreasing': '累计值减少',
  'rule.missing-report': '未报送',
  'rule.missing-progress-text': '缺少工作进展',
  'rule.overdue-item': '逾期未报进展',
  'group.error': '错误',
  'group.missing': '未报送',
  'group.warning': '警告',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'rule.unknown-unit': 'Unit name',
  'rule.alias-unit': 'Unit short name',
  'rule.unknown-period': 'Period',
  'rule.period-alias': 'Period spelling',
  'rule.unknown-item': 'Item number',
  'rule.unknown-target': 'Target id',
  'rule.target-item-mismatch': 'Target and item differ',
  'rule.not-responsible': 'Not the unit’s item',
  'rule.not-reporter': 'Reported by another unit',
  'rule.missing-value': 'Figure missing',
  'rule.bad-number': 'Number format',
  'rule.normalized-number': 'Number typed as text',
  'rule.negative-value': 'Negative figure',
  'rule.measure-mismatch': 'Measure',
  'rule.implausible': 'Implausible figure',
  'rule.duplicate': 'Duplicate',
  'rule.decreasing': 'Cumulative figure fell',
  'rule.missing-report': 'Not reported',
  'rule.missing-progress-text': 'Progress text missing',
  'rule.overdue-item': 'Past deadline, no progress',
  'group.error': 'Errors',
  'group.missing': 'Not reported',
  'group.warning': 'Warnings',
};
