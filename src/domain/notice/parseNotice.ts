/** Parses a 工作要点 notice into a work-point schema. Never throws; every problem becomes a diagnostic. */
import { buildPeriods } from '../periods';
import type { Diagnostic, Item, Schema, Target } from '../schema';
import { createUnitRegistry } from '../units/registry';
import { noticePlace } from './noticePlace';
import { assembleItem, draftsToTargets } from './assembleItem';
import { classifyLines } from './classify';
import { DiagnosticSink, noticeDiagnostic, withParams } from './diagnostics';
import { numberItems } from './itemNumbers';
import type { StandingRules } from './itemUnits';
import { splitLines } from './normalize';
import { unnumberedItems } from './unnumberedItems';
import { reportsProgress } from './progressReport';
import { buildStructure } from './structure';
import { findTargets } from './targets';
import { findIssuer, findTitle, findYear } from './titleYear';
import { UnitTable } from './unitTable';
import { NOT_LISTED, parseUnitClause, probeContext, type ClauseEntry } from './unitClause';
import type { UnitRegistry } from '../units/registry';
import { withWrittenBrackets } from './writtenBrackets';
import { readScript, rewriteStrings } from './script';

/** What `parseNotice` returns; `schema.diagnostics` is the same list as `diagnostics`. */
export interface ParseResult {
  schema: Schema;
  diagnostics: Diagnostic[];
}

const STANDING_FIRST_IS_LEAD = /(首位|第一|第1).{0,8}牵头(单位|部门)/;
/** The rule said as a sentence of its own (`排在第一位的为牵头单位`). */
const STANDING_RULE_SENTENCE = /(首位|第一位|第1位)的?(单位|部门)?为牵头(单位|部门)/;
/** A bracketed note that the first unit leads, for this list or heading and those below. */
const SAME_BELOW_FIRST_IS_LEAD = /\([^()]*(首位|第一|第1)[^()]{0,8}牵头[^()]*下同[^()]*\)/;
/** `X为各项任务的(共同)责任单位,不再一一列出`, `以下任务均需X落实,不再列出`. */
const FOR_ALL = [
  new RegExp(
    `^(?:以下|下列|各项)[^。,]{0,8}?(?:均需|均由|均要|都需|需由)(.{2,40}?)(?:负责|落实|抓好落实|组织实施)[,,]?[^。]{0,4}${NOT_LISTED.source}`,
  ),
  new RegExp(
    `^(.{2,40}?)为(?:以下)?(?:各项|所有)[^。,]{0,6}?(?:任务|工作)的?(?:共同)?责任单位[,,]?[^。]{0,4}${NOT_LISTED.source}`,
  ),
  // `2022年,区政府要全面实施…,主要承担以下工作:` before the items: the one unit the work below is given to (not
  // `全市各级各部门要…抓好以下工作:`, which exhorts everyone).
  /^(?:\d{4}年[,,]?)?([^,,。:;各全]{2,20}?)(?:要|应|须|将)[^。]*(?:承担|负责|做好|完成|抓好)以下(?:工作|任务|事项)[::]$/,
];

/** The units a line names for every item (as entries without a role), or undefined. */
function unitsForAll(line: { text: string }, registry: UnitRegistry): ClauseEntry[] | undefined {
  for (const pattern of FOR_ALL) {
    const units = pattern.exec(line.text)?.[1];
    if (!units) continue;
    const ctx = probeContext(registry);
    const clause = parseUnitClause(units, 0, 'bare', ctx);
    if (clause && clause.entries.length > 0) return clause.entries.map((e) => ({ ...e, role: null }));
  }
  return undefined;
}

/** Section title for items that come before any section heading (a notice or table without 一、二、…). */
const NO_SECTION_TITLE = '工作事项';
const EXCERPT = 40;

function emptySchema(year: number): Schema {
  return {
    format: 'workpoints-schema',
    version: 1,
    title: '',
    issuer: '',
    year,
    cadence: 'quarterly',
    sections: [],
    groups: [],
    items: [],
    units: [],
    targets: [],
    periods: buildPeriods(year, 'quarterly'),
    diagnostics: [],
  };
}

