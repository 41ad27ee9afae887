/** Finds and resolves the unit clause of one item, applying the notice's standing rules (`排在首位为牵头单位,下同`). */
import type { Role } from '../schema';
import type { UnitRegistry } from '../units/registry';
import type { DiagnosticSink } from './diagnostics';
import type { SourceText } from './sourceText';
import {
  lastLabel,
  parseUnitClause,
  trailingBracket,
  trailingRoleSentence,
  type ClauseEntry,
  type UnitClause,
} from './unitClause';
import type { UnitMention } from './unitList';

/** Rules that, once written with 下同, apply to every later item. */
export interface StandingRules {
  firstIsLead: boolean;
  carried: ClauseEntry[];
}

/** The units of an item, by role, and where its text ends. */
export interface ItemUnits {
  /** Offset in the body where the unit clause starts (the body length when none). */
  clauseStart: number;
  lead: UnitMention[];
  cooperate: UnitMention[];
  responsible: UnitMention[];
}

function findClause(
  body: SourceText,
  from: number,
  registry: UnitRegistry,
  sink: DiagnosticSink,
): { clause?: UnitClause; start: number } {
  const text = body.text;
  const ctx = { registry, sink, position: (offset: number) => body.position(offset) };
  const bracket = trailingBracket(text, text.length);
  if (bracket && bracket.open >= from) {
    const clause = parseUnitClause(
      text.slice(bracket.open + 1, bracket.close),
      bracket.open + 1,
      'bare',
      ctx,
    );
    if (clause) return { clause, start: bracket.open };
  }
  const label = lastLabel(text, text.length);
  if (label !== undefined && label >= from) {
    let end = text.length;
    while (end > label && (text[end - 1] === '。' || text[end - 1] === ' ')) end--;
    const clause = parseUnitClause(text.slice(label, end), label, 'labelled', ctx);
    if (clause) return { clause, start: label };
  }
  const sentence = trailingRoleSentence(text, text.length, ctx);
  if (sentence && sentence.start > from) return { clause: sentence.clause, start: sentence.start };
  return { start: text.length };
}

/** Reads the units of an item from its body and unit lines, updating the standing rules. */
export function resolveItemUnits(
  body: SourceText,
  markerLength: number,
  unitLines: readonly SourceText[],
  rules: StandingRules,
  registry: UnitRegistry,
  sink: DiagnosticSink,
): ItemUnits {
  const found = findClause(body, markerLength, registry, sink);
  const clauses: UnitClause[] = found.clause ? [found.clause] : [];
  for (const line of unitLines) {
    const clause = parseUnitClause(line.text, 0, 'labelled', {
      registry,
      sink,
      position: (offset) => line.position(offset),
    });
    if (clause) clauses.push(clause);
  }
  const entries: ClauseEntry[] = [];
  let firstIsLead = rules.firstIsLead;
  const inherited = [...rules.carried];
  for (const clause of clauses) {
    sink.list.push(...clause.diagnostics.list);
    entries.push(...clause.entries);
    if (clause.firstIsLead) firstIsLead = true;
    const at = body.position(found.start);
    if (clause.firstIsLead && clause.sameBelow && !rules.firstIsLead) {
      rules.firstIsLead = true;
      sink.add(
        'carried-rule',
        at,
        '“排在首位的为牵头单位,下同”适用于本项及以后各项:未标明分工时,第一个单位为牵头单位,其余为配合单位。',
      );
    }
    if (clause.carried.length > 0) {
      rules.carried.push(...clause.carried);
      const names = clause.carried.map((e) => e.mention.name).join('、');
      sink.add('carried-rule', at, `“${names}”标注“下同”,已加到以后各项的责任单位中。`);
    }
  }
  const explicit = entries.some((e) => e.role !== null);
  const byRole: Record<Role, UnitMention[]> = { lead: [], cooperate: [], responsible: [] };
  const seen = new Set<string>();
  const place = (mention: UnitMention, role: Role): void => {
    if (seen.has(mention.name)) return;
    seen.add(mention.name);
    byRole[role].push(mention);
  };
  entries.forEach((entry, index) => {
    const ordered: Role = firstIsLead && !explicit ? (index === 0 ? 'lead' : 'cooperate') : 'responsible';
    place(entry.mention, entry.role ?? ordered);
  });
  for (const entry of inherited) place(entry.mention, entry.role ?? 'responsible');
  return { clauseStart: found.start, ...byRole };
}
