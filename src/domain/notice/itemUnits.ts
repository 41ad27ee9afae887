/**
 * Finds and resolves the unit clauses of one item — its trailing clause, its unit lines and, for a table row, its
 * unit cells — applying the roles as offices mean them:
 * - 牵头 or ★ → lead; 配合 / 协同 → cooperating;
 * - units of a 责任单位 list (or a …负责 clause) without a role word of their own → responsible, also when another
 *   unit of the same list is marked lead;
 * - where the notice says the unit listed first leads (`列第一位者为牵头单位`, `排在首位…下同`), the first unit of each
 *   list without roles leads and the rest are responsible — from where it says so: a note on an item's list
 *   (`(列第一位者为牵头单位,下同)`) holds for that list and the ones below, not for the items above it;
 * - a single unit closing a flattened table row leads (a collective alone there is responsible).
 * A clause may also open the item (`[市教育局]新建学校5所`) or close a sentence inside it (`…投资100亿元(区发改局牵头);新开工项目30个(区住建局负责)。`):
 * every such clause counts, and none of them is part of the item's text.
 */
import type { Role } from '../schema';
import type { UnitRegistry } from '../units/registry';
import { looksLikeCollective } from '../units/unitShape';
import { readClauseLabel } from './clauseLabels';
import { DiagnosticSink, type Position } from './diagnostics';
import type { SourceText } from './sourceText';
import {
  lastLabel,
  parseUnitClause,
  trailingBracket,
  trailingRoleSentence,
  type ClauseEntry,
  type UnitClause,
} from './unitClause';
import { readUnitList, type UnitMention } from './unitList';

/** Rules that, once written with 下同 or in the preamble, apply to every later item. */
export interface StandingRules {
  firstIsLead: boolean;
  carried: ClauseEntry[];
}

/** A unit cell of a table row, with the role its column gives (null for 责任单位 columns). */
export interface UnitCell {
  text: SourceText;
  role: Role | null;
}

/** Where an item's units are written. */
export interface UnitSources {
  body: SourceText;
  markerLength: number;
  unitLines: readonly SourceText[];
  cells: readonly UnitCell[];
  /** The item is a row of a table flattened to text. */
  tableRow: boolean;
}

/** The units of an item, by role, where its text ends, and the 完成时限 text found with them. */
export interface ItemUnits {
  /** Offset in the body where the unit clause starts (the body length when none). */
  clauseStart: number;
  lead: UnitMention[];
  cooperate: UnitMention[];
  responsible: UnitMention[];
  deadline?: { text: string; at: Position };
  /** Clauses that close a sentence inside the item's text: [start, end) offsets in the body, to leave out of it. */
  inner: Array<{ start: number; end: number }>;
}

/** A dash as pages write it: em, en or box-drawing dashes, or hyphens doubled. */
const DASH = '(?:[—–─━]+|-{2,})';
const DASHES = new RegExp(DASH, 'g');
/** A dash opening a line. */
const LEADING_DASH = new RegExp(`^${DASH} *`);

/**
 * `…任务。——牵头单位:X;配合单位:Y` or `…任务。——X、Y分别负责`: a dash after the item's last sentence sets off its
 * units. Returns where the dash starts and where the clause after it starts.
 */
function trailingDash(text: string, from: number): { start: number; content: number } | undefined {
  let found: { start: number; content: number } | undefined;
  for (const m of text.matchAll(DASHES)) {
    if (m.index < from) continue;
    // Only a dash that follows a sentence end or comes after the item's text: not a range such as 3—12个月.
    const before = text.slice(0, m.index).trimEnd();
    if (!/[。;!?]$/.test(before)) continue;
    found = { start: m.index, content: m.index + m[0].length };
  }
  return found;
}

function findClause(
  body: SourceText,
  from: number,
  registry: UnitRegistry,
  sink: DiagnosticSink,
): { clause?: UnitClause; start: number; end?: number } {
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
  const dash = trailingDash(text, from);
  if (dash !== undefined) {
    let end = text.length;
    while (end > dash.content && (text[end - 1] === '。' || text[end - 1] === ' ')) end--;
    const content = text.slice(dash.content, end);
    const clause =
      parseUnitClause(content, dash.content, 'bare', ctx) ??
      parseUnitClause(content, dash.content, 'inline', ctx);
    if (clause) return { clause, start: dash.start };
  }
  const label = lastLabel(text, text.length);
  if (label !== undefined && label >= from) {
    let end = text.length;
    while (end > label && (text[end - 1] === '。' || text[end - 1] === ' ')) end--;
    const clause = parseUnitClause(text.slice(label, end), label, 'labelled', ctx);
    // `…,牵头单位:市民政局。其中,高龄津贴发放进度较慢…`: the label's sentence is the clause, when what follows it names
    // no more units; the text after it stays the item's.
    const stop = text.indexOf('。', label);
    const sentence =
      stop > label && stop < end ? parseUnitClause(text.slice(label, stop), label, 'labelled', ctx) : null;
    // A labelled part after it (`。完成时限:…`, `。配合单位:…`) belongs to the clause, not to the text.
    const labelledTail = readClauseLabel(text.slice(stop + 1).trimStart()) !== undefined;
    if (sentence && !labelledTail && (!clause || clause.entries.length === sentence.entries.length))
      return { clause: sentence, start: label, end: stop + 1 };
    if (clause) return { clause, start: label };
  }
  const sentence = trailingRoleSentence(text, text.length, ctx);
  if (sentence && sentence.start > from) return { clause: sentence.clause, start: sentence.start };
  return { start: text.length };
}

