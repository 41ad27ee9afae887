/**
 * `planReturns(schema, entries, period)`: which rows each unit owes in its return form for a period.
 *
 * - one row per confirmed target the unit reports (Target.reporter);
 * - one text row (no target) per item it owes (牵头 or 负责, collectives expanded) that has no target it reports;
 * - items it only cooperates on (配合) go to its cooperation list;
 * - 上期累计值 is the figure summarize() counts for the target in the previous period.
 * Rows follow the notice: block targets (工作目标, no item) first, then items in schema order.
 */
import type { NormalizedEntry } from '../entries';
import { LedgerError } from '../messages';
import type { Item, Period, Schema, Target } from '../schema';
import { BLOCK_FALLBACK_LABEL } from '../summary/sections';
import { summarize } from '../summary/summarize';
import { UnitResolver } from '../validation/unitResolver';
import { unitDuties, type UnitDuties } from './duties';
import type { CooperationRow, ReturnRow, ReturnsPlan, UnitReturn } from './types';

/** Options of planReturns. */
export interface PlanReturnsOptions {
  /**
   * Only these units (names or aliases; a collective stands for its members). A name that is not a unit of the
   * schema is refused; a unit that owes nothing is listed in `nothingDue`.
   */
  units?: readonly string[];
}

/** The period with this label and the one before it; refuses a label the schema does not have. */
function periodsOf(schema: Schema, label: string): { period: Period; previous: Period | null } {
  const index = schema.periods.findIndex((p) => p.label === label);
  const period = schema.periods[index];
  if (!period)
    throw new LedgerError('period.unknown', { period: label, choices: schema.periods.map((p) => p.label) });
  return { period, previous: schema.periods[index - 1] ?? null };
}

/** The text of an item as a form shows it: the notice's full text, its title when the text is empty. */
function taskOf(item: Item): string {
  return item.text.trim() === '' ? item.title : item.text;
}

function rowsOf(
  duties: UnitDuties,
  schema: Schema,
  previousFigure: (target: Target) => number | null,
): ReturnRow[] {
  const figureRow = (target: Target, item: Item | undefined): ReturnRow => ({
    item: target.item,
    task: item ? taskOf(item) : (target.block ?? BLOCK_FALLBACK_LABEL),
    target,
    previous: previousFigure(target),
  });
  const byItem = new Map<number, Target[]>();
  const rows: ReturnRow[] = [];
  const known = new Set(schema.items.map((i) => i.no));
  for (const target of duties.targets) {
    if (target.item !== null && known.has(target.item)) {
      byItem.set(target.item, [...(byItem.get(target.item) ?? []), target]);
    } else rows.push(figureRow(target, undefined));
  }
  for (const item of schema.items) {
    const targets = byItem.get(item.no);
    if (targets) rows.push(...targets.map((t) => figureRow(t, item)));
    else if (duties.due.has(item.no))
      rows.push({ item: item.no, task: taskOf(item), target: null, previous: null });
  }
  return rows;
}

function cooperationOf(duties: UnitDuties, schema: Schema, rows: ReturnRow[]): CooperationRow[] {
  const reported = new Set(rows.map((r) => r.item));
  return schema.items
    .filter((item) => duties.cooperate.has(item.no) && !reported.has(item.no))
    .map((item) => ({
      item: item.no,
      task: taskOf(item),
      lead: item.lead.length > 0 ? [...item.lead] : [...item.responsible],
    }));
}

/** The units asked for, as canonical names; refuses a name that is not a unit of the schema. */
function requestedUnits(schema: Schema, names: readonly string[], known: ReadonlySet<string>): Set<string> {
  const resolver = new UnitResolver(schema);
  const wanted = new Set<string>();
  for (const written of names) {
    const resolved = resolver.resolve(written.trim());
    if (resolved.kind === 'unknown') {
      throw new LedgerError('returns.unknownUnit', {
        unit: written,
        choices: schema.units.map((u) => u.name),
      });
    }
    for (const unit of resolver.expand(resolved.name)) if (known.has(unit)) wanted.add(unit);
  }
  return wanted;
}

/** The rows each unit owes in its return form for `period` (see the module comment). */
export function planReturns(
  schema: Schema,
  entries: readonly NormalizedEntry[],
  period: string,
  options: PlanReturnsOptions = {},
): ReturnsPlan {
  const { period: found, previous } = periodsOf(schema, period);
  const table = unitDuties(schema);
  const before = previous ? summarize(schema, entries, previous.label) : null;
  const figures = new Map(before?.targets.map((t) => [t.id, t.actual]) ?? []);
  const previousFigure = (target: Target) => figures.get(target.id) ?? null;
  const wanted = options.units ? requestedUnits(schema, options.units, new Set(table.units.keys())) : null;
  const units: UnitReturn[] = [];
  const nothingDue: string[] = [];
  for (const [unit, duties] of table.units) {
    if (wanted && !wanted.has(unit)) continue;
    const rows = rowsOf(duties, schema, previousFigure);
    if (rows.length === 0) {
      if (wanted) nothingDue.push(unit);
      continue;
    }
    units.push({ unit, rows, cooperation: cooperationOf(duties, schema, rows) });
  }
  return { period: found, previousPeriod: previous, units, nothingDue, unlisted: table.unlisted };
}
