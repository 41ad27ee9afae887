/**
 * Calculated-column formulas of the 汇总 tables. Each mirrors one rule of src/domain/summary (named in its
 * comment), so the sheet and `summarize()` give the same numbers; change both together.
 * Only functions that Excel 2010+ and LibreOffice both evaluate, table-qualified references only.
 */
import { SEVERE_GAP } from '../domain/summary/judge';
import { RATE_DIGITS } from '../domain/summary/rounding';
import { escapedWildcards, exactCriterion } from './criteria';
import { COMPARATOR_LABELS, KIND_LABELS, STATUS_LABELS, TABLES } from './format';
import {
  DUTIES_TABLE,
  DUTY_COLUMNS,
  FRACTION_NAME,
  PERIOD_NAME,
  type SummaryColumn,
} from './summarySheetLayout';

const E = TABLES.entries;
const S = TABLES.summary;
const T = TABLES.targets;
const U = TABLES.unitSummary;
const X = TABLES.sectionSummary;
const D = DUTIES_TABLE;

/** `Table[[#This Row],[Column]]`: the form LibreOffice reads in .xlsx files (never `[@Column]`). */
export function thisRow(table: string, column: string): string {
  return `${table}[[#This Row],[${column}]]`;
}

/** A text literal inside a formula (quotes doubled). */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const s = (column: SummaryColumn): string => thisRow(S, column);
const notError = `${E}[校验状态],${quote(`<>${STATUS_LABELS.error}`)}`;
/** The period cell as an exact criterion (period labels are the notice's words: see criteria.ts). */
const periodCriterion = exactCriterion(PERIOD_NAME);
/**
 * Criteria shared by every count of a target's figures: target id, its reporter, the period, not 错误. The
 * target id is ours (`T1.2`, never a wildcard or an operator); the unit and the period are escaped.
 */
const figureCriteria = `${E}[指标编号],${s('指标编号')},${E}[填报单位],${exactCriterion(s('填报单位'))},${E}[报告期],${periodCriterion},${notError}`;
const lookup = (column: string): string => `INDEX(${T}[${column}],${s('目标行')})`;

const MODE = { ceiling: '上限', level: '比率', progress: '进度' } as const;

/** Formulas of WP_Summary, contract columns and hidden helpers (指标编号 and 板块 are keys written as values). */
export const SUMMARY_FORMULAS: Partial<Record<SummaryColumn, string>> = {
  目标行: `=MATCH(${s('指标编号')},${T}[指标编号],0)`,
  // A blank 序号 (a 工作目标 block's target) must stay blank, not turn into 0.
  序号: `=IF(${lookup('序号')}="","",${lookup('序号')})`,
  指标名称: `=${lookup('指标名称')}&""`,
  填报单位: `=${lookup('填报单位')}&""`,
  目标值: `=${lookup('目标值')}`,
  计量单位: `=${lookup('计量单位')}&""`,
  比较: `=${lookup('比较')}&""`,
  口径: `=${lookup('口径')}&""`,
  // judgeMode: ceilings (上限 or ≤/<), levels (比率), progress (新增/总量).
  考核方式: `=IF(OR(${s('口径')}=${quote(KIND_LABELS.cap)},${s('比较')}=${quote(COMPARATOR_LABELS['<='])},${s('比较')}=${quote(COMPARATOR_LABELS['<'])}),${quote(MODE.ceiling)},IF(${s('口径')}=${quote(KIND_LABELS.rate)},${quote(MODE.level)},${quote(MODE.progress)}))`,
  // indexCountedRows: rows holding a real number (">=0" and "<0" together match every number, never text).
  计入条数: `=COUNTIFS(${figureCriteria},${E}[累计完成值],">=0")+COUNTIFS(${figureCriteria},${E}[累计完成值],"<0")`,
  // Duplicates add up, as in the domain.
  累计完成值: `=IF(${s('计入条数')}=0,"",SUMIFS(${E}[累计完成值],${figureCriteria}))`,
  // completionRate
  完成率: `=IF(OR(${s('累计完成值')}="",${s('目标值')}=0),"",ROUND(${s('累计完成值')}/${s('目标值')},${RATE_DIGITS}))`,
  // scheduleFor
  序时进度: `=IF(${s('考核方式')}=${quote(MODE.ceiling)},"",IF(${s('考核方式')}=${quote(MODE.level)},1,${FRACTION_NAME}))`,
  // scheduleGap
  差距: `=IF(OR(${s('完成率')}="",${s('序时进度')}=""),"",ROUND(${s('完成率')}-${s('序时进度')},${RATE_DIGITS}))`,
  // meetsTarget: `=` is reached at the value.
  达成计数: `=IF(${s('累计完成值')}="",0,IF(OR(AND(OR(${s('比较')}=${quote(COMPARATOR_LABELS['>='])},${s('比较')}=${quote(COMPARATOR_LABELS['='])}),${s('累计完成值')}>=${s('目标值')}),AND(${s('比较')}=${quote(COMPARATOR_LABELS['>'])},${s('累计完成值')}>${s('目标值')}),AND(${s('比较')}=${quote(COMPARATOR_LABELS['<='])},${s('累计完成值')}<=${s('目标值')}),AND(${s('比较')}=${quote(COMPARATOR_LABELS['<'])},${s('累计完成值')}<${s('目标值')})),1,0))`,
  // targetStatus (差距 is tested for "" first: text compares greater than any number).
  状态: `=IF(${s('累计完成值')}="","未报送",IF(${s('考核方式')}=${quote(MODE.ceiling)},IF(${s('达成计数')}=1,"达标","未达标"),IF(${s('达成计数')}=1,"已完成",IF(${s('差距')}="","滞后",IF(${s('差距')}>=0,"正常",IF(${s('差距')}<-${SEVERE_GAP},"严重滞后","滞后"))))))`,
  // isLagging
  滞后计数: `=IF(OR(${s('状态')}="滞后",${s('状态')}="严重滞后",${s('状态')}="未达标"),1,0)`,
};

