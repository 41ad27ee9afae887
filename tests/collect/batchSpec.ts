/**
 * The acceptance batch of the collect step, as data: the fixture ledger's entries and office cells, and each
 * returned file — which unit, which program saved it, what the unit typed where, and the verdict the issue asks
 * for. tests/collect/makeBatch.ts makes the files from it; tests/collect/acceptance.test.ts derives from it, on its
 * own, the rows the ledger must hold afterwards.
 */
import type { CellValue } from '../../src/domain/entryCells';

/** The period collected. */
export const PERIOD = '2021年上半年';
/** The period before it. */
export const Q1 = '2021年一季度';
/** When the forms were generated. */
export const GENERATED_AT = '2021-07-01T08:00:00.000Z';

/** Where the batch lives. */
export const BATCH_DIR = 'tests/fixtures/collect/batch';
/** The fixture ledger (before collecting). */
export const LEDGER_FILE = 'ledger.xlsx';

/** A WP_Entries row of the fixture ledger, in ENTRY_COLUMNS order (校验状态 blank). */
export const LEDGER_ENTRIES: CellValue[][] = [
  [Q1, '省工业和信息化厅', 18, 'T18.1', 120, '户', '一季度进展', null, '赵六', null],
  [Q1, '省科技厅', 20, 'T20.1', 30, '家', '一季度进展', null, '王五', null],
  [PERIOD, '省科技厅', 20, 'T20.1', 55, '家', '初报', null, '王五', null],
  [PERIOD, '省统计局', 18, null, null, null, '配合做好统计监测', null, '李四', null],
];

/** Contacts the office recorded in WP_Units (联系人, 联系电话, 电子邮箱). */
export const CONTACTS: Record<string, [string, string, string]> = {
  省金融监管局: ['刘洋', '0791-86250000', 'liuy@example.gov.cn'],
  省生态环境厅: ['陈静', '0791-86260000', ''],
};

/** 报送截止 of the period, as the office typed it. */
export const DUE = '2021-07-10';

/** A value the unit typed: text, a number, or a formula with the result its program cached. */
export type Typed = string | number | { formula: string; result: number };

/** What a unit typed on one row: by form column. */
export type RowFill = Partial<Record<'累计完成值' | '工作进展' | '存在问题' | '填报人' | '联系电话', Typed>>;

/** How a file was made. */
export type Maker =
  /** Filled with exceljs, then opened and saved again by LibreOffice headless as .xlsx. */
  | 'libreoffice-xlsx'
  /** The same, saved as .xls (BIFF8, as WPS and older Excel save). */
  | 'libreoffice-xls'
  /** The same, saved as .xls with an opening password. */
  | 'libreoffice-encrypted-xls'
  /** Filled and saved by exceljs. */
  | 'exceljs'
  /** Written by a generator (fflate by hand): absolute part names, a column inserted, columns reordered, the
   * table lower on the sheet, no hidden record (only the document properties), 上期累计值 removed. */
  | 'package'
  /** Written by SheetJS from the form's cells alone: no record, no properties, no table. */
  | 'sheetjs'
  /** A workbook that is no form at all. */
  | 'plain';

/** Which form the file starts from. */
export type Source = 'ledger' | 'other-ledger' | 'q1';

/** One returned file. */
export interface FileSpec {
  file: string;
  unit: string;
  maker: Maker;
  source: Source;
  /** dcterms:modified the file carries (exceljs and package makers). */
  modified?: string;
  /** What the unit typed, by row key (`T18.1` for a target row, the item number for a text row), in form order. */
  fills: [string, RowFill][];
  /** 配合情况 by cooperation item, in form order. */
  cooperation?: [number, string][];
  expect: { status: 'accepted' | 'unchanged' | 'superseded' | 'rejected'; reason?: string };
}