function parse(notice: string): ParseResult {
  const sink = new DiagnosticSink();
  // A notice that numbers no line: its items are the passages each closed by a unit line, its 一是… or bullet lines,
  // its paragraphs each opening with the units that do the work, or a news copy's list.
  const unnumbered = unnumberedItems(classifyLines(splitLines(notice)));
  const { lines, found } = unnumbered;
  if (found)
    sink.add(
      found.kind === 'closed' ? 'closed-items' : 'ordinal-items',
      { line: found.first.line, column: found.first.column },
      { line: found.first.line, count: found.count, first: found.label },
      found.kind === 'bullet'
        ? 'bullets'
        : found.kind === 'duty'
          ? 'duties'
          : found.kind === 'listed'
            ? 'listed'
            : undefined,
    );
  const home = createUnitRegistry();
  const head = lines.filter((line) => line.kind !== 'blank').map((line) => line.text);
  const place = noticePlace(head, home);
  // Only a notice naming the registry's own province has its names renamed and completed to the registry's; one from
  // elsewhere, or naming no place (an excerpt), keeps them as written.
  const registry = place === 'home' ? home : home.asWritten();
  const structure = buildStructure(lines, registry);

  const { title } = findTitle(lines, structure.bodyStart);
  if (title === '') sink.add('no-title', { line: 1, column: 1 });
  let year = findYear(title, lines);
  if (year === undefined) {
    year = new Date().getFullYear();
    sink.add('no-year', { line: 1, column: 1 }, { year });
  }

  const rules: StandingRules = { firstIsLead: false, carried: [] };
  // Said in a paragraph of its own, or as a sentence of a numbered paragraph on how the work is shared
  // (`(三)合理划分责任。…由多个单位负责的,排在第一位的为牵头单位`).
  const standing =
    structure.loose.find((line) => STANDING_FIRST_IS_LEAD.test(line.text)) ??
    lines.find((line) => line.kind === 'numbered' && STANDING_RULE_SENTENCE.test(line.text));
  if (standing) {
    rules.firstIsLead = true;
    sink.add('carried-rule', standing);
  }
  // `各县(市、区)人民政府为各项任务的责任单位,不再一一列出`: units named once, before the items, for all of them.
  const everywhere = structure.loose
    .map((line) => ({ line, named: unitsForAll(line, registry) }))
    .find((u) => u.named);
  if (everywhere?.named) {
    rules.carried.push(...everywhere.named);
    sink.add(
      'carried-rule',
      everywhere.line,
      { units: everywhere.named.map((e) => e.mention.name) },
      'units',
    );
  }
  for (const line of structure.unattached) {
    if (line === standing || line === everywhere?.line) continue;
    const text = line.text.length > EXCERPT ? `${line.text.slice(0, EXCERPT)}…` : line.text;
    sink.add('unattached-text', line, { text });
  }
  for (const table of structure.tables)
    if (table.unread?.length)
      sink.add(
        'table-columns',
        table.line,
        { line: table.line.line, columns: table.columns, unread: table.unread },
        'unread',
      );
    else sink.add('table-columns', table.line, { line: table.line.line, columns: table.columns });
  for (const first of structure.unnumbered) {
    const group = structure.items.find((i) => i.line === first)?.parentLabel ?? '';
    sink.add('unnumbered-items', first, { line: first.line, group });
  }
  for (const shared of structure.shared)
    sink.add('units-for-group', shared.at, { line: shared.at.line, count: shared.count });
  for (const lost of structure.lost)
    sink.add('number-lost', lost.line, { line: lost.line.line, label: lost.label });
  for (const titled of structure.titled)
    sink.add(
      'unnumbered-items',
      titled.line,
      { line: titled.line.line, title: titled.title, label: titled.label },
      'titled',
    );
  if (structure.letterEnd)
    sink.add('covering-letter', structure.letterEnd, {
      line: structure.letterEnd.line,
      annex: structure.letterEnd.text,
    });
  for (const heading of structure.unitHeadings)
    sink.add('units-from-heading', heading.line, { heading: heading.line.text, units: heading.units });
  for (const row of structure.inherited)
    sink.add('units-from-row-above', row.line, { no: row.no, units: row.units });
  for (const row of structure.continued)
    sink.add('row-continued', row.line, { line: row.line.line, no: row.no });
  for (const cell of structure.groupCells)
    sink.add('group-cell', cell.line, { line: cell.line.line, text: cell.text });

  const notedAt = lines.find((line) => SAME_BELOW_FIRST_IS_LEAD.test(line.text))?.line;
  const units = new UnitTable(registry, sink);
  const progress = reportsProgress(title, lines);
  const numbers = numberItems(structure.items, sink);
  const items: Item[] = [];
  const targets: Target[] = [];
  structure.items.forEach((raw, index) => {
    const numbering = numbers[index] ?? { no: index + 1, label: raw.marker.label };
    const duties = raw.tableRow ? undefined : structure.duties.get(numbering.no);
    if (duties) raw.cells.push(...duties);
    // The note `(列第一位者为牵头单位,下同)`, on a heading or an item's list, holds from where it stands on.
    if (notedAt !== undefined && raw.line.line >= notedAt) rules.firstIsLead = true;
    const built = assembleItem(raw, numbering, {
      registry,
      sink,
      units,
      rules,
      year,
      reportsProgress: progress,
    });
    items.push(built.item);
    targets.push(...built.targets);
  });

  let blockIndex = 1;
  for (const block of structure.blocks) {
    const drafts = findTargets(block.body.text, 0, block.body.text.length);
    const found = draftsToTargets(
      drafts,
      block.body,
      { item: null, block: block.title, idPrefix: '0', firstIndex: blockIndex, reporter: '' },
      sink,
    );
    blockIndex += found.length;
    for (const target of found)
      sink.add('block-target', target.source, { id: target.id, block: block.title });
    targets.push(...found);
  }
  targets.sort((a, b) => a.source.line - b.source.line || a.source.column - b.source.column);

  if (items.length === 0) {
    const first = lines.find((line) => line.kind !== 'blank');
    sink.add('no-items', first ?? { line: 1, column: 1 });
  }

  const diagnostics = sink.sorted();
  // Items or groups before the first section heading get a section of their own, so that every reference holds.
  const shift = items.some((i) => i.section === 0) || structure.groups.some((g) => g.section === 0) ? 1 : 0;
  const sections = structure.sections.map(({ no, title: sectionTitle }) => ({
    no: no + shift,
    title: sectionTitle,
  }));
  if (shift) sections.unshift({ no: 1, title: NO_SECTION_TITLE });
  for (const item of items) item.section += shift;
  const schema: Schema = {
    ...emptySchema(year),
    title,
    issuer: findIssuer(lines),
    sections,
    groups: structure.groups.map(({ no, section, title: groupTitle }) => ({
      no,
      section: section + shift,
      title: groupTitle,
    })),
    items,
    units: units.toUnits(),
    targets,
    diagnostics,
  };
  withWrittenBrackets(schema, notice);
  return { schema, diagnostics };
}