/**
 * Brackets inside the item's text that close a sentence or clause (a `;`, `。` or `,` follows) and read as a unit
 * clause naming a role or a label, or stand alone after a sentence's end; a bracket of names without roles inside a
 * sentence (`重点企业(某某集团、某某公司)`) is text.
 */
function innerClauses(
  body: SourceText,
  from: number,
  to: number,
  registry: UnitRegistry,
  sink: DiagnosticSink,
  bareAfterSentence: boolean,
): Array<{ clause: UnitClause; start: number; end: number }> {
  const text = body.text;
  const ctx = { registry, sink, position: (offset: number) => body.position(offset) };
  const found: Array<{ clause: UnitClause; start: number; end: number }> = [];
  let open = -1;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      if (depth > 0 || open < 0) continue;
      let after = i + 1;
      while (after < to && text[after] === ' ') after++;
      // [市教育局]新建学校5所: a clause may also open the item, before its text.
      const leading = text.slice(from, open).trim() === '';
      const content = text.slice(open + 1, i);
      // `〔…参与。以下各项…不再列出。〕按省的要求…`: a clause whose sentence closes inside its brackets.
      const closedInside = content.endsWith('。');
      // `…公司名录。(区金融办、区财政局)坚持…`: a bracket of units alone after a sentence closes that sentence.
      const afterSentence = /[。;]$/.test(text.slice(from, open).trimEnd());
      const closes = leading || closedInside || afterSentence;
      if (!closes && after < to && !/[;。,]/.test(text[after] ?? '')) continue;
      const clause = parseUnitClause(content, open + 1, 'bare', ctx);
      // A bare bracket after a sentence is units only where the item's own clause is bare too (none names a role) and
      // it names an office, not only firms (`…10家。(某某集团有限公司、某某科技股份有限公司)`).
      const offices = bareAfterSentence && clause?.entries.some((e) => !FIRM.test(e.mention.name)) === true;
      // `…整体发展实力(省发改委、交通厅)。加快…`: a bracket of offices closing its sentence, in such an item, too.
      const closesSentence = afterSentence || /[。;]/.test(text[after] ?? '');
      // Before the stop, a bracket of places only (`新建3个卫生院(城关镇、河口镇)。`) says where, not who.
      const department = clause?.entries.some((e) => e.mention.kind === 'department') === true;
      const named =
        leading ||
        (afterSentence && offices) ||
        (closesSentence && offices && department) ||
        clause?.entries.some((e) => e.role !== null) ||
        readClauseLabel(content.trim());
      if (clause && named) found.push({ clause, start: open, end: i + 1 });
    }
  }
  return found;
}

/** Firms and other bodies that are not offices (`某某集团有限公司`), named in brackets as examples, not as units. */
const FIRM = /(公司|集团|企业|银行|合作社|工厂|厂)$/;

/** A whole line in one pair of brackets. */
const WRAPPED_LINE = /^[([]([^()[\]]*(?:\([^()]*\)[^()[\]]*)*)[)\]]$/;

/** How many brackets are open at `to`, counting from `from`. */
function bracketDepth(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    else if ((text[i] === ')' || text[i] === ']') && depth > 0) depth--;
  }
  return depth;
}

/**
 * Units, then 负责 (or 要) and the task they answer for, opening an item (`区财政局负责村庄环境整治专项经费的落实`,
 * `区环保局要加强工业污染源的环境管理`).
 */
const DUTY_OPENING =
  /^([^,。;:()、]{2,20}?(?:、[^,。;:()、]{2,20}){0,5}?)(?:牵头负责|负责|牵头(?![单部]|领导)|要(?![求素点闻件案务]))(?![人同领干])(?=[\u4e00-\u9fff])/;
