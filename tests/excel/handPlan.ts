/** Small hand-built plans in the workbook format, for the Excel writer's tests. */
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { type PlanValue, type TablePlan, type WorkbookPlan } from '../../src/workbook/plan';

/** A realistic entry row (~200 bytes as JSON), varied by index. */
export function entryRow(i: number): PlanValue[] {
  const units = ['省工业和信息化厅', '省发展改革委', '南昌市人民政府', '省财政厅'];
  return [
    ['2021年一季度', '2021年上半年', '2021年前三季度'][i % 3] ?? '',
    units[i % units.length] ?? '',
    (i % 34) + 1,
    i % 2 === 0 ? `T${(i % 14) + 1}` : null,
    i % 2 === 0 ? Math.round(i * 1.37) / 10 : null,
    i % 2 === 0 ? '户' : null,
    `第${i}条：已完成年度任务的进展情况说明，推进顺利。`,
    i % 5 === 0 ? '资金到位偏慢' : null,
    '张三',
    null,
  ];
}

function entriesTable(rows: PlanValue[][]): TablePlan {
  return {
    name: TABLES.entries,
    topLeft: 'A1',
    style: 'TableStyleMedium2',
    preserved: true,
    rows,
    columns: COLUMNS.entries.map((header) => {
      if (header === '报告期')
        return {
          header,
          width: 14,
          dataValidation: {
            type: 'list' as const,
            source: '=WP_List_Periods',
            strict: true,
            prompt: { title: '报告期', message: '请选择报告期' },
          },
        };
      if (header === '累计完成值')
        return {
          header,
          width: 12,
          numberFormat: '0.00',
          dataValidation: {
            type: 'decimal' as const,
            operator: 'greaterThanOrEqual' as const,
            min: 0,
            strict: true,
          },
        };
      if (header === '工作进展') return { header, width: 40, wrap: true, numberFormat: '@' };
      return { header, width: 12 };
    }),
  };
}

/** A plan with items (text from `itemText`), targets, periods, entries (`entryRows`) and a very hidden meta sheet. */
export function handPlan(entryRows: PlanValue[][], itemText = '推动中小企业高质量发展'): WorkbookPlan {
  const items: TablePlan = {
    name: TABLES.items,
    topLeft: 'A1',
    style: 'TableStyleMedium2',
    preserved: false,
    columns: COLUMNS.items.map((header) =>
      header === '指标数'
        ? { header, formula: `=COUNTIF(${TABLES.targets}[序号],${TABLES.items}[[#This Row],[序号]])` }
        : { header, width: header === '工作任务' ? 60 : 12, wrap: header === '工作任务' },
    ),
    rows: Array.from({ length: 34 }, (_, i) => [
      i + 1,
      `板块${(i % 6) + 1}`,
      i === 0 ? itemText : `${itemText}（${i + 1}）`,
      '省工业和信息化厅',
      '省财政厅',
      null,
      null,
    ]),
  };
  const targets: TablePlan = {
    name: TABLES.targets,
    topLeft: 'A1',
    style: 'TableStyleMedium2',
    preserved: false,
    columns: COLUMNS.targets.map((header) => ({ header })),
    rows: Array.from({ length: 14 }, (_, i) => [
      `T${i + 1}`,
      i + 1,
      `指标${i + 1}`,
      1000,
      '户',
      '≥',
      '新增',
      '省工业和信息化厅',
      `力争全年净增${i + 1}000户以上`,
    ]),
  };
  const periods: TablePlan = {
    name: TABLES.periods,
    topLeft: 'A1',
    style: 'TableStyleLight9',
    preserved: false,
    columns: COLUMNS.periods.map((header) =>
      header === '序时进度' ? { header, numberFormat: '0%' } : { header },
    ),
    rows: [
      ['2021年一季度', 0.25, '2021-04-10'],
      ['2021年上半年', 0.5, '2021-07-10'],
      ['2021年前三季度', 0.75, '2021-10-10'],
      ['2021年全年', 1, '2022-01-10'],
    ],
  };
  return {
    formatVersion: 1,
    sheets: [
      {
        name: SHEETS.readme,
        visibility: 'visible',
        cells: [
          { address: 'A1', value: '工作要点台账', bold: true, fontSize: 16 },
          { address: 'A2', value: '2021' },
        ],
        tables: [],
        freezeRows: 0,
        conditionalFormats: [],
        columnWidths: { A: 80 },
      },
      {
        name: SHEETS.items,
        visibility: 'visible',
        cells: [],
        tables: [items],
        freezeRows: 1,
        conditionalFormats: [],
        tabColor: '#1F4E79',
      },
      {
        name: SHEETS.targets,
        visibility: 'visible',
        cells: [],
        tables: [targets],
        freezeRows: 1,
        conditionalFormats: [],
      },
      {
        name: SHEETS.periods,
        visibility: 'visible',
        cells: [],
        tables: [periods],
        freezeRows: 1,
        conditionalFormats: [],
      },
      {
        name: SHEETS.entries,
        visibility: 'visible',
        cells: [],
        tables: [entriesTable(entryRows)],
        freezeRows: 1,
        conditionalFormats: [
          {
            type: 'textEquals',
            table: TABLES.entries,
            column: '校验状态',
            text: '错误',
            fill: '#FFC7CE',
            fontColor: '#9C0006',
          },
          { type: 'dataBar', table: TABLES.entries, column: '累计完成值', color: '#5B9BD5' },
        ],
        print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '$1:$1' },
      },
      {
        name: SHEETS.meta,
        visibility: 'veryHidden',
        cells: [
          { address: 'A1', value: 'formatVersion' },
          { address: 'B1', value: 1 },
          { address: 'A2', value: 'schema' },
          { address: 'B2', value: '{"items":[{"no":1,"title":"=HYPERLINK(\\"http://x\\",\\"y\\")"}]}' },
        ],
        tables: [],
        freezeRows: 0,
        conditionalFormats: [],
      },
    ],
    names: [
      { name: 'WP_List_Periods', formula: `=${TABLES.periods}[报告期]` },
      { name: 'WP_List_Targets', formula: `=${TABLES.targets}[指标编号]` },
    ],
    changes: [],
    orphanedEntryRows: [],
  };
}

/** Entry rows 0..n-1. */
export function entryRows(n: number): PlanValue[][] {
  return Array.from({ length: n }, (_, i) => entryRow(i));
}
