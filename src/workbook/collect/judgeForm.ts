/**
 * Judging a recognised form against the ledger, in the order the office would: is it a form at all → is its unit
 * one of the ledger's → is it this ledger's (its fingerprint, or an earlier one, or — with no fingerprint we know —
 * every 序号 and 指标编号 matching this ledger) → is it for the period being collected. A form that passes has its
 * rows keyed as the ledger keys its entries; every row it holds is either taken or named with its reason.
 */
import { EntryKeys, type EntryKey } from '../../domain/collect/entryKeys';
import { ENTRY_COLUMNS, type CellValue } from '../../domain/entryCells';
import { message, type Message } from '../../domain/messages';
import type { Schema } from '../../domain/schema';
import { PeriodReader, UnitResolver } from '../../domain/validation';
import { COOPERATION_INPUT_COLUMN, RETURN_INPUT_COLUMNS } from '../returnFormFormat';
import { isBlankCell, type FormColumn, type FormReading, type FormRow, type NotAForm } from './formReading';

/** Why a file is not taken. */
export type RejectReason =
  'unreadable' | 'password-protected' | 'not-a-return' | 'unknown-unit' | 'other-ledger' | 'wrong-period';

/** The ledger a form is judged against. */
export interface LedgerIdentity {
  schema: Schema;
  /** The fingerprint `_wp_meta` records. */
  fingerprint: string;
  /** Fingerprints of the schemas the ledger held before. */
  earlierFingerprints: readonly string[];
}

/** A row of an accepted form, keyed and mapped onto WP_Entries headers. */
export interface CollectedRow {
  /** Sheet row in the returned file. */
  row: number;
  key: EntryKey;
  /** What a new WP_Entries row gets: the key columns, then the unit's values, by WP_Entries header. */
  cells: Readonly<Record<string, CellValue>>;
  /** Headers whose value the form supplies for an existing row (compared, replaced when different). */
  supplied: readonly string[];
  /** Whether the unit left every input cell of the row blank (not imported). */
  blank: boolean;
}

/** A row of the form that is not taken, and why (it is named in the verdict: no row is lost unseen). */
export interface SkippedRow {
  row: number;
  why: Message;
}

/** A form that passed every check. */
export interface AcceptedForm {
  /** The unit, as the ledger names it. */
  unit: string;
  /** The period label. */
  period: string;
  rows: CollectedRow[];
  skipped: SkippedRow[];
  /** What the office should know: an earlier schema, columns ignored, formulas taken as values … */
  notices: Message[];
}

/** A judgement: accepted, or rejected with its reason. */
export type Judgement =
  | { ok: true; form: AcceptedForm }
  | { ok: false; reason: RejectReason; problem: Message; unit: string | null; period: string | null };

/** Options of a judgement. */
export interface JudgeOptions {
  /** Only forms of this period are taken (the label, as resolved against the schema). */
  period?: string;
}

/** Form columns a unit fills in, and the WP_Entries header each lands in. */
const ROW_INPUTS: Record<string, string> = Object.fromEntries(RETURN_INPUT_COLUMNS.map((c) => [c, c]));
const COOPERATION_INPUTS: Record<string, string> = { [COOPERATION_INPUT_COLUMN]: '工作进展' };

function reject(
  reason: RejectReason,
  problem: Message,
  unit: string | null = null,
  period: string | null = null,
): Judgement {
  return { ok: false, reason, problem, unit, period };
}

/** The row's cells in ENTRY_COLUMNS order, as far as a key needs them. */
function keyValues(unit: string, period: string, row: FormRow): CellValue[] {
  const values: CellValue[] = ENTRY_COLUMNS.map(() => null);
  values[0] = period;
  values[1] = unit;
  values[2] = row.item;
  values[3] = row.target;
  return values;
}

/** Rows (as sheet references) shown in a verdict: `第 12、15 行`. */
function rowList(rows: readonly number[]): string[] {
  return rows.map(String);
}

/** Whether every keyed row matches this ledger's items and targets (for a form without our fingerprint). */
function matchesLedger(keys: EntryKeys, rows: readonly { row: FormRow; key: EntryKey }[]): number[] {
  const bad: number[] = [];
  for (const { row, key } of rows) {
    const itemGiven = !isBlankCell(row.item);
    const targetGiven = !isBlankCell(row.target);
    const itemOk = !itemGiven || (key.item !== null && keys.hasItem(key.item));
    const targetOk =
      !targetGiven || (key.target !== null && (key.item === null || key.target.item === key.item));
    if (!itemOk || !targetOk) bad.push(row.row);
  }
  return bad;
}

