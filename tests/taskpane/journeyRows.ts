/** Entries three units would type, for the built-in schema: one clean, one with mistakes, one reporting for others. */
import type { CellValue, EntryColumn } from '../../src/domain/entryCells';

type Row = Partial<Record<EntryColumn, CellValue>>;

/** 省工业和信息化厅: correct figures for its targets of items 18 and 19. */
export const CLEAN_ROWS: Row[] = [
  {
    报告期: '2021年上半年',
    填报单位: '省工业和信息化厅',
    序号: 18,
    指标编号: 'T18.1',
    累计完成值: 600,
    计量单位: '户',
    工作进展: '新增入规企业600户',
  },
  {
    报告期: '2021年上半年',
    填报单位: '省工业和信息化厅',
    序号: 19,
    指标编号: 'T19.1',
    累计完成值: 180,
    计量单位: '户',
    工作进展: '认定专精特新企业180户',
  },
];

/** 省科技厅: a period alias, a figure typed with its measure, and an alias of its own name. */
export const MISTAKE_ROWS: Row[] = [
  {
    报告期: '2021Q2',
    填报单位: '省科技厅',
    序号: 20,
    指标编号: 'T20.1',
    累计完成值: 60,
    计量单位: '家',
    工作进展: '新增瞪羚企业',
  },
  {
    报告期: '2021年上半年',
    填报单位: '省科技厅',
    序号: 20,
    指标编号: 'T20.2',
    累计完成值: '900家',
    计量单位: '家',
    工作进展: '高新技术企业',
  },
];

/** 省统计局: a figure for a target another unit reports, and a row for an item it has no duty in. */
export const OTHERS_ROWS: Row[] = [
  {
    报告期: '2021年上半年',
    填报单位: '省统计局',
    序号: 18,
    指标编号: 'T18.1',
    累计完成值: 650,
    计量单位: '户',
    工作进展: '统计口径',
  },
  { 报告期: '2021年上半年', 填报单位: '省统计局', 序号: 20, 工作进展: '配合开展科技企业统计' },
];

/** All rows in typing order. */
export const JOURNEY_ROWS: Row[] = [...CLEAN_ROWS, ...MISTAKE_ROWS, ...OTHERS_ROWS];
