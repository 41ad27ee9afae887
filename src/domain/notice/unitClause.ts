/**
 * Unit clauses: `(责任单位:X、Y牵头,Z配合)`, a bare `(X、Y)`, `[责任单位:…]`, `牵头单位:X` lines,
 * `(责任领导:张三;牵头单位:X;责任单位:Y;完成时限:…)`, `部门分工:X牵头,各地、各部门配合。` and trailing
 * sentences such as `X牵头,Y等有关单位按职责分工负责`. Also reads the one-time rules `排在首位为牵头单位,下同`
 * and `…结合实际落实,下同`, and the clause's 完成时限.
 */
import type { Role } from '../schema';
import { looksLikeUnit, looksStronglyLikeUnit } from '../units/unitShape';
import { clauseLabelAt, readClauseLabel } from './clauseLabels';
import { DiagnosticSink } from './diagnostics';
import type { UnitRegistry } from '../units/registry';
import { isBarePlace, readUnitList, type UnitListContext, type UnitMention } from './unitList';

/** A unit bound to an item with its role; `role` is null when the clause names no role for it. */
export interface ClauseEntry {
  mention: UnitMention;
  role: Role | null;
}

/** A parsed unit clause. */
export interface UnitClause {
  entries: ClauseEntry[];
  /** `排在首位为牵头单位` seen in this clause. */
  firstIsLead: boolean;
  /** The rule or units marked `下同` apply to every later item. */
  sameBelow: boolean;
  /** Entries marked `下同` (other than the first-is-lead rule) to add to every later item. */
  carried: ClauseEntry[];
  /** The text after a 完成时限 label, with its offset. */
  deadline?: { text: string; offset: number };
  /** Diagnostics found while reading, to keep only if the clause is accepted. */
  diagnostics: DiagnosticSink;
}

/** How sure the caller is that the text is a unit clause. */
export type ClauseMode = 'labelled' | 'bare' | 'inline';