const unitCriterion = exactCriterion(thisRow(U, '单位'));

/** Formulas of WP_UnitSummary (单位 is the key, an exact criterion). */
export const UNIT_FORMULAS: Record<string, string> = {
  负责任务数: `=COUNTIFS(${D}[单位],${unitCriterion})`,
  已报送任务数: `=SUMIFS(${D}[已报送],${D}[单位],${unitCriterion})`,
  报送率: `=IF(${thisRow(U, '负责任务数')}=0,"",${thisRow(U, '已报送任务数')}/${thisRow(U, '负责任务数')})`,
  负责指标数: `=COUNTIFS(${S}[填报单位],${unitCriterion})`,
  滞后指标数: `=SUMIFS(${S}[滞后计数],${S}[填报单位],${unitCriterion})`,
};

const sectionCriterion = exactCriterion(thisRow(X, '板块'));

/** Formulas of WP_SectionSummary (板块 is the key, as WP_Items[板块] holds it, an exact criterion). */
export const SECTION_FORMULAS: Record<string, string> = {
  任务数: `=COUNTIFS(${TABLES.items}[板块],${sectionCriterion})`,
  指标数: `=COUNTIFS(${S}[板块],${sectionCriterion})`,
  已完成: `=SUMIFS(${S}[达成计数],${S}[板块],${sectionCriterion})`,
  滞后: `=SUMIFS(${S}[滞后计数],${S}[板块],${sectionCriterion})`,
  平均完成率: `=IFERROR(AVERAGEIFS(${S}[完成率],${S}[板块],${sectionCriterion},${S}[考核方式],${quote(`<>${MODE.ceiling}`)}),"")`,
};

/** Formula of the duties helper's 已报送: 1 when the unit has any row for the item in the period, not 错误. */
export const DUTY_REPORTED_FORMULA = `=IF(COUNTIFS(${E}[序号],${thisRow(D, DUTY_COLUMNS[0])},${E}[填报单位],${exactCriterion(thisRow(D, DUTY_COLUMNS[1]))},${E}[报告期],${periodCriterion},${notError})>0,1,0)`;

/** 序时进度 of the chosen period, blank when the period cell holds no known period (MATCH reads wildcards too). */
export const FRACTION_FORMULA = `=IFERROR(INDEX(${TABLES.periods}[序时进度],MATCH(${escapedWildcards(PERIOD_NAME)},${TABLES.periods}[报告期],0)),"")`;
