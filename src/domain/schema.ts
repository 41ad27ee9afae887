/**
 * The work-point schema: what a 工作要点 notice says, as data.
 * Pure types shared by the parser, the workbook plan, validation and the summary.
 */
import type { Message } from './messages';

/** How a unit is bound to an item: 牵头 lead, 配合 cooperate, 负责 responsible (no roles named). */
export type Role = 'lead' | 'cooperate' | 'responsible';

/** What kind of body a unit is; collectives (全体成员单位, 各设区市人民政府) expand to members. */
export type UnitKind = 'department' | 'city' | 'collective' | 'other';

/** How an actual figure is compared with the target value. */
export type Comparator = '>=' | '>' | '<=' | '<' | '=';

/**
 * What a target counts: `increment` 新增/净增 over the year, `total` a level to reach,
 * `rate` a growth or share percentage, `cap` a ceiling or a reduction.
 */
export type TargetKind = 'increment' | 'total' | 'rate' | 'cap';

/** Severity of a parser diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

/** Reporting cadence: cumulative quarters (default) or cumulative months. */
export type Cadence = 'quarterly' | 'monthly';

/** A span of the notice text; line and column are 1-based, column counts UTF-16 code units. */
export interface SourceSpan {
  line: number;
  column: number;
  /** The exact text of the span as it appears in the notice. */
  text: string;
}

/** A top-level section (一、…). */
export interface Section {
  no: number;
  title: string;
}

/** A middle level (（一）…) between section and item, present only in three-level notices. */
export interface Group {
  no: number;
  section: number;
  title: string;
}

/** A numbered work item. */
export interface Item {
  /** Unique across the schema: the notice's number when items run on, else renumbered 1..n. */
  no: number;
  /** The number as written (e.g. `（二）3`), kept when items restart per section. */
  label: string;
  section: number;
  group?: number;
  /** First sentence of the item. */
  title: string;
  /** Full text without the unit parenthesis. */
  text: string;
  lead: string[];
  cooperate: string[];
  responsible: string[];
  /** The item's 完成时限 as an ISO date (YYYY-MM-DD), when the notice gives one. */
  deadline?: string;
  source: SourceSpan;
}

/** A responsible unit (canonical name) with its aliases. */
export interface Unit {
  name: string;
  aliases: string[];
  kind: UnitKind;
  /** For collective units: the canonical names it stands for (editable by the user). */
  members?: string[];
  /** True for a name the unit registry does not know, kept because it is shaped like a unit: the office confirms it. */
  unconfirmed?: boolean;
}

/** A quantitative target. */
export interface Target {
  /** `T{item}.{k}` (text, never a bare number); `T0.{k}` for targets of a 工作目标 block. */
  id: string;
  /** Item number, or null for targets of a block no item owns. */
  item: number | null;
  /** Title of the 工作目标 block for targets that no item owns. */
  block?: string;
  /** The thing counted, e.g. 省级“专精特新”中小企业. */
  name: string;
  /** Target value in `measure` units (万/亿 multipliers already applied to the measure, e.g. 亿元). */
  value: number;
  /** A stretch value (`60家、力争100家` → value 60, stretch 100). */
  stretch?: number;
  /** Measurement unit: 户, 家, 项, 个, 件, 亿元, 万元, %, … */
  measure: string;
  comparator: Comparator;
  /** `左右` in the text. */
  approx: boolean;
  kind: TargetKind;
  /** Canonical name of the one unit whose figure counts. */
  reporter: string;
  /** `low` for candidates the parser is unsure of (tracked lists, ambiguous numbers). */
  confidence: 'high' | 'low';
  source: SourceSpan;
}

/** A reporting period: cumulative label, schedule fraction (序时进度) and due date. */
export interface Period {
  label: string;
  fraction: number;
  /** ISO date (YYYY-MM-DD) of the period end. */
  end: string;
}

/** A parser or schema diagnostic, always with a Chinese message. */
export interface Diagnostic {
  severity: Severity;
  line: number;
  column: number;
  /** Stable machine id, e.g. `no-items`, `abbreviated-unit`, `low-confidence-target`. */
  code: string;
  /** The Chinese message, as schema files store it. */
  message: string;
  /**
   * The same message as a catalogue key and parameters, so that it can be shown in either language. Set by the
   * parser; not part of schema files (a diagnostic read from a file has only `message`).
   */
  detail?: Message;
}

/** The whole schema, as stored in the `workpoints-schema` JSON file format. */
export interface Schema {
  format: 'workpoints-schema';
  version: 1;
  title: string;
  issuer: string;
  year: number;
  cadence: Cadence;
  sections: Section[];
  groups: Group[];
  items: Item[];
  units: Unit[];
  targets: Target[];
  periods: Period[];
  diagnostics: Diagnostic[];
}
