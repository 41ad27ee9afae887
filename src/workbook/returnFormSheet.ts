/**
 * 本单位填报: the sheet a unit fills in. WP_Return from A4 (title and a line of facts above it, the plain
 * 核对提示 warnings in the column to its right), and WP_ReturnCooperation two rows below it, starting under
 * 序号 so that 序号 and 工作任务 line up.
 */
import type { ReturnRow, UnitReturn } from '../domain/returns';
import { indexToLetters } from './address';
import { KIND_LABELS } from './format';
import type { CellPlan, ConditionalFormatPlan, PlanValue, SheetPlan, TablePlan } from './plan';
import { rowHeight, type FormDressing } from './returnFormLayout';
import {
  COOPERATION_INPUT_COLUMN,
  RETURN_COLUMNS,
  RETURN_INPUT_COLUMNS,
  RETURN_SHEETS,
  RETURN_TABLES,
} from './returnFormFormat';
import type { ReturnFormContext } from './returnFormPlan';
import { columnsFor } from './sheets/tableSheet';

type RowColumn = (typeof RETURN_COLUMNS.rows)[number];

/** Header row of WP_Return; data starts on the row below. */
export const RETURN_HEADER_ROW = 4;
/** Fill of the cells a unit types into. */
const INPUT_FILL = '#FFF2CC';
/** Column right of WP_Return holding the plain warnings (outside the table: its columns are the contract). */
const CHECK_COLUMN = indexToLetters(RETURN_COLUMNS.rows.length);
const CHECK_WIDTH = 14;
const CHECK_WARNING = '低于上期累计值，请核实';
/** Input prompts longer than this are cut (Excel refuses more than 255 characters). */
const PROMPT_CHARS = 250;

/** Widths sized for A4 landscape at a readable scale; long text wraps. */
const WIDTHS: Record<RowColumn, number> = {
  报告期: 12,
  填报单位: 12,
  序号: 5,
  工作任务: 36,
  指标编号: 10,
  指标名称: 18,
  目标值: 8,
  计量单位: 6,
  上期累计值: 9,
  累计完成值: 9,
  工作进展: 30,
  存在问题: 18,
  填报人: 8,
  联系电话: 12,
};

const ROW_COLUMNS = columnsFor(RETURN_COLUMNS.rows, {
  报告期: { width: WIDTHS.报告期, wrap: true, numberFormat: '@' },
  填报单位: { width: WIDTHS.填报单位, wrap: true, numberFormat: '@' },
  序号: { width: WIDTHS.序号, numberFormat: '0' },
  工作任务: { width: WIDTHS.工作任务, wrap: true, numberFormat: '@' },
  指标编号: { width: WIDTHS.指标编号, wrap: true, numberFormat: '@' },
  指标名称: { width: WIDTHS.指标名称, wrap: true, numberFormat: '@' },
  目标值: { width: WIDTHS.目标值, numberFormat: 'General' },
  计量单位: { width: WIDTHS.计量单位, wrap: true, numberFormat: '@' },
  上期累计值: { width: WIDTHS.上期累计值, numberFormat: 'General' },
  累计完成值: { width: WIDTHS.累计完成值, numberFormat: 'General' },
  工作进展: { width: WIDTHS.工作进展, wrap: true, numberFormat: '@' },
  存在问题: { width: WIDTHS.存在问题, wrap: true, numberFormat: '@' },
  填报人: { width: WIDTHS.填报人, wrap: true, numberFormat: '@' },
  联系电话: { width: WIDTHS.联系电话, wrap: true, numberFormat: '@' },
});

/** WP_ReturnCooperation's columns take WP_Return's widths (same sheet columns). */
const COOPERATION_COLUMNS = columnsFor(RETURN_COLUMNS.cooperation, {
  序号: { numberFormat: '0' },
  工作任务: { wrap: true, numberFormat: '@' },
  牵头单位: { wrap: true, numberFormat: '@' },
  配合情况: { wrap: true, numberFormat: '@' },
});
/** 0-based column of WP_ReturnCooperation's first column (under 序号 of WP_Return). */
const COOPERATION_LEFT = RETURN_COLUMNS.rows.indexOf('序号');

