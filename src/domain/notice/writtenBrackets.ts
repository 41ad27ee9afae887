/**
 * Unit names with the brackets the notice wrote: the parser reads 〔〕 and 【】 as [ ], but `各县〔市、区〕政府` is
 * the name as the office writes it and as it must stand in the ledger.
 */
import type { Schema } from '../schema';
import { normalizeKeepingBrackets } from './normalize';

const OPEN = '[\\[〔【﹝]';
const CLOSE = '[\\]〕】﹞]';

/** The name as written in the notice, or the name itself when the notice does not hold it. */
function asWritten(name: string, notice: string): string {
  const pattern = [...name]
    .map((ch) => (ch === '[' ? OPEN : ch === ']' ? CLOSE : ch.replace(/[.*+?^${}()|\\/]/g, '\\$&')))
    .join('');
  return new RegExp(pattern).exec(notice)?.[0] ?? name;
}

/** Renames, throughout the schema, every unit name holding [ or ] to the brackets the notice wrote. */
export function withWrittenBrackets(schema: Schema, notice: string): void {
  const names = new Set<string>();
  for (const unit of schema.units) if (/[[\]]/.test(unit.name)) names.add(unit.name);
  if (names.size === 0) return;
  const text = normalizeKeepingBrackets(notice);
  const renamed = new Map([...names].map((name) => [name, asWritten(name, text)]));
  const rename = (name: string): string => renamed.get(name) ?? name;
  for (const unit of schema.units) {
    unit.name = rename(unit.name);
    if (unit.members) unit.members = unit.members.map(rename);
  }
  for (const item of schema.items) {
    item.lead = item.lead.map(rename);
    item.cooperate = item.cooperate.map(rename);
    item.responsible = item.responsible.map(rename);
  }
  for (const target of schema.targets) target.reporter = rename(target.reporter);
}