/** The batch, in command-line order. */
export const FILES: FileSpec[] = [
  {
    file: 'LibreOffice-省工业和信息化厅.xlsx',
    unit: '省工业和信息化厅',
    maker: 'libreoffice-xlsx',
    source: 'ledger',
    fills: [
      ['1', { 工作进展: '统筹推进各项工作', 填报人: '李明', 联系电话: '0791-86200001' }],
      ['4', { 工作进展: '开展条例宣贯活动12场' }],
      [
        'T18.1',
        { 累计完成值: '1,600', 工作进展: '新增规上工业企业', 填报人: '李明', 联系电话: '0791-86200001' },
      ],
      ['T19.1', { 累计完成值: { formula: '120+130', result: 250 }, 工作进展: '培育专精特新企业' }],
      ['T19.2', { 累计完成值: 20 }],
      ['T19.3', { 累计完成值: 4 }],
      ['T23.1', { 累计完成值: 5, 存在问题: '基地申报偏少' }],
      ['T27.1', { 累计完成值: 12 }],
      ['T27.2', { 累计完成值: 25 }],
      ['T27.3', { 累计完成值: 150 }],
      ['T27.4', { 累计完成值: 180 }],
      ['T28.1', { 累计完成值: 6 }],
      ['T31.1', { 累计完成值: 5200 }],
    ],
    expect: { status: 'accepted' },
  },
  {
    file: 'LibreOffice-省科技厅.xls',
    unit: '省科技厅',
    maker: 'libreoffice-xls',
    source: 'ledger',
    fills: [
      ['1', { 工作进展: '参加领导小组会议' }],
      ['T20.1', { 累计完成值: 80, 工作进展: '认定瞪羚（潜在）企业', 填报人: '王五' }],
      ['T20.2', { 累计完成值: 700, 工作进展: '高企申报进行中', 填报人: '王五' }],
      ['T20.3', { 累计完成值: 7600, 填报人: '王五' }],
    ],
    cooperation: [[4, '配合开展条例宣贯']],
    expect: { status: 'accepted' },
  },
  {
    file: 'exceljs-省发展改革委.xlsx',
    unit: '省发展改革委',
    maker: 'exceljs',
    source: 'ledger',
    modified: '2021-07-06T02:00:00.000Z',
    fills: [
      ['1', { 工作进展: '按分工推进' }],
      ['4', { 工作进展: '营商环境条例宣贯', 存在问题: '=SUM(1,2) 是文字，不是公式' }],
      ['6', { 工作进展: '推进重点项目' }],
    ],
    expect: { status: 'accepted' },
  },
  {
    file: '生成器-省财政厅.xlsx',
    unit: '省财政厅',
    maker: 'package',
    source: 'ledger',
    modified: '2021-07-07T03:00:00.000Z',
    fills: [
      ['1', { 工作进展: '落实财政支持政策', 填报人: '孙丽', 联系电话: '13800000001' }],
      ['5', { 工作进展: '减税降费政策落地' }],
      ['7', { 工作进展: '融资担保代偿补偿' }],
    ],
    expect: { status: 'accepted' },
  },
  {
    file: '省市场监管局-修改稿.xlsx',
    unit: '省市场监管局',
    maker: 'exceljs',
    source: 'ledger',
    modified: '2021-07-08T06:00:00.000Z',
    fills: [
      ['1', { 工作进展: '修改稿：全面推进' }],
      ['6', { 工作进展: '修改稿：商事制度改革' }],
    ],
    expect: { status: 'accepted' },
  },
  {
    file: '省市场监管局-初稿.xlsx',
    unit: '省市场监管局',
    maker: 'exceljs',
    source: 'ledger',
    modified: '2021-07-05T06:00:00.000Z',
    fills: [['1', { 工作进展: '初稿：推进中' }]],
    expect: { status: 'superseded' },
  },
  {
    file: '其他台账-省人力资源社会保障厅.xlsx',
    unit: '省人力资源社会保障厅',
    maker: 'exceljs',
    source: 'other-ledger',
    modified: '2021-07-06T02:00:00.000Z',
    fills: [
      ['1', { 工作进展: '另一本台账的进展' }],
      ['T5.9', { 累计完成值: 300 }],
    ],
    expect: { status: 'rejected', reason: 'other-ledger' },
  },
  {
    file: '一季度-省税务局.xlsx',
    unit: '省税务局',
    maker: 'exceljs',
    source: 'q1',
    modified: '2021-04-08T02:00:00.000Z',
    fills: [['1', { 工作进展: '一季度的进展' }]],
    expect: { status: 'rejected', reason: 'wrong-period' },
  },
  {
    file: '加密-省金融监管局.xls',
    unit: '省金融监管局',
    maker: 'libreoffice-encrypted-xls',
    source: 'ledger',
    fills: [['1', { 工作进展: '加了密码' }]],
    expect: { status: 'rejected', reason: 'password-protected' },
  },
  {
    file: '会议通知.xlsx',
    unit: '',
    maker: 'plain',
    source: 'ledger',
    fills: [],
    expect: { status: 'rejected', reason: 'not-a-return' },
  },
  {
    file: 'SheetJS-省商务厅.xlsx',
    unit: '省商务厅',
    maker: 'sheetjs',
    source: 'ledger',
    fills: [
      ['1', { 工作进展: '商务领域惠企政策', 填报人: '周涛' }],
      ['19', { 工作进展: '外贸企业纾困' }],
    ],
    expect: { status: 'accepted' },
  },
];

/** The value a typed cell holds once saved: a formula's cached result, anything else as typed. */
export function savedValue(typed: Typed | undefined): CellValue {
  if (typed === undefined) return null;
  return typeof typed === 'object' ? typed.result : typed;
}
