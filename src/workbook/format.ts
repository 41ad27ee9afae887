/**
 * The workbook format contract: sheet names, table names and column headers, in order.
 * Later versions may add columns at the end of a table, never rename or reorder (docs/workbook-format.md).
 */
import { ENTRY_COLUMNS } from '../domain/entryCells';

/**
 * Version of the workbook format stored in `_wp_meta`. 2: `WP_Units` gained 联系人 · 联系电话 · 电子邮箱 and
 * `WP_Periods` gained 报送截止 (filled by the office; older ledgers are migrated on load, src/workbook/migrate.ts).
 * 3: collecting returned forms — `WP_Entries` gains 来源 (ENTRY_SOURCE_COLUMN), the sheets 回收记录 (`WP_Imports`),
 * 修订记录 (`WP_Revisions`) and 回收情况 (`WP_Collection`), and `_wp_meta` keeps the earlier fingerprints; and
 * `WP_Items` ends with 完成时限 (ITEM_DEADLINE_COLUMN), each item's deadline as an Excel date.
 */
export const WORKBOOK_FORMAT_VERSION = 3;

/** Sheet names (Chinese, shown to users). */
export const SHEETS = {
  readme: '说明',
  items: '工作任务',
  duties: '责任分工',
  targets: '目标指标',
  units: '单位',
  periods: '报告期',
  entries: '进度填报',
  issues: '校验结果',
  summary: '汇总',
  imports: '回收记录',
  revisions: '修订记录',
  collection: '回收情况',
  meta: '_wp_meta',
} as const;

/** Excel table names (ASCII). */
export const TABLES = {
  items: 'WP_Items',
  duties: 'WP_Duties',
  targets: 'WP_Targets',
  units: 'WP_Units',
  periods: 'WP_Periods',
  entries: 'WP_Entries',
  issues: 'WP_Issues',
  summary: 'WP_Summary',
  unitSummary: 'WP_UnitSummary',
  sectionSummary: 'WP_SectionSummary',
  issueUnits: 'WP_IssueUnits',
  imports: 'WP_Imports',
  revisions: 'WP_Revisions',
  collection: 'WP_Collection',
} as const;

/** Column headers of each table, in contract order. */
export const COLUMNS = {
  items: ['序号', '板块', '工作任务', '牵头单位', '配合单位', '责任单位', '指标数', '完成时限'],
  duties: ['序号', '单位', '分工'],
  targets: ['指标编号', '序号', '指标名称', '目标值', '计量单位', '比较', '口径', '填报单位', '原文'],
  units: ['单位', '别名', '类型', '联系人', '联系电话', '电子邮箱'],
  periods: ['报告期', '序时进度', '截止日期', '报送截止'],
  entries: ENTRY_COLUMNS,
  issues: ['填报单位', '行号', '列', '级别', '规则', '问题', '建议'],
  summary: [
    '指标编号',
    '序号',
    '指标名称',
    '填报单位',
    '目标值',
    '计量单位',
    '累计完成值',
    '完成率',
    '序时进度',
    '差距',
    '状态',
  ],
  unitSummary: ['单位', '负责任务数', '已报送任务数', '报送率', '负责指标数', '滞后指标数'],
  sectionSummary: ['板块', '任务数', '指标数', '已完成', '滞后', '平均完成率'],
  issueUnits: ['单位', '错误', '警告', '应报任务', '已报任务', '应报指标', '已报指标'],
  imports: ['文件名', 'SHA-256', '单位', '报告期', '保存时间', '导入时间', '结果', '新增', '修改', '未变'],
  revisions: ['报告期', '填报单位', '序号', '指标编号', '列', '原值', '新值', '来源文件', '导入时间'],
  collection: ['单位', '应报', '已收', '最后收到', '状态'],
} as const;

/**
 * The add-in's own column of `WP_Entries` (format 3): which collected file a row came from, `<文件名> · <SHA-256
 * 前 8 位>`, pointing at its `WP_Imports` row. The last contract column of a new ledger; a ledger written before
 * format 3 gets it at the end of the table (after any columns a user added) the first time forms are collected.
 */
export const ENTRY_SOURCE_COLUMN = '来源';

/** Values of `WP_Imports[结果]`: a file whose rows were taken in, or one whose rows were all there already. */
export const IMPORT_RESULT_LABELS = { accepted: '已采用', unchanged: '未变' } as const;

/** Values of `WP_Collection[状态]`. */
export const COLLECTION_STATUS_LABELS = {
  received: '已回收',
  missing: '未回收',
  errors: '有错误',
} as const;

/** The last column of `WP_Items` (format 3): the item's 完成时限, a date (blank when the notice gives none). */
export const ITEM_DEADLINE_COLUMN = '完成时限';

/**
 * Columns of the schema tables that the office fills in, not the schema: kept across a schema reload, keyed by
 * the row's first column (unit name, period label). Always the last columns of their table, in this order.
 */
export const OFFICE_COLUMNS = {
  units: ['联系人', '联系电话', '电子邮箱'],
  periods: ['报送截止'],
} as const;

/** Role words written in `WP_Duties[分工]`. */
export const ROLE_LABELS = { lead: '牵头', cooperate: '配合', responsible: '负责' } as const;

/** Comparator symbols written in `WP_Targets[比较]`. */
export const COMPARATOR_LABELS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;

/** Target kinds written in `WP_Targets[口径]`. */
export const KIND_LABELS = { increment: '新增', total: '总量', rate: '比率', cap: '上限' } as const;

/** Unit kinds written in `WP_Units[类型]`. */
export const UNIT_KIND_LABELS = {
  department: '部门',
  city: '设区市',
  collective: '集合',
  other: '其他',
} as const;

/** Values of `WP_Entries[校验状态]`. */
export const STATUS_LABELS = { ok: '通过', warning: '警告', error: '错误' } as const;