/** Role words standing for units (`牵头单位负责统筹`, `各责任单位负责…`): no unit of their own. */
const ROLE_WORD_UNIT = /(牵头|责任|配合|协同|成员|业主|施工|建设|监理)(单位|部门)$/;
/** Words of time or manner before the units (`年内市住建局负责…`, `依托市大数据局负责…`): no opening of units. */
const NOT_UNITS_FIRST = /^(年内|年底|全年|今年|依托|对接|按照|根据|通过|在|对|向|与|和|同时|并)/;

/** A leader named before the units (`由杨志武副市长负责,`): a person, not a unit; the text keeps it. */
const LEADER_FIRST =
  /^由[\u4e00-\u9fff]{2,4}(常务)?副?(省长|市长|县长|区长|州长|书记|主任|秘书长)(同志)?(负责|牵头|分管),/;

/**
 * Units with their roles opening the item's text (`市发改委牵头,相关部门配合,尽快完成…`), where the item has no other
 * clause: the parts up to each comma, while every one names units with a role.
 */
function openingClause(
  body: SourceText,
  from: number,
  to: number,
  registry: UnitRegistry,
  sink: DiagnosticSink,
): { clause: UnitClause; start: number; end: number } | undefined {
  const text = body.text;
  let at = from;
  while (at < to && text[at] === ' ') at++;
  // A start inside brackets (`推进改革。(市委改革办牵头,并督促…)`) is a bracket's clause, read as such elsewhere.
  if (/[([]/.test(text[at] ?? '') || bracketDepth(text, 0, at) > 0) return undefined;
  at += LEADER_FIRST.exec(text.slice(at, to))?.[0].length ?? 0;
  const ctx = { registry, sink: new DiagnosticSink(), position: (offset: number) => body.position(offset) };
  let end = -1;
  for (let k = at; k < to;) {
    const comma = text.indexOf(',', k);
    if (comma < 0 || comma >= to) break;
    const part = parseUnitClause(text.slice(k, comma), k, 'inline', ctx);
    if (!part || part.entries.length === 0 || part.entries.some((e) => e.role === null)) break;
    end = comma;
    k = comma + 1;
  }
  // After the clause its comma; after a duty opening (`区住建局负责全区村庄环境整治…`: the units, then 负责 and the
  // task they answer for, as a duty split writes its paragraphs) the task itself.
  let next = end + 1;
  let bare = false;
  if (end < 0) {
    const duty = DUTY_OPENING.exec(text.slice(at, to));
    if (
      !duty?.[1] ||
      ROLE_WORD_UNIT.test(duty[1]) ||
      NOT_UNITS_FIRST.test(duty[1]) ||
      !readUnitList(duty[1], at, ctx).allUnitLike
    )
      return undefined;
    // `区环保局要加强…`: 要 gives the work but is no role word; the units alone are the clause, read as a cell. Said of
    // everyone (`各县区要新建…`) it is the task's wording, not a unit's duty.
    bare = /要$/.test(duty[0]);
    if (bare && duty[1].split('、').some(looksLikeCollective)) return undefined;
    end = bare ? at + duty[1].length : at + duty[0].length;
    next = at + duty[0].length;
  }
  const clause = parseUnitClause(text.slice(at, end), at, bare ? 'bare' : 'inline', {
    registry,
    sink,
    position: (offset) => body.position(offset),
  });
  return clause ? { clause, start: at, end: next } : undefined;
}

/** Reads the units of an item, updating the standing rules. */
export function resolveItemUnits(
  sources: UnitSources,
  rules: StandingRules,
  registry: UnitRegistry,
  sink: DiagnosticSink,
): ItemUnits {
  const { body } = sources;
  const last = findClause(body, sources.markerLength, registry, sink);
  // A labelled clause with the item's text going on after its sentence stands inside the text, as an inner clause.
  const closesText = last.end === undefined;
  const found = closesText ? last : { start: body.text.length };
  const bareItem =
    !found.clause || found.clause.entries.every((e) => e.role !== 'lead' && e.role !== 'cooperate');
  const inner = innerClauses(body, sources.markerLength, found.start, registry, sink, bareItem);
  if (!closesText && last.clause)
    inner.push({ clause: last.clause, start: last.start, end: last.end ?? last.start });
  if (!found.clause && inner.length === 0 && sources.unitLines.length === 0 && sources.cells.length === 0) {
    // At the item's start, or after its title: its first line, or its first sentence.
    const firstStop = body.text.indexOf('。', sources.markerLength);
    const starts = [sources.markerLength, body.lineStarts()[0], firstStop < 0 ? undefined : firstStop + 1];
    const opening = starts
      .filter((start): start is number => start !== undefined && start < found.start)
      .map((start) => openingClause(body, start, found.start, registry, sink))
      .find((clause) => clause !== undefined);
    if (opening) inner.push(opening);
  }
  const clauses: Array<{ clause: UnitClause; text: SourceText }> = inner.map(({ clause }) => ({
    clause,
    text: body,
  }));
  if (found.clause) clauses.push({ clause: found.clause, text: body });
  const read = (text: SourceText, role: Role | null): void => {
    // A unit line in brackets of its own (`〔牵头单位:…;责任单位:…〕`, `(牵头单位:…)`) is read inside them; one set
    // off by a dash (`──由市卫生局会同有关部门组织落实。`) after it.
    const wrapped = WRAPPED_LINE.exec(text.text);
    const dash = wrapped ? 0 : (LEADING_DASH.exec(text.text)?.[0].length ?? 0);
    const clause = parseUnitClause(
      wrapped?.[1] ?? text.text.slice(dash),
      wrapped ? 1 : dash,
      'labelled',
      { registry, sink, position: (offset) => text.position(offset) },
      role,
    );
    if (clause) clauses.push({ clause, text });
  };
  for (const line of sources.unitLines) read(line, null);
  for (const cell of sources.cells) read(cell.text, cell.role);
  // A heading's leads (`一、…(县政务服务中心牵头)`) lead the items under it that name no lead of their own.
  const ownLead = clauses.some((c) => !c.text.heading && c.clause.entries.some((e) => e.role === 'lead'));
  if (ownLead)
    for (const c of clauses)
      if (c.text.heading)
        c.clause = { ...c.clause, entries: c.clause.entries.filter((e) => e.role !== 'lead') };

  let firstIsLead = rules.firstIsLead;
  const inherited = [...rules.carried];
  let deadline: ItemUnits['deadline'];
  for (const { clause, text } of clauses) {
    sink.merge(clause.diagnostics);
    if (clause.firstIsLead) firstIsLead = true;
    if (clause.deadline && !deadline)
      deadline = { text: clause.deadline.text, at: text.position(clause.deadline.offset) };
    const at = body.position(found.start);
    if (clause.firstIsLead && clause.sameBelow && !rules.firstIsLead) {
      rules.firstIsLead = true;
      sink.add('carried-rule', at, {}, 'same-below');
    }
    if (clause.carried.length > 0) {
      rules.carried.push(...clause.carried);
      sink.add('carried-rule', at, { units: clause.carried.map((e) => e.mention.name) }, 'units');
    }
  }
  const all = clauses.flatMap(({ clause }) => clause.entries);
  // `A、B负责` names no lead: where the first listed leads, 负责 does not say otherwise.
  const explicit = all.some((e) => e.role === 'lead' || e.role === 'cooperate');
  const byRole: Record<Role, UnitMention[]> = { lead: [], cooperate: [], responsible: [] };
  // Where each unit was placed, and whether its role was named there.
  const seen = new Map<string, { role: Role; named: boolean }>();
  const place = (mention: UnitMention, role: Role, named: boolean): void => {
    const before = seen.get(mention.name);
    // A unit named with its role (牵头单位 column) takes it when a list without roles named it first (责任单位); one
    // that an item's other clause names as lead (`…市水务局参与。…` then `(…、市水务局牵头)`) leads.
    const takes =
      named && ((!before?.named && role !== 'responsible') || (role === 'lead' && before?.role !== 'lead'));
    if (before && !takes) return;
    if (before) {
      const list = byRole[before.role];
      list.splice(
        list.findIndex((m) => m.name === mention.name),
        1,
      );
    }
    seen.set(mention.name, { role, named });
    byRole[role].push(mention);
  };
  // A single unit alone in a row's unit cell leads, also beside a column of cooperating units (责任单位 | 配合单位);
  // a collective alone (各科室) stands for several units: they are responsible, none of them leads.
  const roleless = all.filter((e) => e.role === null);
  const singleRowUnit =
    sources.tableRow &&
    !all.some((e) => e.role === 'lead') &&
    new Set(roleless.map((e) => e.mention.name)).size === 1 &&
    roleless[0]?.mention.kind !== 'collective';
  for (const { clause } of clauses) {
    clause.entries.forEach((entry, index) => {
      const ordered: Role =
        singleRowUnit || (firstIsLead && !explicit && index === 0) ? 'lead' : 'responsible';
      const byOrder = entry.role === null || (entry.role === 'responsible' && firstIsLead && !explicit);
      place(entry.mention, byOrder ? ordered : (entry.role as Role), !byOrder);
    });
  }
  for (const entry of inherited) place(entry.mention, entry.role ?? 'responsible', false);
  const result: ItemUnits = {
    clauseStart: found.start,
    ...byRole,
    inner: inner.map(({ start, end }) => ({ start, end })),
  };
  if (deadline) result.deadline = deadline;
  return result;
}
