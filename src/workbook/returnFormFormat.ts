/**
 * The return form contract (docs/workbook-format.md, "Return forms"): sheet, table and column names, the
 * columns a unit fills in, the hidden `_wp_return` record and the custom document properties. The collect step
 * reads returned forms back by these names; like the ledger's, they are never renamed or reordered.
 */

/** Version of the return form format, recorded in `_wp_return` and in the document properties. */
export const RETURN_FORMAT_VERSION = 1;

/** Sheet names of a return form. */
export const RETURN_SHEETS = {
  notice: '填报说明',
  form: '本单位填报',
  meta: '_wp_return',
} as const;

/** Table names of a return form. */
export const RETURN_TABLES = {
  rows: 'WP_Return',
  cooperation: 'WP_ReturnCooperation',
} as const;

/** Column headers, in contract order. */
export const RETURN_COLUMNS = {
  rows: [
    '报告期',
    '填报单位',
    '序号',
    '工作任务',
    '指标编号',
    '指标名称',
    '目标值',
    '计量单位',
    '上期累计值',
    '累计完成值',
    '工作进展',
    '存在问题',
    '填报人',
    '联系电话',
  ],
  cooperation: ['序号', '工作任务', '牵头单位', '配合情况'],
} as const;

/** The columns of WP_Return a unit fills in (unlocked); every other cell of the form is locked. */
export const RETURN_INPUT_COLUMNS = ['累计完成值', '工作进展', '存在问题', '填报人', '联系电话'] as const;

/** The column of WP_ReturnCooperation a unit fills in. */
export const COOPERATION_INPUT_COLUMN = '配合情况';

/** Marker key in `_wp_return!A1`, and the `format` field of its JSON. */
export const RETURN_MARKER = 'workpoints-return';

/** Keys in column A of `_wp_return`. */
export const RETURN_META_KEYS = {
  marker: RETURN_MARKER,
  parts: 'jsonParts',
  json: 'json',
} as const;

/** Names of the custom document properties (docProps/custom.xml) of a form. */
export const RETURN_PROPERTIES = {
  format: 'WP_ReturnFormat',
  fingerprint: 'WP_Fingerprint',
  unit: 'WP_Unit',
  period: 'WP_Period',
} as const;