const FIRST_IS_LEAD = /(首位|第一|第1).{0,6}牵头|牵头单位.{0,4}(首位|第一)/;
const ROLE_SUFFIXES: ReadonlyArray<readonly [string, Role]> = (
  [
    ['结合实际落实', 'responsible'],
    ['结合实际抓好落实', 'responsible'],
    ['分工负责', 'responsible'],
    ['分别负责', 'responsible'],
    ['分别落实', 'responsible'],
    // `此项工作由X负责组织协调`, `由Y部署,Z落实,W负责协调`: each answers for its part.
    ['负责组织协调', 'responsible'],
    ['负责协调', 'responsible'],
    ['组织协调', 'responsible'],
    ['部署', 'responsible'],
    ['共同负责', 'responsible'],
    // `各县(市、区)政府属地负责`: each answers within its own ground.
    ['属地负责', 'responsible'],
    ['属地管理', 'responsible'],
    ['具体负责', 'responsible'],
    ['负责落实', 'responsible'],
    ['具体落实', 'responsible'],
    ['抓好落实', 'responsible'],
    ['组织实施', 'responsible'],
    ['组织落实', 'responsible'],
    ['负总责', 'responsible'],
    ['参照落实', 'responsible'],
    ['参照执行', 'responsible'],
    // `法规科统筹,各职能科(室)配合`: coordinating is not a role word of its own.
    ['统筹', 'responsible'],
    ['为牵头单位', 'lead'],
    ['为牵头部门', 'lead'],
    ['为主责单位', 'lead'],
    ['为配合单位', 'cooperate'],
    ['为配合部门', 'cooperate'],
    ['为协同单位', 'cooperate'],
    ['为责任单位', 'responsible'],
    ['为责任部门', 'responsible'],
    ['分别牵头落实', 'lead'],
    ['分别牵头负责', 'lead'],
    ['分别牵头', 'lead'],
    ['牵头负责', 'lead'],
    ['牵头实施', 'lead'],
    ['牵头推进', 'lead'],
    ['牵头办理', 'lead'],
    ['主责', 'lead'],
    ['支持配合', 'cooperate'],
    ['配合支持', 'cooperate'],
    ['协作', 'cooperate'],
    ['参加', 'cooperate'],
    ['负责实施', 'responsible'],
    ['具体实施', 'responsible'],
    ['共同推进', 'responsible'],
    ['共同落实', 'responsible'],
    ['承办', 'responsible'],
    // `区市场监管局办理`, `X会同Y办理`: the offices that handle the matter answer for it.
    ['办理', 'responsible'],
    ['主办', 'lead'],
    ['协办', 'cooperate'],
    ['牵头落实', 'lead'],
    ['牵头抓总', 'lead'],
    ['牵头组织', 'lead'],
    ['牵头', 'lead'],
    ['配合落实', 'cooperate'],
    ['协同配合', 'cooperate'],
    ['协助配合', 'cooperate'],
    ['配合', 'cooperate'],
    ['协同', 'cooperate'],
    ['参与', 'cooperate'],
    ['协助', 'cooperate'],
    ['负责', 'responsible'],
    ['落实', 'responsible'],
    // `(生态环境部、国家发展改革委指导)`: ministries guiding the work answer for it.
    ['指导', 'responsible'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);
const MAX_CLAUSE = 400;
const LOOSE_NAME_FORBIDDEN = /[:\d。!?《》“”]/;

interface Part {
  text: string;
  offset: number;
}

/** A unit's name, a space, then a person's (`市民政局 伍泽国`). */
const UNIT_THEN_PERSON =
  /^(.*(?:局|委|办|厅|部|署|中心|院|会|所|站|队|室|处|科|司|府|行)) +([\u4e00-\u9fff]{2,3})$/;

/** A role word closing a list that only 、 follows (`X和Y分别牵头、Z`). */
const ROLE_BEFORE_COMMA = /(牵头|配合|参与|协同|协办|主办)$/;

/** Splits on `,` `;` `。` outside parentheses; `;`/`。` also close a label's scope. */
function splitTopLevel(
  text: string,
  base: number,
): Array<Part & { groupStart: boolean; afterStop: boolean }> {
  const parts: Array<Part & { groupStart: boolean; afterStop: boolean }> = [];
  let start = 0;
  let depth = 0;
  let groupStart = true;
  let afterStop = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (
      i === text.length ||
      (depth === 0 && (ch === ',' || ch === ';' || ch === '。')) ||
      // `经济投资局和航空口岸局分别牵头、区发改局`: a role word closes its list though only 、 follows it.
      (depth === 0 && ch === '、' && ROLE_BEFORE_COMMA.test(text.slice(start, i)))
    ) {
      parts.push({ text: text.slice(start, i), offset: base + start, groupStart, afterStop });
      groupStart = ch !== ',' && ch !== '、';
      afterStop = ch === '。';
      start = i + 1;
    }
  }
  return parts;
}

/**
 * `牵头单位:X 配合单位:Y` — labels separated only by spaces: the spaces before a label become `;` (same length, so
 * offsets hold).
 */
function separateLabels(text: string): string {
  if (!text.includes(' ')) return text;
  let out = text;
  for (const m of text.matchAll(/ +/g)) {
    const next = m.index + m[0].length;
    if (m.index > 0 && clauseLabelAt(text, next))
      out = `${out.slice(0, m.index)}${';'.repeat(m[0].length)}${out.slice(next)}`;
  }
  return out;
}

/** A context for reading text only to see whether it is a unit clause: its notes are not kept. */
export function probeContext(registry: UnitRegistry): UnitListContext {
  return { registry, sink: new DiagnosticSink(), position: () => ({ line: 1, column: 1 }) };
}

/** `除专门列出外`: the note opening a sentence that names units for every item. */
const EXCEPT_WORDS = '除(?:专门|单独|另行)?(?:列出|注明|明确)(?:的)?外';
/** `不再列出`, `不再做分工`, `不再重复`: the note closing such a sentence. */
const NOT_LISTED_WORDS = '不再(?:一一|逐一|逐项|单独|重复)?(?:列出|重复列出|列明|做分工|分工|重复)';

/** Whether a text says its units are not listed again below (`以下不再单独列出`). */
export const NOT_LISTED = new RegExp(NOT_LISTED_WORDS);

/** `以下均需X落实`, `具体任务均涉及X`: units named once for every item from here on. */
const STANDING_UNITS = new RegExp(
  `^(?:${EXCEPT_WORDS})?(?:以下|下列|具体任务|各项任务|所有任务|上述任务)(?:各项任务|各项工作|各项|任务|工作|(?:政策)?措施|事项|[\u4e00-\u9fff]{1,4}(?=均|都))?(?:均|都)?(?:需|须|由|要|涉及)?(.+?)(?:负责落实|负责|落实|抓好落实|参与)?$`,
);
const EXCEPT_LISTED = new RegExp(`^${EXCEPT_WORDS}$`);
const NOT_LISTED_AGAIN = new RegExp(`^(?:以下)?${NOT_LISTED_WORDS}$`);
/** `各市州、县市区人民政府均为责任单位`: units that answer for the item (and, with 以下不再列出, for every later one). */
const ALL_ANSWER = /^(.+?)(?:均|都)(?:为|是)(?:责任|落实)单位$/;

/** A bracketed note saying the first unit listed leads. */
const RULE_NOTE = /\(([^()]*)\)/g;

/** The clause with a first-listed-leads note blanked out (same length, so offsets hold), or undefined when none. */
function ruleNote(content: string): { rest: string; sameBelow: boolean } | undefined {
  for (const m of content.matchAll(RULE_NOTE)) {
    const inner = m[1] ?? '';
    if (!FIRST_IS_LEAD.test(inner)) continue;
    const rest = content.slice(0, m.index) + ' '.repeat(m[0].length) + content.slice(m.index + m[0].length);
    return { rest, sameBelow: inner.includes('下同') };
  }
  // `X、Y负责。列第一位者为牵头部门或单位,其他有关部门和单位按职责分工负责,下同`: the note is the clause's last sentence.
  let stop = RULE_SENTENCE.exec(content);
  // `…负责。…由排名首位的部门牵头负责。下同`: 下同 a sentence of its own after the note.
  const below = stop?.[1] !== undefined && /^下同。?$/.test(stop[1].trim());
  if (stop && below) stop = RULE_SENTENCE.exec(content.slice(0, stop.index));
  if (stop?.[1] && FIRST_IS_LEAD.test(stop[1])) {
    const rest = content.slice(0, stop.index) + ' '.repeat(content.length - stop.index);
    return { rest, sameBelow: below || stop[1].includes('下同') };
  }
  return undefined;
}

/** The clause's last sentence, after a full stop or semicolon. */
const RULE_SENTENCE = /[。;]([^。;]+)$/;

/** The role phrase a part ends with, if any. */
function roleSuffix(text: string, mode: ClauseMode): { role: Role; length: number } | undefined {
  const duty = BY_DUTY.exec(text);
  if (duty) return { role: duty[6]?.startsWith('牵头') ? 'lead' : 'responsible', length: duty[0].length };
  for (const [phrase, role] of ROLE_SUFFIXES) {
    // `…事项可在市政务服务中心办理` in prose is where a matter is handled, not who answers for it: a bare 办理 closes
    // a clause only in brackets, cells and labelled lines.
    if (phrase === '办理' && mode === 'inline') continue;
    if (text.endsWith(phrase)) return { role, length: phrase.length };
  }
  return undefined;
}

/**
 * `按职责分工负责`, `按照职能分别落实`, `依据各自职责抓好落实`: the units answer by their duties (responsible);
 * `按照职责牵头负责`: each leads its part (lead).
 */
const BY_DUTY =
  /(按|按照|根据|依|依照|依据)(各自)?(职责|职能)(分工)?(分别)?(牵头负责|牵头落实|牵头|负责|落实|抓好落实|组织实施)$/;

/**
 * Reads the content of a unit clause at offset `base`. Returns null when the text is not a unit clause for `mode`:
 * a bare parenthesis must hold only unit-shaped names, an inline sentence must also name roles. `defaultRole` is the
 * role of units the clause itself names no role for (a table column such as 配合单位).
 */
export function parseUnitClause(
  content: string,
  base: number,
  mode: ClauseMode,
  context: UnitListContext,
  defaultRole: Role | null = null,
): UnitClause | null {
  const diagnostics = new DiagnosticSink();
  const ctx: UnitListContext = { ...context, sink: diagnostics };
  const entries: ClauseEntry[] = [];
  const carried: ClauseEntry[] = [];
  let deadline: UnitClause['deadline'];
  let firstIsLead = false;
  let sameBelow = false;
  let labelled = false;
  let scope: 'role' | 'person' | 'deadline' = 'role';
  let currentLabelRole: Role | null = defaultRole;
  let lastPartEntries: ClauseEntry[] = [];
  let openEntries: ClauseEntry[] = [];
  // `X牵头;A、B,C、D,各州、市人民政府配合`, `X分别牵头,A、B,C配合`: once a role has been named, the role closing the
  // next run of parts is every one of its units' (the `,` only parts kinds of units).
  let groupEntries: ClauseEntry[] = [];
  let rolesNamed = 0;
  let lastHadRole = false;
  // Names a label brings in may be of any shape (`牵头单位:办公室`), up to the end of its sentence: after `。`, only
  // names shaped as units go on (`牵头部门:市交通局。建设进度较慢的县区为舒城县。` names one unit).
  let inLabelSentence = mode === 'labelled';
  let areaLabel = false;
  // `…、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`: a note on the list, not a name.
  const note = ruleNote(content);
  if (note) {
    firstIsLead = true;
    sameBelow ||= note.sameBelow;
  }
  for (const part of splitTopLevel(separateLabels(note?.rest ?? content), base)) {
    if (part.groupStart) {
      currentLabelRole = defaultRole;
      scope = 'role';
      groupEntries = [];
    }
    let text = part.text.trim();
    let offset = part.offset + (part.text.length - part.text.trimStart().length);
    const label = readClauseLabel(text);
    if (part.afterStop) inLabelSentence = false;
    if (label) {
      labelled = true;
      // `责任区域:城区段及沿河两岸`: under a label of places, only names shaped as units or places are units.
      areaLabel = /(地区|区域)$/.test(text.slice(0, label.length).replace(/[:\]\s]+$/, ''));
      inLabelSentence = !areaLabel;
      scope = label.kind;
      if (label.kind === 'role') currentLabelRole = label.role;
      offset += label.length;
      text = text.slice(label.length).trimStart();
    }
    if (text === '') continue;
    if (scope === 'person') continue;
    if (scope === 'deadline') {
      deadline ??= { text, offset };
      continue;
    }
    if (text === '下同') {
      sameBelow = true;
      carried.push(...lastPartEntries);
      lastPartEntries = [];
      continue;
    }
    // `以下均需各县市、区政府落实,不再列出`: units for this item and every later one, named once.
    if (NOT_LISTED_AGAIN.test(text) || EXCEPT_LISTED.test(text)) continue;
    // Units that answer for this item and, when the note says so, for every later one.
    const standing = STANDING_UNITS.exec(text);
    const answering = standing ? undefined : ALL_ANSWER.exec(text);
    const named = standing?.[1] ?? answering?.[1];
    if (named) {
      const list = readUnitList(named, offset + text.indexOf(named), ctx);
      if (list.mentions.length > 0 && list.allUnitLike) {
        const answeringEntries = list.mentions.map((mention) => ({ mention, role: null }));
        entries.push(...answeringEntries);
        if (standing || NOT_LISTED.test(content)) {
          carried.push(...answeringEntries);
          sameBelow = true;
        }
        lastPartEntries = [];
        continue;
      }
    }
    if (FIRST_IS_LEAD.test(text)) {
      firstIsLead = true;
      lastPartEntries = [];
      continue;
    }
    // 由X牵头; 此项工作由X负责; 其中X牵头 (naming again a unit of the list before it, with its role).
    const opener = /^(?:(?:此项|该项|本项|这项|上述)工作)?(由|其中)/.exec(text);
    if (opener) {
      text = text.slice(opener[0].length);
      offset += opener[0].length;
    }
    // `由市委宣传部部署`: 部署 names who does the work only after 由 (`按照县委县政府部署` names no unit).
    const found = roleSuffix(text, mode);
    const suffix = found && text.endsWith('部署') && !opener ? undefined : found;
    if (suffix) {
      text = text.slice(0, text.length - suffix.length);
      rolesNamed++;
    }
    lastHadRole = suffix !== undefined;
    if (text.trim() === '') return null;
    // `市民政局 伍泽国` in a 牵头单位及主要负责人 cell: the person beside the unit is not a unit.
    const person = UNIT_THEN_PERSON.exec(text);
    const tail = person?.[2] ?? '';
    if (
      person?.[1] &&
      !looksLikeUnit(tail) &&
      !ctx.registry.lookup(tail).known &&
      readUnitList(person[1], offset, probeContext(ctx.registry)).allUnitLike
    ) {
      // Said to the office: a short unit's name (`城管`) could be taken for a person's.
      ctx.sink.add('person-left-out', ctx.position(offset + text.length - tail.length), {
        text,
        person: tail,
      });
      text = person[1];
    }
    const list = readUnitList(text, offset, ctx);
    if (!list.allUnitLike) {
      const looseOk =
        // `责任地区:芦淞区、荷塘区`: places named bare under a label of places are their governments.
        (areaLabel && list.mentions.every((m) => isBarePlace(m.written) || looksLikeUnit(m.written))) ||
        (inLabelSentence &&
          list.mentions.every((m) => m.written.length <= 40 && !LOOSE_NAME_FORBIDDEN.test(m.written)));
      // A sentence after the units (`。建设进度较慢的县区为舒城县`) ends the clause; it is no part of it.
      if (!looseOk && part.afterStop && labelled && entries.length > 0) break;
      if (!looseOk) return null;
    }
    lastPartEntries = list.mentions.map((mention) => ({
      mention,
      role: mention.roleHint ?? suffix?.role ?? currentLabelRole,
    }));
    // `区财政局、区水务局等部门,区国投公司配合`: a list left open with 等 goes on in the next part and takes its role.
    if (suffix) {
      for (const entry of openEntries) if (entry.role === null) entry.role = suffix.role;
      openEntries = [];
      // (rolesNamed counts this part's role too: a role was named before it.)
      if (rolesNamed > 1) for (const entry of groupEntries) if (entry.role === null) entry.role = suffix.role;
      groupEntries = [];
    } else if (list.open && currentLabelRole === null) openEntries = lastPartEntries;
    else openEntries = [];
    if (!suffix && currentLabelRole === null) groupEntries.push(...lastPartEntries);
    // A unit named again with a role (`责任单位:X、Y,其中X牵头`) takes that role in its first place.
    lastPartEntries = lastPartEntries.filter((entry) => {
      const earlier = entries.find((e) => e.mention.name === entry.mention.name);
      if (!earlier) return true;
      if (entry.role === 'lead' || entry.role === 'cooperate') earlier.role = entry.role;
      return false;
    });
    entries.push(...lastPartEntries);
  }
  if (entries.length === 0 && !labelled) return null;
  if (mode === 'inline' && (rolesNamed === 0 || !lastHadRole)) return null;
  if (
    mode === 'bare' &&
    !labelled &&
    entries.length === 1 &&
    // A role word after the name (`(县妇联牵头)`) says it is a unit.
    entries[0]?.role === null &&
    !entries[0]?.mention.known &&
    !entries[0]?.mention.roleHint &&
    !looksStronglyLikeUnit(entries[0]?.mention.written ?? '')
  ) {
    return null;
  }
  const clause: UnitClause = { entries, firstIsLead, sameBelow, carried, diagnostics };
  if (deadline) clause.deadline = deadline;
  return clause;
}

