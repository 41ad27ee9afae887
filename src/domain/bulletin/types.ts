/**
 * The 通报 (progress bulletin) as data: what the composition takes in, and the structured document it gives
 * out — title, addressee, headings, paragraphs, the signature and the 附件 table — for renderers (.docx, plain
 * text, the task pane) to lay out. Every string in the document is final text in one language.
 */
import type { Locale } from '../messages';
import type { Schema } from '../schema';
import type { Summary } from '../summary/types';

/** A unit's own 存在问题 text from one entry row of the period. */
export interface UnitProblem {
  /** 填报单位 as in the row. */
  unit: string;
  /** 序号 of the row, or null. */
  item: number | null;
  /** 指标编号 of the row, or null for a text-only row. */
  target: string | null;
  /** The text, trimmed, never empty. */
  text: string;
}

/** When one unit's return for the period was received (a collection record). */
export interface Receipt {
  unit: string;
  /** ISO date or date-time (`2021-07-08` or `2021-07-08T10:30`), the ledger's local time. */
  receivedAt: string;
}

/** Everything the bulletin is composed from. */
export interface BulletinInput {
  /** Notice title and issuer, item titles (the 附件's 工作任务) and the targets' comparators. */
  schema: Pick<Schema, 'title' | 'issuer' | 'items' | 'targets'>;
  /** The period's summary, exactly as `summarize()` gives it. */
  summary: Summary;
  /** The previous period's summary; its changes are stated only when it has a figure. */
  previous?: Summary | null;
  /** The period's 存在问题 texts (rows not marked 错误); the composition picks those of lagging targets. */
  problems?: readonly UnitProblem[];
  /** The period's 报送截止 (ISO date), when the ledger has one. */
  deadline?: string | null;
  /** Collection records of the period; with `deadline`, returns are called on time or late. */
  receipts?: readonly Receipt[] | null;
  /** The 下步工作 paragraphs as the office wrote them; the catalogue's default when absent or empty. */
  nextSteps?: readonly string[] | null;
  /** 成文日期, ISO date. */
  date: string;
}

/** A block of the body. */
export type BulletinBlock =
  /** Level 1 (一、… in 黑体) or level 2 (（一）… in 楷体). */
  { kind: 'heading'; level: 1 | 2; text: string } | { kind: 'paragraph'; text: string };

/** A table: header cells, then rows of the same length. */
export interface BulletinTable {
  /** Column headers; `numeric` columns hold figures (right-aligned by renderers that align). */
  columns: { header: string; numeric: boolean }[];
  rows: string[][];
}

/** The 附件 on its own page: label (附件), title and table. */
export interface BulletinAttachment {
  label: string;
  title: string;
  table: BulletinTable;
}

/** The whole bulletin, ready to lay out. */
export interface BulletinDocument {
  locale: Locale;
  /** The period the bulletin reports. */
  period: string;
  title: string;
  /** 主送机关 line, flush left (各成员单位：). */
  addressee: string;
  /** The body: the opening paragraph, then sections 一 to 五 with their headings. */
  body: BulletinBlock[];
  /** 附件说明 under the body (附件：滞后事项清单), null without an attachment. */
  attachmentNote: string | null;
  /** 发文机关署名 and 成文日期, right-aligned under the body. */
  signature: { issuer: string; date: string };
  /** 滞后事项清单, null when no target is lagging. */
  attachment: BulletinAttachment | null;
}