/**
 * A notice read in simplified characters, given back in the characters it was written in (traditional), with a note
 * for the office. The messages stay in simplified characters (they are ours); the names they quote are the notice's.
 */
function asWritten(read: ParseResult, written: (found: string) => string): ParseResult {
  const diagnostics = [
    ...read.diagnostics.map((d) => (d.detail ? withParams(d, rewriteStrings(d.detail.params, written)) : d)),
    noticeDiagnostic('traditional-script', { line: 1, column: 1 }),
  ];
  // What came from the notice goes back to its characters; what is ours (periods, format, ids) stays as it is.
  const { title, issuer, sections, groups, items, units, targets } = read.schema;
  const fromNotice = rewriteStrings({ title, issuer, sections, groups, items, units, targets }, written);
  const schema: Schema = { ...read.schema, ...fromNotice, diagnostics };
  return { schema, diagnostics };
}

/**
 * Parses a notice into a schema. Never throws: an unexpected failure yields an empty schema with an
 * `internal-error` diagnostic. Runs in time linear in the length of the text.
 */
export function parseNotice(text: string): ParseResult {
  try {
    const script = readScript(typeof text === 'string' ? text : String(text));
    const read = parse(script.text);
    return script.written ? asWritten(read, script.written) : read;
  } catch (error) {
    const year = new Date().getFullYear();
    const schema = emptySchema(year);
    const detail = error instanceof Error ? error.message : String(error);
    schema.diagnostics = [noticeDiagnostic('internal-error', { line: 1, column: 1 }, { detail })];
    return { schema, diagnostics: schema.diagnostics };
  }
}