/** Judges a file's form (or its absence) against the ledger. */
export function judgeForm(
  reading: FormReading | NotAForm,
  ledger: LedgerIdentity,
  options: JudgeOptions = {},
): Judgement {
  if (!reading.found) return reject('not-a-return', reading.problem, reading.identity?.unit ?? null);
  const { identity } = reading;
  const notices: Message[] = [];

  // Unit known?
  if (identity.units.length > 1)
    return reject('unknown-unit', message('collect.unit.several', { units: identity.units }));
  if (identity.unit === null) return reject('unknown-unit', message('collect.unit.none'));
  const resolver = new UnitResolver(ledger.schema);
  const resolved = resolver.resolve(identity.unit);
  if (resolved.kind === 'unknown')
    return reject('unknown-unit', message('collect.unit.unknown', { unit: identity.unit }), identity.unit);
  const unit = resolved.name;
  if (resolver.get(unit)?.kind === 'collective')
    return reject('unknown-unit', message('collect.unit.collective', { unit }), unit);
  if (resolved.kind === 'alias')
    notices.push(message('collect.notice.unitAlias', { written: identity.unit, unit }));

  // This ledger's?
  const keys = new EntryKeys(ledger.schema);
  const periodText = identity.period ?? '';
  const keyed = reading.rows.map((row) => ({ row, key: keys.of(keyValues(unit, periodText, row)) }));
  const fingerprint = identity.fingerprint;
  if (fingerprint !== null && fingerprint === ledger.fingerprint) {
    // Ours.
  } else if (fingerprint !== null && ledger.earlierFingerprints.includes(fingerprint)) {
    notices.push(message('collect.notice.earlierSchema'));
  } else {
    const bad = matchesLedger(keys, keyed);
    if (bad.length > 0)
      return reject(
        'other-ledger',
        message(fingerprint === null ? 'collect.ledger.noMatch' : 'collect.ledger.other', {
          rows: rowList(bad.slice(0, 10)),
          count: bad.length,
        }),
        unit,
        identity.period,
      );
    notices.push(
      message(fingerprint === null ? 'collect.notice.noFingerprint' : 'collect.notice.otherFingerprint'),
    );
  }

  // The period being collected?
  if (identity.periods.length > 1)
    return reject(
      'wrong-period',
      message('collect.period.several', { periods: identity.periods }),
      unit,
      identity.period,
    );
  const period = new PeriodReader(ledger.schema).resolve(periodText);
  if (period.kind === 'unknown')
    return reject(
      'wrong-period',
      message(periodText === '' ? 'collect.period.none' : 'collect.period.unknown', { period: periodText }),
      unit,
      identity.period,
    );
  if (options.period !== undefined && period.label !== options.period)
    return reject(
      'wrong-period',
      message('collect.period.other', { period: period.label, wanted: options.period }),
      unit,
      period.label,
    );
  if (period.kind === 'alias')
    notices.push(message('collect.notice.periodAlias', { written: periodText, period: period.label }));

  const collected = collectRows(reading, unit, period.label, keys);
  notices.push(...readingNotices(reading));
  return {
    ok: true,
    form: { unit, period: period.label, rows: collected.rows, skipped: collected.skipped, notices },
  };
}

/** The rows of an accepted form: keyed, mapped onto WP_Entries, a later duplicate of a key taking its place. */
function collectRows(
  reading: FormReading,
  unit: string,
  period: string,
  keys: EntryKeys,
): { rows: CollectedRow[]; skipped: SkippedRow[] } {
  const byKey = new Map<string, CollectedRow>();
  const skipped: SkippedRow[] = [];
  for (const row of reading.rows) {
    const inputs = row.table === 'rows' ? ROW_INPUTS : COOPERATION_INPUTS;
    const filled = Object.keys(inputs).filter((c) => !isBlankCell(row.values[c as FormColumn]));
    const key = keys.of(keyValues(unit, period, row));
    if (key.unkeyed) {
      // A row the unit added without 序号 or 指标编号 cannot be placed; a blank one is nothing.
      if (filled.length > 0) skipped.push({ row: row.row, why: message('collect.row.noKey') });
      continue;
    }
    const cells: Record<string, CellValue> = {
      报告期: period,
      填报单位: unit,
      序号: key.item ?? row.item,
      指标编号: key.target?.id ?? (isBlankCell(row.target) ? null : row.target),
    };
    const supplied: string[] = [];
    for (const [column, header] of Object.entries(inputs)) {
      if (!(column in row.values)) continue;
      cells[header] = row.values[column as FormColumn] ?? null;
      supplied.push(header);
    }
    const measure = row.values['计量单位'];
    if (row.table === 'rows' && !isBlankCell(measure)) {
      cells['计量单位'] = measure ?? null;
      supplied.push('计量单位');
    }
    const earlier = byKey.get(key.key);
    if (earlier && !earlier.blank && filled.length > 0)
      skipped.push({ row: earlier.row, why: message('collect.row.duplicate', { row: row.row }) });
    if (earlier && filled.length === 0 && !earlier.blank) continue;
    byKey.set(key.key, { row: row.row, key, cells, supplied, blank: filled.length === 0 });
  }
  return { rows: [...byKey.values()], skipped };
}

/** What the office should know about how the form was read. */
function readingNotices(reading: FormReading): Message[] {
  const notices: Message[] = [];
  if (reading.identity.source === 'properties') notices.push(message('collect.notice.noRecord'));
  if (reading.foreign.length > 0)
    notices.push(message('collect.notice.foreignColumns', { columns: reading.foreign }));
  if (reading.missingOptional.length > 0)
    notices.push(message('collect.notice.missingColumns', { columns: reading.missingOptional }));
  const formulas = reading.rows.filter((r) => r.formulas.length > 0).map((r) => r.row);
  if (formulas.length > 0) notices.push(message('collect.notice.formulas', { rows: rowList(formulas) }));
  return notices;
}
