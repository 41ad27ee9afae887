/**
 * Who has returned what for a period: sheet 回收情况 with `WP_Collection` (单位 · 应报 · 已收 · 最后收到 · 状态),
 * one row per unit that was sent a form (the units and rows `planReturns` gives), and the ready-to-send 催报
 * text naming the units from which nothing has arrived, with their contacts where the office recorded them.
 */
import { EntryKeys } from '../../domain/collect/entryKeys';
import type { SheetRow } from '../../domain/entryCells';
import { dayMessage, message, translate, type Message } from '../../domain/messages';
import { planReturns } from '../../domain/returns';
import type { Schema } from '../../domain/schema';
import type { ValidationResult } from '../../domain/validation/types';
import { DATE_TIME_FORMAT } from '../excelDate';
import { COLLECTION_STATUS_LABELS, COLUMNS, SHEETS, TABLES } from '../format';
import { periodDeadline, unitContact, type OfficeCells } from '../officeCells';
import type { PlanValue, SheetPlan } from '../plan';
import { columnsFor } from '../sheets/tableSheet';
import { receivedKey, type ImportHistory } from './records';

/** Where a unit stands. */
export type CollectionStatus = keyof typeof COLLECTION_STATUS_LABELS;

/** One row of `WP_Collection`. */
export interface CollectionRow {
  unit: string;
  /** Rows of its form (targets it reports, items it owes without one). */
  due: number;
  /** Of those, rows the ledger holds something for in the period. */
  received: number;
  /** When a file of the unit for the period was last taken in (Excel serial), or null. */
  last: number | null;
  status: CollectionStatus;
}

/** The state of a period's collection. */
export interface Collection {
  period: string;
  rows: CollectionRow[];
  /** Units from which nothing has arrived, in WP_Units order. */
  missing: string[];
  /** The 催报 text, a line per message (empty when nothing is missing). */
  reminder: Message[];
}

/** What the collection is computed from: the ledger after the import and its validation for the period. */
export interface CollectionInput {
  schema: Schema;
  period: string;
  /** The entries as they now are, in ENTRY_COLUMNS order. */
  entries: readonly SheetRow[];
  /** Validation of those entries for `period`. */
  validation: ValidationResult;
  history: ImportHistory;
  office: OfficeCells;
  /** Today (the date named in the 催报 text), `YYYY-MM-DD`. */
  today: string;
}

/** Input columns of an entry: a row with any of them filled counts as received. */
const INPUTS = [4, 6, 7, 8];

/** Computes who has returned what for the period. */
export function computeCollection(input: CollectionInput): Collection {
  const { schema, period } = input;
  const keys = new EntryKeys(schema);
  const filled = new Set<string>();
  const periodOfRow = new Map<number, string | null>();
  for (const r of input.entries) {
    const key = keys.of(r.values);
    periodOfRow.set(r.row, key.period);
    if (INPUTS.some((i) => !isBlank(r.values[i]))) filled.add(key.key);
  }
  const errors = new Map<string, number>();
  for (const issue of input.validation.issues) {
    if (issue.severity !== 'error') continue;
    if (issue.row !== null && periodOfRow.get(issue.row) !== period) continue;
    errors.set(issue.unit, (errors.get(issue.unit) ?? 0) + 1);
  }
  const plan = planReturns(schema, input.validation.normalized, period);
  const rows = plan.units.map((u): CollectionRow => {
    const received = u.rows.filter((r) =>
      filled.has(keys.of([period, u.unit, r.item, r.target?.id ?? null]).key),
    ).length;
    const status: CollectionStatus =
      received === 0 ? 'missing' : (errors.get(u.unit) ?? 0) > 0 ? 'errors' : 'received';
    return {
      unit: u.unit,
      due: u.rows.length,
      received,
      last: input.history.lastReceived.get(receivedKey(period, u.unit)) ?? null,
      status,
    };
  });
  const missing = rows.filter((r) => r.status === 'missing').map((r) => r.unit);
  return { period, rows, missing, reminder: reminderLines(schema, period, missing, input) };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The 催报 text: who, what, by when, and each missing unit with its contact. */
function reminderLines(
  schema: Schema,
  period: string,
  missing: readonly string[],
  input: CollectionInput,
): Message[] {
  if (missing.length === 0) return [];
  const due = periodDeadline(input.office, period);
  const lines: Message[] = [
    message('collect.reminder.title', { period }),
    message('collect.reminder.to', { units: [...missing] }),
    message('collect.reminder.body', {
      notice: schema.title,
      period,
      due: due ?? message('collect.reminder.dueUnknown'),
      today: dayMessage(input.today),
    }),
    message('collect.reminder.list'),
  ];
  missing.forEach((unit, i) => {
    const c = unitContact(input.office, unit);
    const contact = [c.person, c.phone, c.email].filter((x) => x !== '').join(' ');
    lines.push(
      contact === ''
        ? message('collect.reminder.unit', { n: i + 1, unit })
        : message('collect.reminder.unitContact', { n: i + 1, unit, contact }),
    );
  });
  return lines;
}

const TABLE_TOP = 4;

const COLLECTION_COLUMNS = columnsFor(COLUMNS.collection, {
  单位: { width: 28, numberFormat: '@' },
  应报: { width: 8 },
  已收: { width: 8 },
  最后收到: { width: 19, numberFormat: DATE_TIME_FORMAT },
  状态: { width: 10, numberFormat: '@' },
});

/** The 回收情况 sheet: title, the counts, `WP_Collection`, then the 催报 text (in Chinese, ready to send). */
export function collectionSheet(collection: Collection): SheetPlan {
  const count = (s: CollectionStatus) => collection.rows.filter((r) => r.status === s).length;
  const rows: PlanValue[][] = collection.rows.map((r) => [
    r.unit,
    r.due,
    r.received,
    r.last,
    COLLECTION_STATUS_LABELS[r.status],
  ]);
  const zh = (m: Message) => translate('zh-CN', m);
  const cells: SheetPlan['cells'] = [
    {
      address: 'A1',
      value: zh(message('collect.sheet.title', { period: collection.period })),
      bold: true,
      fontSize: 14,
    },
    {
      address: 'A2',
      value: zh(
        message('collect.sheet.counts', {
          units: collection.rows.length,
          received: count('received'),
          errors: count('errors'),
          missing: count('missing'),
        }),
      ),
    },
  ];
  const below = TABLE_TOP + Math.max(rows.length, 1) + 2;
  const text = collection.reminder.length > 0 ? collection.reminder : [message('collect.reminder.none')];
  cells.push({
    address: `A${below}`,
    value: zh(message('collect.sheet.reminder')),
    bold: true,
    fontSize: 12,
  });
  text.forEach((line, i) => cells.push({ address: `A${below + 1 + i}`, value: zh(line) }));
  const status = { type: 'textEquals', table: TABLES.collection, column: '状态' } as const;
  return {
    name: SHEETS.collection,
    visibility: 'visible',
    cells,
    tables: [
      {
        name: TABLES.collection,
        topLeft: `A${TABLE_TOP}`,
        columns: COLLECTION_COLUMNS,
        rows,
        style: 'TableStyleLight9',
        preserved: false,
      },
    ],
    freezeRows: TABLE_TOP,
    conditionalFormats: [
      { ...status, text: COLLECTION_STATUS_LABELS.missing, fill: '#FFC7CE', fontColor: '#9C0006' },
      { ...status, text: COLLECTION_STATUS_LABELS.errors, fill: '#FFEB9C', fontColor: '#9C5700' },
    ],
    tabColor: '#7F7F7F',
  };
}