function letterOf(header: RowColumn): string {
  return indexToLetters(RETURN_COLUMNS.rows.indexOf(header));
}

/** Whether a figure below the previous one is suspicious: cumulative counts (新增) and levels (总量) do not fall. */
function cumulative(row: ReturnRow): boolean {
  return row.target !== null && (row.target.kind === 'increment' || row.target.kind === 'total');
}

function rowValues(unit: string, period: string, row: ReturnRow): PlanValue[] {
  const t = row.target;
  const values: Record<RowColumn, PlanValue> = {
    报告期: period,
    填报单位: unit,
    序号: row.item,
    工作任务: row.task,
    指标编号: t?.id ?? null,
    指标名称: t?.name ?? null,
    目标值: t?.value ?? null,
    计量单位: t?.measure ?? null,
    上期累计值: row.previous,
    累计完成值: null,
    工作进展: null,
    存在问题: null,
    填报人: null,
    联系电话: null,
  };
  return RETURN_COLUMNS.rows.map((c) => values[c]);
}

/** Per-cell guidance on the figures of 新增/总量 targets: a number ≥ 0, a prompt naming the measure, a warning. */
function figureCells(rows: readonly ReturnRow[], first: number): CellPlan[] {
  const figure = letterOf('累计完成值');
  const previous = letterOf('上期累计值');
  const cells: CellPlan[] = [];
  rows.forEach((row, i) => {
    const target = row.target;
    if (!target || !cumulative(row)) return;
    const r = first + i;
    const message = `填写${target.name}本年截至报告期末的累计数，单位：${target.measure}（${KIND_LABELS[target.kind]}）。只填数字，不带单位。`;
    cells.push({
      address: `${figure}${r}`,
      dataValidation: {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        min: 0,
        strict: true,
        prompt: {
          title: `累计完成值（${target.measure}）`.slice(0, 32),
          message: message.slice(0, PROMPT_CHARS),
        },
      },
    });
    if (row.previous !== null) {
      cells.push({
        address: `${CHECK_COLUMN}${r}`,
        formula: `=IF(AND(ISNUMBER(${figure}${r}),${figure}${r}<${previous}${r}),"${CHECK_WARNING}","")`,
      });
    }
  });
  return cells;
}

/** Height of a WP_Return row: its longest wrapped text, and two lines at least so there is room to type. */
function returnRowHeight(values: PlanValue[]): number {
  const cells = ROW_COLUMNS.flatMap((c, j) => {
    const v = values[j];
    return c.wrap && v !== null && v !== undefined ? [{ text: String(v), width: c.width ?? 10 }] : [];
  });
  return rowHeight(cells, 2);
}

/** Height of a WP_ReturnCooperation row, whose cells sit in WP_Return's columns from 序号 on. */
function cooperationHeight(values: PlanValue[]): number {
  const widths = RETURN_COLUMNS.cooperation.map(
    (_, j) => WIDTHS[RETURN_COLUMNS.rows[COOPERATION_LEFT + j] ?? '工作任务'],
  );
  const cells = values.flatMap((v, j) =>
    typeof v === 'string' ? [{ text: v, width: widths[j] ?? 10 }] : [],
  );
  return rowHeight(cells, 2);
}

