/**
 * Duty tables (责任分工表) that follow the items: a header of a number column and unit columns only
 * (`序号 牵头单位 配合单位`), then one row per item number (`1 区教育局 区发改局、区自然资源局`). The items are written
 * above as text; the table says which units lead and cooperate on each, by the item's number.
 * In an annex (after `附件`) the table may also repeat a short task name and put the roles in one 责任分工 column,
 * header names one per line and cells one per line (`1` / `城镇就业` / `县人社局牵头，县财政局配合`).
 */
import type { Role } from '../schema';
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { isUnitCell, tokensOf } from './tableCells';
import { columnKind, type ColumnKind } from './tableColumns';
import type { UnitCell } from './itemUnits';
import { SourceText } from './sourceText';

/** The duty table of a notice: unit cells by item number, and the lines it takes. */
export interface DutyTable {
  /** Unit cells by the item number the row names. */
  cells: Map<number, UnitCell[]>;
  /** Indices of the lines the table uses (its lead-in, header and rows). */
  consumed: Set<number>;
  /** Where the table starts and its column names, for the diagnostic that tells the office how it was read. */
  tables: Array<{ line: ClassifiedLine; columns: string[] }>;
}

const ROLE_OF: Partial<Record<ColumnKind, Role | null>> = {
  lead: 'lead',
  cooperate: 'cooperate',
  responsible: null,
};
const ROW = /^(\d{1,3})[.、]?(?= )/;
const BARE_ROW = /^(\d{1,3})[.、]?$/;
/** A column whose cells say who does what in a sentence (`X牵头,Y配合`, `X负责`). */
const DUTY_COLUMN = /^(责任分工|职责分工|分工|部门分工|任务分工|责任单位及分工|分工安排)$/;
const ROWS_CAP = 12;

function kindOf(text: string): ColumnKind | undefined {
  return DUTY_COLUMN.test(text) ? 'responsible' : columnKind(text);
}

/** Header kinds after the number column, or undefined: unit columns only, or (in an annex) a task column first. */
function roleKinds(kinds: ReadonlyArray<ColumnKind | undefined>, inAnnex: boolean): ColumnKind[] | undefined {
  if (kinds.length < 2 || kinds[0] !== 'number') return undefined;
  let rest = kinds.slice(1);
  if (inAnnex && rest[0] === 'task') rest = rest.slice(1);
  if (rest.length === 0 || !rest.every((k) => k !== undefined && k in ROLE_OF)) return undefined;
  return rest as ColumnKind[];
}
/** `以上各项任务的责任分工如下:` — the sentence that introduces the table. */
const LEAD_IN = /:$/;

function header(
  line: ClassifiedLine,
  inAnnex: boolean,
): { kinds: ColumnKind[]; names: string[]; task: boolean } | undefined {
  if (line.kind !== 'text' && line.kind !== 'unit-line') return undefined;
  const tokens = tokensOf(line, 0, line.text.includes('|') ? /\|/g : / +/g);
  const all = tokens.map((t) => (inAnnex ? kindOf(t.text) : columnKind(t.text)));
  const kinds = roleKinds(all, inAnnex);
  if (!kinds) return undefined;
  return { kinds, names: tokens.map((t) => t.text), task: all[1] === 'task' };
}

/** A header written one column name per line (in an annex): its kinds and the index after it. */
function stackedHeader(
  lines: readonly ClassifiedLine[],
  start: number,
): { kinds: ColumnKind[]; names: string[]; end: number } | undefined {
  const names: string[] = [];
  const all: Array<ColumnKind | undefined> = [];
  let i = start;
  for (; i < lines.length && names.length < 8; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind !== 'text' && line.kind !== 'unit-line') break;
    const kind = kindOf(line.text);
    if (!kind) break;
    names.push(line.text);
    all.push(kind);
  }
  const kinds = roleKinds(all, true);
  return kinds ? { kinds, names, end: i } : undefined;
}

