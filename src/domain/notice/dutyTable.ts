/**
 * Duty tables (责任分工表) that follow the items: a header of a number column and unit columns only
 * (`序号 牵头单位 配合单位`), then one row per item number (`1 区教育局 区发改局、区自然资源局`). The items are written
 * above as text; the table says which units lead and cooperate on each, by the item's number.
 */
import type { Role } from '../schema';
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { columnKind, isUnitCell, tokensOf, type ColumnKind } from './flatTable';
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
/** `以上各项任务的责任分工如下:` — the sentence that introduces the table. */
const LEAD_IN = /:$/;

function header(line: ClassifiedLine): { kinds: ColumnKind[]; names: string[] } | undefined {
  if (line.kind !== 'text' && line.kind !== 'unit-line') return undefined;
  const tokens = tokensOf(line, 0, line.text.includes('|') ? /\|/g : / +/g);
  const kinds = tokens.map((t) => columnKind(t.text));
  if (tokens.length < 2 || kinds[0] !== 'number') return undefined;
  const rest = kinds.slice(1);
  if (!rest.every((k) => k !== undefined && k in ROLE_OF)) return undefined;
  return { kinds: rest as ColumnKind[], names: tokens.map((t) => t.text) };
}

/** Reads the rows after a header; returns the index after the last row. */
function readRows(
  lines: readonly ClassifiedLine[],
  from: number,
  kinds: readonly ColumnKind[],
  registry: UnitRegistry,
  out: DutyTable,
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
    const tokens = tokensOf({ ...line, text }, i, / +/g).slice(1);
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
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    const found = header(line);
    if (!found) continue;
    const before = out.cells.size;
    const end = readRows(lines, i + 1, found.kinds, registry, out);
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