/** The 本单位填报 sheet, its unlocked input ranges and its print dressing. */
export function formSheet(
  unit: UnitReturn,
  title: string,
  context: ReturnFormContext,
): { sheet: SheetPlan; unlocked: string[]; dressing: FormDressing } {
  const period = context.period.label;
  const first = RETURN_HEADER_ROW + 1;
  const last = RETURN_HEADER_ROW + unit.rows.length;
  const rows = unit.rows.map((row) => rowValues(unit.unit, period, row));
  const rowsTable: TablePlan = {
    name: RETURN_TABLES.rows,
    topLeft: `A${RETURN_HEADER_ROW}`,
    columns: ROW_COLUMNS,
    rows,
    style: 'TableStyleLight9',
    preserved: false,
  };
  const lastLetter = indexToLetters(RETURN_COLUMNS.rows.length - 1);
  const inputRange = `${letterOf(RETURN_INPUT_COLUMNS[0])}${first}:${lastLetter}${last}`;
  const unlocked = [inputRange];
  const rowHeights: Record<number, number> = { [RETURN_HEADER_ROW]: 34 };
  rows.forEach((values, i) => (rowHeights[first + i] = returnRowHeight(values)));
  const bordered = [`A${RETURN_HEADER_ROW}:${CHECK_COLUMN}${last}`];
  const headers = [`A${RETURN_HEADER_ROW}:${CHECK_COLUMN}${RETURN_HEADER_ROW}`];
  const facts = [
    `报送截止：${context.due ?? '见通知'}`,
    `联系人：${context.contact ?? '见通知'}`,
    '请只在浅黄色单元格中填写',
  ].join('　　');
  const cells: CellPlan[] = [
    { address: 'A1', value: title, bold: true, fontSize: 14 },
    { address: 'A2', value: facts },
    { address: `${CHECK_COLUMN}${RETURN_HEADER_ROW}`, value: '核对提示' },
    ...figureCells(unit.rows, first),
  ];
  const tables = [rowsTable];
  if (unit.cooperation.length > 0) {
    const titleRow = last + 2;
    const header = titleRow + 1;
    const left = indexToLetters(COOPERATION_LEFT);
    const coopRows = unit.cooperation.map((c) => [c.item, c.task, c.lead.join('、'), null]);
    tables.push({
      name: RETURN_TABLES.cooperation,
      topLeft: `${left}${header}`,
      columns: COOPERATION_COLUMNS,
      rows: coopRows,
      style: 'TableStyleLight9',
      preserved: false,
    });
    cells.push({ address: `A${titleRow}`, value: '配合事项（选填）', bold: true, fontSize: 12 });
    const right = indexToLetters(COOPERATION_LEFT + RETURN_COLUMNS.cooperation.length - 1);
    const input = indexToLetters(
      COOPERATION_LEFT + RETURN_COLUMNS.cooperation.indexOf(COOPERATION_INPUT_COLUMN),
    );
    const coopLast = header + unit.cooperation.length;
    unlocked.push(`${input}${header + 1}:${input}${coopLast}`);
    bordered.push(`${left}${header}:${right}${coopLast}`);
    headers.push(`${left}${header}:${right}${header}`);
    rowHeights[header] = 20;
    coopRows.forEach((values, i) => (rowHeights[header + 1 + i] = cooperationHeight(values)));
  }
  const conditionalFormats: ConditionalFormatPlan[] = [
    {
      type: 'expression',
      table: RETURN_TABLES.rows,
      column: '累计完成值',
      formula: `=LEN($${CHECK_COLUMN}${first})>0`,
      fill: '#FFEB9C',
      fontColor: '#9C5700',
    },
  ];
  return {
    sheet: {
      name: RETURN_SHEETS.form,
      visibility: 'visible',
      cells,
      tables,
      freezeRows: RETURN_HEADER_ROW,
      columnWidths: { [CHECK_COLUMN]: CHECK_WIDTH },
      conditionalFormats,
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        repeatRows: `$${RETURN_HEADER_ROW}:$${RETURN_HEADER_ROW}`,
      },
      tabColor: '#2E7D32',
      highlights: unlocked.map((range) => ({ range, fill: INPUT_FILL })),
    },
    unlocked,
    dressing: { sheet: RETURN_SHEETS.form, rowHeights, bordered, headers },
  };
}