/** Rows of a stacked table: a bare item number, then its cells one per line; unit cells are the row's last ones. */
function readStackedRows(
  lines: readonly ClassifiedLine[],
  from: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  out: DutyTable,
): number {
  let i = from;
  while (i < lines.length) {
    const number = BARE_ROW.exec((lines[i] as ClassifiedLine).text);
    if (!number?.[1]) break;
    const cellLines: number[] = [];
    let j = i + 1;
    for (; j < lines.length && j - i <= ROWS_CAP; j++) {
      const next = lines[j] as ClassifiedLine;
      if (BARE_ROW.test(next.text) || next.kind === 'end-matter') break;
      if (next.kind !== 'blank') cellLines.push(j);
    }
    const unitLines = cellLines.filter((k) => isUnitCell((lines[k] as ClassifiedLine).text, registry));
    const tail = unitLines.slice(-kinds.length);
    if (tail.length === 0) break;
    out.cells.set(
      Number(number[1]),
      tail.map((k, n) => {
        const cell = new SourceText();
        cell.append(lines[k] as ClassifiedLine);
        // An empty cell vanishes in the paste: the cells fill the unit columns from the first (the lead's).
        return { text: cell, role: ROLE_OF[kinds[n] as ColumnKind] ?? null };
      }),
    );
    for (let k = i; k < j; k++) out.consumed.add(k);
    i = j;
  }
  return i;
}

/** Reads the rows after a header; returns the index after the last row. */
function readRows(
  lines: readonly ClassifiedLine[],
  from: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  out: DutyTable,
  task: boolean,
): number {
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'blank') continue;
    const replaced = line.text.replace(/\|/g, ' ');
    const offset = replaced.length - replaced.trimStart().length;
    const text = replaced.trim();
    const number = ROW.exec(text);
    if (!number?.[1]) break;
    let tokens = tokensOf({ ...line, text }, i, / +/g).slice(1);
    // The short task name repeated in an annex: the cells before the units.
    if (task) {
      const firstUnit = tokens.findIndex((t, k) => k > 0 && isUnitCell(t.text, registry));
      tokens = firstUnit > 0 ? tokens.slice(firstUnit) : [];
    }
    if (tokens.length === 0 || tokens.length > kinds.length) break;
    if (!tokens.every((t) => isUnitCell(t.text, registry))) break;
    const cells = tokens.map((token, k) => {
      const cell = new SourceText();
      cell.append(line, token.from + offset, token.to + offset);
      return { text: cell, role: ROLE_OF[kinds[k] as ColumnKind] ?? null };
    });
    out.consumed.add(i);
    out.cells.set(Number(number[1]), cells);
  }
  return i;
}

/** Finds duty tables keyed by item number. */
export function findDutyTables(lines: readonly ClassifiedLine[], registry: UnitRegistry): DutyTable {
  const out: DutyTable = { cells: new Map(), consumed: new Set(), tables: [] };
  let inAnnex = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'end-matter' && line.text.startsWith('附件')) inAnnex = true;
    const stacked = inAnnex ? stackedHeader(lines, i) : undefined;
    if (stacked) {
      const before = out.cells.size;
      const end = readStackedRows(lines, stacked.end, stacked.kinds, registry, out);
      if (out.cells.size === before) continue;
      for (let k = i; k < stacked.end; k++) out.consumed.add(k);
      out.tables.push({ line, columns: stacked.names });
      i = end - 1;
      continue;
    }
    const found = header(line, inAnnex);
    if (!found) continue;
    const before = out.cells.size;
    const end = readRows(lines, i + 1, found.kinds, registry, out, found.task);
    if (out.cells.size === before) continue;
    out.consumed.add(i);
    out.tables.push({ line, columns: found.names });
    let previous = i - 1;
    while (previous >= 0 && lines[previous]?.kind === 'blank') previous--;
    const leadIn = lines[previous];
    if (leadIn && leadIn.kind === 'text' && LEAD_IN.test(leadIn.text)) out.consumed.add(previous);
    i = end - 1;
  }
  return out;
}