/** Finds a bracket `(…)` or `[…]` that closes the text (before trailing `。` and spaces): [open, close] offsets. */
export function trailingBracket(text: string, end: number): { open: number; close: number } | undefined {
  let close = end - 1;
  while (close >= 0 && (text[close] === '。' || text[close] === ' ' || text[close] === ';')) close--;
  const closer = text[close];
  if (closer !== ')' && closer !== ']') return unclosedBracket(text, close);
  let depth = 0;
  // A unit clause is short; giving up after a bounded distance keeps unbalanced input linear.
  for (let i = close; i >= 0 && close - i <= MAX_CLAUSE; i--) {
    const ch = text[i];
    if (ch === ')' || ch === ']') depth++;
    else if (ch === '(' || ch === '[') {
      depth--;
      if (depth === 0) return { open: i, close };
    }
  }
  return undefined;
}

/**
 * A bracket a damaged copy never closed (`…3家。(区发改委主办,区科技局协办`): from the last `(` with nothing closed
 * after it to the end; the caller still reads its content as a unit clause or not at all.
 */
function unclosedBracket(text: string, last: number): { open: number; close: number } | undefined {
  for (let i = last; i >= 0 && last - i <= MAX_CLAUSE; i--) {
    const ch = text[i];
    if (ch === ')' || ch === ']' || ch === '。') return undefined;
    if (ch === '(' || ch === '[') return { open: i, close: last + 1 };
  }
  return undefined;
}

