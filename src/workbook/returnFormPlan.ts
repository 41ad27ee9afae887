/**
 * The plan of one unit's return form: a small workbook the unit fills in and sends back, readable in Excel,
 * WPS and LibreOffice without the add-in. Pure data; src/xlsx/writeReturnForm.ts writes it.
 *
 * Sheets: 填报说明 (what, who, by when, how), 本单位填报 (WP_Return and, when the unit cooperates on
 * something, WP_ReturnCooperation below it), and the very hidden `_wp_return` record. Every cell is locked but
 * the input columns; the sheets are protected without a password (guidance, not security). User text is
 * always literal; the only formulas are the 核对提示 cells beside WP_Return, over cells of their own row.
 */
import type { ReturnRow, UnitReturn } from '../domain/returns';
import type { Period, Schema } from '../domain/schema';
import type { UnitContact } from './officeCells';
import type { SheetPlan } from './plan';
import type { FormDressing } from './returnFormLayout';
import { returnRecord, returnRecordCells, type ReturnRecord } from './returnFormMeta';
import { RETURN_FORMAT_VERSION, RETURN_PROPERTIES, RETURN_SHEETS } from './returnFormFormat';
import { noticeSheet } from './returnFormNotice';
import { formSheet } from './returnFormSheet';

export type { FormDressing } from './returnFormLayout';

/** A sheet to protect (no password) and the A1 ranges on it left unlocked for input. */
export interface SheetProtectionPlan {
  sheet: string;
  unlocked: string[];
}

/** A custom document property (docProps/custom.xml), always text. */
export interface DocumentProperty {
  name: string;
  value: string;
}

/** One unit's return form. */
export interface ReturnFormPlan {
  unit: string;
  period: string;
  /** Title of the form, also the document title: `<单位><报告期>工作要点落实情况`. */
  title: string;
  sheets: SheetPlan[];
  protection: SheetProtectionPlan[];
  /** Row heights, borders and header shading per sheet (for print, and for readers without table styles). */
  dressing: FormDressing[];
  properties: DocumentProperty[];
  /** What `_wp_return` records. */
  record: ReturnRecord;
}

/** What every form of a period shares. */
export interface ReturnFormContext {
  schema: Pick<Schema, 'title' | 'issuer'>;
  /** Fingerprint of the ledger's schema (`_wp_meta`). */
  fingerprint: string;
  period: Period;
  previousPeriod: Period | null;
  /** 报送截止 as shown (`2021-07-10`, or the office's text); null when unknown. */
  due: string | null;
  /** The office's contact for questions, e.g. `王芳 0791-8888xxxx`; null when not given. */
  contact: string | null;
  generatedAt: Date;
}

/** The form's title: `<单位><报告期>工作要点落实情况`. */
export function returnFormTitle(unit: string, period: string): string {
  return `${unit}${period}工作要点落实情况`;
}

function recordSheet(record: ReturnRecord): SheetPlan {
  return {
    name: RETURN_SHEETS.meta,
    visibility: 'veryHidden',
    cells: returnRecordCells(record),
    tables: [],
    freezeRows: 0,
    columnWidths: { A: 18, B: 80 },
    conditionalFormats: [],
  };
}

/** The record row of a WP_Return row: its 序号 and 指标编号. */
function recordRow(row: ReturnRow): ReturnRecord['rows'][number] {
  return { item: row.item, target: row.target?.id ?? null };
}

/** The plan of one unit's form for the period of `context`; `contact` is the unit's own, as the office keeps it. */
export function planReturnForm(
  unit: UnitReturn,
  context: ReturnFormContext,
  contact?: UnitContact,
): ReturnFormPlan {
  const period = context.period.label;
  const title = returnFormTitle(unit.unit, period);
  const record = returnRecord({
    fingerprint: context.fingerprint,
    unit: unit.unit,
    period,
    generatedAt: context.generatedAt.toISOString(),
    rows: unit.rows.map(recordRow),
    cooperation: unit.cooperation.map((c) => c.item),
  });
  const notice = noticeSheet(unit, title, context, contact);
  const form = formSheet(unit, title, context);
  return {
    unit: unit.unit,
    period,
    title,
    sheets: [notice.sheet, form.sheet, recordSheet(record)],
    protection: [
      { sheet: RETURN_SHEETS.notice, unlocked: [] },
      { sheet: RETURN_SHEETS.form, unlocked: form.unlocked },
    ],
    dressing: [notice.dressing, form.dressing],
    properties: [
      { name: RETURN_PROPERTIES.format, value: String(RETURN_FORMAT_VERSION) },
      { name: RETURN_PROPERTIES.fingerprint, value: context.fingerprint },
      { name: RETURN_PROPERTIES.unit, value: unit.unit },
      { name: RETURN_PROPERTIES.period, value: period },
    ],
    record,
  };
}
