/**
 * 目标指标 / `WP_Targets` read back: each row a tracked target — id, item, name, value, measure, comparison, kind,
 * reporter and source text as the office left them; its stretch value, 左右 and place in the notice come from the
 * schema in `_wp_meta`. A row is a confirmed target: a low-confidence candidate given a row is confirmed by it, and
 * candidates without a row stay in the schema as they are.
 */
import type { Comparator, Schema, Target, TargetKind } from '../../domain/schema';
import { COLUMNS, COMPARATOR_LABELS, KIND_LABELS } from '../format';
import type { UnitsRead } from './readUnits';
import {
  cellText,
  keepOrTake,
  readNumber,
  readWholeNumber,
  type Problems,
  type SchemaTable,
} from './tableCells';

/** The columns the reader needs (原文 may be missing: the stored source text is kept then). */
export const TARGET_COLUMNS = COLUMNS.targets.slice(0, 8);

const COMPARATORS = new Map<string, Comparator>([
  ...Object.entries(COMPARATOR_LABELS).map(([c, label]): [string, Comparator] => [label, c as Comparator]),
  ...(['>=', '>', '<=', '<', '='] as const).map((c): [string, Comparator] => [c, c]),
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
  ['≧', '>='],
  ['≦', '<='],
]);
const KINDS = new Map<string, TargetKind>(
  Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind as TargetKind]),
);
const TARGET_ID = /^T(\d+)\.(\d+)$/;

/** A target id as typed: full-width letters and digits, a lower-case t and spaces are forgiven. */
function targetId(text: string): string {
  return text
    .replace(/[Ａ-Ｚａ-ｚ０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s/g, '')
    .replace(/^t/, 'T');
}

/** The position the item's target was read from, for a target the office added (its item's, or the notice's start). */
function newSource(stored: Schema, item: number | null, text: string): Target['source'] {
  const owner = item === null ? undefined : stored.items.find((i) => i.no === item);
  return { line: owner?.source.line ?? 1, column: owner?.source.column ?? 1, text };
}

/**
 * Reads `WP_Targets` into the schema's targets: the table's rows in their order, each candidate without a row
 * after the target it followed in `_wp_meta` (so that an unedited table gives the stored list back exactly).
 * `unitless`: items that name no unit, whose targets may still wait for a reporter.
 */
export function readTargets(
  table: SchemaTable,
  items: ReadonlySet<number>,
  units: UnitsRead,
  stored: Schema,
  problems: Problems,
  unitless: ReadonlySet<number> = new Set(),
): Target[] {
  const [ID, NO, NAME, VALUE, MEASURE, COMPARE, KIND, REPORTER] = TARGET_COLUMNS as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const SOURCE = COLUMNS.targets[8];
  const before = new Map(stored.targets.map((t) => [t.id, t]));
  const seen = new Map<string, string>();
  const read: Target[] = [];
  for (const row of table.rows()) {
    const at = (header: string) => table.address(row, header);
    const problem = (header: string, key: Parameters<Problems['at']>[2], params = {}) =>
      problems.at(table.sheet, at(header), key, params);
    const idText = cellText(table.cell(row, ID));
    const id = targetId(idText);
    const match = TARGET_ID.exec(id);
    if (!match) {
      problem(ID, 'tables.badTargetId', { value: idText });
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problem(ID, 'tables.duplicateTarget', { id, first });
      continue;
    }
    seen.set(id, at(ID));
    const noCell = table.cell(row, NO);
    const no = cellText(noCell) === '' ? null : readWholeNumber(noCell);
    if (cellText(noCell) !== '' && (no === null || !items.has(no)))
      problem(NO, 'tables.unknownItem', { value: cellText(noCell) });
    else if (match[1] !== String(no ?? 0)) problem(ID, 'tables.targetIdItem', { id, no: no ?? 0 });
    const old = before.get(id);
    const name = keepOrTake(old?.name, table.cell(row, NAME));
    if (name === '') problem(NAME, 'tables.blank', { column: NAME });
    const value = readNumber(table.cell(row, VALUE));
    if (value === null)
      problem(VALUE, 'tables.notANumber', { column: VALUE, value: cellText(table.cell(row, VALUE)) });
    const comparatorText = cellText(table.cell(row, COMPARE));
    const comparator = COMPARATORS.get(comparatorText);
    if (!comparator) problem(COMPARE, 'tables.badComparator', { value: comparatorText });
    const kindText = cellText(table.cell(row, KIND));
    const kind = KINDS.get(kindText);
    if (!kind) problem(KIND, 'tables.badKind', { value: kindText });
    const reporterText = cellText(table.cell(row, REPORTER));
    const reporter = reporterText === '' ? '' : units.resolve(reporterText);
    // A target of a 工作目标 block, or of an item that names no unit, may wait for its reporter (as a schema file
    // allows); that of an item with units may not.
    if (reporterText === '' && no !== null && !unitless.has(no))
      problem(REPORTER, 'tables.blank', { column: REPORTER });
    else if (reporter === undefined) problem(REPORTER, 'tables.unknownUnit', { unit: reporterText });
    const sourceText =
      SOURCE !== undefined && table.has(SOURCE)
        ? keepOrTake(old?.source.text, table.cell(row, SOURCE))
        : (old?.source.text ?? '');
    const target: Target = {
      id,
      item: no,
      ...(old?.block !== undefined && no === null ? { block: old.block } : {}),
      name,
      value: value ?? 0,
      ...(old?.stretch !== undefined ? { stretch: old.stretch } : {}),
      measure: keepOrTake(old?.measure, table.cell(row, MEASURE)),
      comparator: comparator ?? '>=',
      approx: old?.approx ?? false,
      kind: kind ?? 'total',
      reporter: reporter ?? '',
      confidence: 'high',
      source:
        old && old.item === no
          ? { ...old.source, text: sourceText }
          : newSource(stored, no, sourceText || name),
    };
    read.push(target);
  }
  return withCandidates(read, stored, items);
}

/** The targets read, with each candidate the table has no row for put back after the target it followed. */
function withCandidates(read: Target[], stored: Schema, items: ReadonlySet<number>): Target[] {
  const out = [...read];
  const ids = new Set(read.map((t) => t.id));
  let after: string | null = null;
  for (const target of stored.targets) {
    if (ids.has(target.id)) {
      after = target.id;
      continue;
    }
    // A confirmed target without a row was deleted; a candidate of a deleted item goes with it.
    if (target.confidence !== 'low' || (target.item !== null && !items.has(target.item))) continue;
    const at = after === null ? 0 : out.findIndex((t) => t.id === after) + 1;
    out.splice(at, 0, target);
    ids.add(target.id);
    after = target.id;
  }
  return out;
}
