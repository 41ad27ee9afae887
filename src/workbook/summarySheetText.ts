/** The 汇总 sheet's title and headline lines: the text the domain states, and the formulas that rebuild it live. */
import type { Schema } from '../domain/schema';
import { TABLES } from './format';
import { PERIOD_NAME } from './summarySheetLayout';
import { quote } from './summarySheetFormulas';

/** Used when a schema carries no title. */
const FALLBACK_TITLE = '工作要点';

/** The title line for a period: `《notice》完成情况汇总（period）` without the brackets. */
export function summaryTitle(schema: Pick<Schema, 'title'>, period: string): string {
  return `${schema.title.trim() || FALLBACK_TITLE}完成情况汇总（${period}）`;
}

/** The title formula, following the period cell. */
export function summaryTitleFormula(schema: Pick<Schema, 'title'>): string {
  return `=${quote(`${schema.title.trim() || FALLBACK_TITLE}完成情况汇总（`)}&${PERIOD_NAME}&"）"`;
}

/**
 * The headline formula: the same sentence as the domain's `headlineSentence`, counted over WP_Summary[状态]
 * (checked against the domain by the LibreOffice test).
 */
export function headlineFormula(): string {
  const S = TABLES.summary;
  const count = (status: string): string => `COUNTIFS(${S}[状态],${quote(status)})`;
  const total = `COUNTA(${S}[指标编号])`;
  const share = `TEXT(IF(${total}=0,0,${count('已完成')}/${total}),"0.0%")`;
  const lagging = `(${count('滞后')}+${count('严重滞后')})`;
  const ceilings = `IF(COUNTIFS(${S}[考核方式],"上限")>0,"；控制类指标达标"&${count('达标')}&"项、未达标"&${count('未达标')}&"项","")`;
  return `="共"&${total}&"项指标：已完成"&${count('已完成')}&"项（占"&${share}&"），正常"&${count('正常')}&"项，滞后"&${lagging}&"项（其中严重滞后"&${count('严重滞后')}&"项），未报送"&${count('未报送')}&"项"&${ceilings}`;
}