/** Finds a `责任单位:` style label outside brackets; returns the offset of the first one (the clause runs to the end). */
export function lastLabel(text: string, end: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0 && clauseLabelAt(text, i)) return i;
    else if (ch === '[') depth++;
    else if (ch === ']' && depth > 0) depth--;
  }
  return undefined;
}

/**
 * Finds a trailing sentence of units and roles (`X、Y牵头,Z配合`): the longest run of comma parts at the end of the
 * last sentence that reads as a clause. Returns its start offset and clause.
 */
export function trailingRoleSentence(
  text: string,
  end: number,
  context: UnitListContext,
): { start: number; clause: UnitClause } | undefined {
  let stop = end;
  while (stop > 0 && (text[stop - 1] === '。' || text[stop - 1] === ' ')) stop--;
  let sentenceStart = stop;
  while (sentenceStart > 0 && text[sentenceStart - 1] !== '。' && stop - sentenceStart < 200) sentenceStart--;
  let best: { start: number; clause: UnitClause } | undefined;
  let depth = 0;
  // Try each comma boundary from the right; the first (shortest) clause that fails ends the search.
  for (let i = stop - 1; i >= sentenceStart - 1; i--) {
    const ch = text[i];
    if (ch === ')' || ch === ']') depth++;
    else if ((ch === '(' || ch === '[') && depth > 0) depth--;
    if (i !== sentenceStart - 1 && !(depth === 0 && (ch === ',' || ch === ';'))) continue;
    const start = i + 1;
    const clause = parseUnitClause(text.slice(start, stop), start, 'inline', context);
    if (!clause) break;
    best = { start, clause };
  }
  return best;
}

/** Whether a line or an item's text ends with a unit clause: a bracket of units, a labelled list or a role sentence. */
export function hasUnitClause(text: string, registry: UnitRegistry): boolean {
  const ctx = probeContext(registry);
  const bracket = trailingBracket(text, text.length);
  if (bracket && parseUnitClause(text.slice(bracket.open + 1, bracket.close), 0, 'bare', ctx)) return true;
  if (lastLabel(text, text.length) !== undefined) return true;
  return trailingRoleSentence(text, text.length, ctx) !== undefined;
}
