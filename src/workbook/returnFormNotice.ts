/** 填报说明: the first sheet of a return form — what is asked, of whom, by when, whom to ask, and how to fill in. */
import type { UnitReturn } from '../domain/returns';
import type { CellPlan, SheetPlan } from './plan';
import { rowHeight, type FormDressing } from './returnFormLayout';
import { RETURN_INPUT_COLUMNS, RETURN_SHEETS } from './returnFormFormat';
import type { ReturnFormContext } from './returnFormPlan';
import type { UnitContact } from './officeCells';

/** Width of the value column (B) of 填报说明. */
const TEXT_WIDTH = 96;

/** How to fill in the form, one line each; lines that do not apply to this unit are left out. */
export function returnInstructions(unit: UnitReturn, context: ReturnFormContext): string[] {
  const figures = unit.rows.some((r) => r.target !== null);
  const texts = unit.rows.some((r) => r.target === null);
  const lines = [
    `请在“${RETURN_SHEETS.form}”工作表的浅黄色单元格中填写：${RETURN_INPUT_COLUMNS.join('、')}。其他单元格已锁定，不需要修改。`,
  ];
  if (figures) {
    lines.push(
      `累计完成值填写本年截至报告期末（${context.period.end}）的累计数，只填数字，不带单位；计量单位见同一行。`,
    );
  }
  if (figures && context.previousPeriod) {
    lines.push(
      `上期累计值是本单位${context.previousPeriod.label}报送并计入汇总的数字，供核对；新增、总量类指标的累计数一般不低于上期，低于时右侧“核对提示”列会提示。`,
    );
  }
  if (texts) lines.push('指标编号为空的行是没有量化指标的工作任务，请在“工作进展”中用文字填写进展。');
  if (unit.cooperation.length > 0)
    lines.push('表格下方的“配合事项”为选填，请在“配合情况”中简要说明本单位的配合工作。');
  lines.push('请不要增删行、修改表头或重命名工作表，以便汇总时自动识别；填好后保存为 .xlsx 格式按时报送。');
  lines.push('工作表保护没有设置密码，仅用于防止误改；如确需调整，可在“审阅”选项卡中撤销工作表保护。');
  return lines;
}

/** The facts shown at the top of 填报说明, as label and text. */
function facts(unit: UnitReturn, context: ReturnFormContext, contact?: UnitContact): [string, string][] {
  const figures = unit.rows.filter((r) => r.target !== null).length;
  const own = contact ? [contact.person, contact.phone, contact.email].filter((s) => s !== '') : [];
  const cooperation = unit.cooperation.length > 0 ? `，配合事项 ${unit.cooperation.length} 项（选填）` : '';
  return [
    ['工作要点', context.schema.title],
    ['发文单位', context.schema.issuer],
    ['填报单位', unit.unit],
    ['报告期', `${context.period.label}（截至 ${context.period.end}）`],
    ['报送截止', context.due ?? '见通知'],
    ['联系人', context.contact ?? '见通知'],
    ...(own.length > 0 ? [['本单位联系人', own.join('　')] as [string, string]] : []),
    ['需填报', `量化指标 ${figures} 项，文字进展 ${unit.rows.length - figures} 项${cooperation}`],
  ];
}

/** The 填报说明 sheet and its row heights. */
export function noticeSheet(
  unit: UnitReturn,
  title: string,
  context: ReturnFormContext,
  contact?: UnitContact,
): { sheet: SheetPlan; dressing: FormDressing } {
  const rowHeights: Record<number, number> = {};
  const cells: CellPlan[] = [{ address: 'A1', value: title, bold: true, fontSize: 16 }];
  const pairs = facts(unit, context, contact);
  pairs.forEach(([key, value], i) => {
    cells.push({ address: `A${i + 3}`, value: key, bold: true, wrap: true });
    cells.push({ address: `B${i + 3}`, value, numberFormat: '@', wrap: true });
    rowHeights[i + 3] = rowHeight([{ text: value, width: TEXT_WIDTH }]);
  });
  const start = pairs.length + 4;
  cells.push({ address: `A${start}`, value: '填写说明', bold: true, fontSize: 12 });
  returnInstructions(unit, context).forEach((text, i) => {
    cells.push({ address: `A${start + 1 + i}`, value: i + 1, wrap: true });
    cells.push({ address: `B${start + 1 + i}`, value: text, wrap: true, numberFormat: '@' });
    rowHeights[start + 1 + i] = rowHeight([{ text, width: TEXT_WIDTH }]);
  });
  return {
    sheet: {
      name: RETURN_SHEETS.notice,
      visibility: 'visible',
      cells,
      tables: [],
      freezeRows: 0,
      columnWidths: { A: 14, B: TEXT_WIDTH },
      conditionalFormats: [],
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    },
    dressing: { sheet: RETURN_SHEETS.notice, rowHeights, bordered: [], headers: [] },
  };
}
