/** Splits a list of unit names on `、`, keeping multi-part names whole and expanding abbreviated names. */
import type { Role, UnitKind } from '../schema';
import type { UnitRegistry } from '../units/registry';
import { looksLikeUnit, TOWN_STATION } from '../units/unitShape';
import type { DiagnosticSink, Position } from './diagnostics';

/** A unit as mentioned in the notice, resolved to its canonical name. */
export interface UnitMention {
  /** The name as written (after expansion of an abbreviation). */
  written: string;
  name: string;
  kind: UnitKind;
  known: boolean;
  /** Offset of the mention in the text it was read from. */
  offset: number;
  /** Where the mention is in the notice. */
  at: Position;
  /** Role written with the name, as in `省发展改革委(牵头)` or `区发改局★` (★ marks the lead). */
  roleHint?: Role;
}

/** The result of reading a list: its mentions, whether it ended with 等部门 and whether every name looked like a unit. */
export interface UnitList {
  mentions: UnitMention[];
  open: boolean;
  allUnitLike: boolean;
}

/** Context needed to resolve names and report what was guessed. */
export interface UnitListContext {
  registry: UnitRegistry;
  sink: DiagnosticSink;
  position: (offset: number) => Position;
}

/**
 * `等`, `等有关部门`, `等部门、单位`, `等公共企事业单位行业主管部门`, `等有关处室(单位)`: the list is left open; the words after
 * 等 name no unit.
 */
const OPEN_SUFFIX =
  /等([\u4e00-\u9fff]{0,14}(单位|部门|机构|处室|科室|股室)(\([^()]{1,6}\))?([、和及与](单位|部门|机构))?)?$/;
/** A bracket's words before 牵头 that say the lead passes among units (`(轮流牵头)`), not that this one leads. */
const OTHER_LEAD = /各自|轮流/;
// `区统计局(数据统计评估牵头单位)`: what the unit leads may be said in the bracket with its role.
const ROLE_HINT =
  /[([][^()[\]]{0,12}?(牵头|配合|协同|主责)(?:单位|部门)?[)\]]$|(?<=[局委办厅署室处科部门位心])(牵头|配合|协同)$/;
/**
 * Marks of the lead unit: ★ (☆), ▲ (△) in some counties' 责任清单, and a single `*` after the name (several mask a
 * name on a published copy: `****分局`).
 */
const LEAD_MARK = /[★☆▲△]|(?<!\*)\*(?!\*)/;
const LEAD_STAR = new RegExp(LEAD_MARK.source, 'g');
/** `市发展和改革委员会(以下简称市发改委)`: the notice names the unit by its short name from here on. */
const SHORT_NAME = /\((?:以下)?简称:?[“"]?([^()“”"]+?)[”"]?\)$/;
const hasStar = (text: string): boolean => LEAD_MARK.test(text);
/** A level written before a name; 市场监管局 begins with 市场 (market), not 市. */
const LEVEL_PREFIX = /^(省|市(?!场)|县|区)/;
const CITY_PREFIX = /^([\u4e00-\u9fff]{2,3}(市|县|区))/;
const ABBREVIABLE = /(厅|局|委|办|委员会)$/;
/** Names that carry their own level or parent (`海曙自然资源规划分局` names its place before 分局). */
const NOT_ABBREVIATED = /^(省|市(?!场)|县|区|各|全体|相关|有关|国家|中国|人民|团|中共)|分局$/;

interface Part {
  text: string;
  offset: number;
  /** A place written before a unit whose suffix it shares (`江岸` in `江岸、江汉、武昌区人民政府`). */
  sharesSuffix?: boolean;
}

/**
 * Words that join two unit names: `X及Y`, `X和Y`, `X以及Y`, `X会同Y`. 会同 is no role word: the units it joins take
 * the clause's role (`X会同Y负责`: both responsible), as offices label them.
 */
const CONJUNCTIONS = ['以及', '会同', '及', '和'] as const;
const BARE_SUFFIX = /^((人民)?政府|管委会|管理委员会|党工委)$/;
/** A party committee named bare (`市委`), which cannot stand alone before another organ's office. */
const BARE_PARTY = /^(省|市|州|县|区|盟|旗)?(党)?委$/;
/** The same level's government with an office after it (`市政府督查室`, `县政府办公室`). */
const GOVERNMENT_OFFICE = /^(省|市|州|县|区|盟|旗)?(人民)?政府.*(室|办|办公室|中心)$/;
/** Longer text is not a few joined unit names. */
const MAX_JOINED = 160;

/** Splits on `、` outside parentheses, taking known multi-part names whole. */
function splitParts(list: string, base: number, multiPart: readonly string[]): Part[] {
  const parts: Part[] = [];
  let start = 0;
  let depth = 0;
  let i = 0;
  while (i < list.length) {
    if (i === start) {
      const whole = multiPart.find((name) => list.startsWith(name, i));
      if (whole) {
        i += whole.length;
        continue;
      }
    }
    const ch = list[i];
    // 〈〉 nest a note inside a name (`各区人民政府〈含开发区、风景区〉`), as brackets do.
    if (ch === '(' || ch === '[' || ch === '〈') depth++;
    else if ((ch === ')' || ch === ']' || ch === '〉') && depth > 0) depth--;
    else if (ch === '、' && depth === 0) {
      parts.push({ text: list.slice(start, i), offset: base + start });
      start = i + 1;
    }
    i++;
  }
  parts.push({ text: list.slice(start), offset: base + start });
  return parts;
}

/** Where one name ends and the next begins with its level (`区发改局|区统计局`). */
const RUN_TOGETHER =
  /(?<=(局|委|办|厅|署|中心|公司|集团|分局|管委会|联社|院|馆))(?=(省|市|区|县)[\u4e00-\u9fff]{1,10}(局|委|办|厅|署|中心|公司|集团|管委会|联社|院|馆)(?:$|(省|市|区|县)))/g;

/** Where one station ends and another begins (`派出所|工商质监所`); every piece must be a station for the split. */
const STATIONS_RUN_TOGETHER = /(?<=[所站])(?=[\u4e00-\u9fff]{1,6}[所站])/g;

/**
 * `区发改局区统计局`: a table cell whose line breaks were lost runs its units together. Split where a name ends and
 * another begins with its level, when every piece is unit-shaped and the whole is not a name the registry knows;
 * `市委市政府督查室` (a joint office) stays whole.
 */
function splitRunTogether(part: Part, ctx: UnitListContext): Part[] {
  const text = part.text.trim();
  if (text.length < 6 || ctx.registry.lookup(text).known || BARE_PARTY.test(text.slice(0, 2))) return [part];
  let cuts = [...text.matchAll(RUN_TOGETHER)].map((m) => m.index);
  // `派出所工商质监所`: a town's stations run together, no level before them; each piece must name a station.
  const stations = cuts.length === 0;
  if (stations) cuts = [...text.matchAll(STATIONS_RUN_TOGETHER)].map((m) => m.index);
  if (cuts.length === 0) return [part];
  const lead = part.text.indexOf(text);
  const pieces: Part[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    pieces.push({ text: text.slice(from, cut), offset: part.offset + lead + from });
    from = cut;
  }
  // `中心区交通项目管理中心` is one name: a piece that is only a suffix (`中心`) names no body.
  return pieces.every(
    (p) =>
      !BARE_SUFFIX_ONLY.test(p.text) &&
      (stations ? TOWN_STATION.test(p.text) : looksLikeUnit(p.text) || ctx.registry.lookup(p.text).known),
  )
    ? pieces
    : [part];
}

/** A suffix with no name before it. */
const BARE_SUFFIX_ONLY = /^(局|委|办|厅|署|中心|公司|集团|分局|管委会)$/;

/** `市发改委 市财政局`: units listed with spaces between them (table cells, Word pastes), when every piece is a unit. */
function splitOnSpaces(part: Part, ctx: UnitListContext): Part[] {
  const text = part.text.trim();
  if (!text.includes(' ')) return [part];
  const pieces: Part[] = [];
  const lead = part.text.indexOf(text);
  for (const m of text.matchAll(/[^ ]+/g)) pieces.push({ text: m[0], offset: part.offset + lead + m.index });
  const unitLike = (p: Part) =>
    looksLikeUnit(p.text.replace(LEAD_STAR, '')) || ctx.registry.lookup(p.text).known;
  if (pieces.length > 1 && pieces.every(unitLike)) return pieces;
  // `节能与综合 利用司`: one name a narrow cell wrapped; `省编办 (省审改办)`: a space before a name's own bracket. The
  // space is not part of it.
  const joined = text.replace(/(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff(])/g, '');
  return joined !== text && unitLike({ text: joined, offset: 0 })
    ? [{ ...part, text: joined, offset: part.offset + lead }]
    : [part];
}

/** A matter, then 由 and the unit doing it (`执法事项清单由`), at the list's start or after 、; not 自由 (自由贸易试验区). */
const MATTER_BY = /(^|、)([\u4e00-\u9fff]{2,12}?[^自、])由(?!贸)/g;

/** Kinds of body written bare (`单位` in `各有关部门和单位`): no unit of their own. */
const BARE_BODY = /^(单位|部门|机构|企业|组织|团体)$/;

/**
 * `市科技局及各县(市、区)人民政府`, `市财政局和市人力资源和社会保障局`: splits on a joining word only where every
 * piece is unit-shaped, so 和 inside a name (市工业和信息化局) stays.
 */
function splitConjunctions(part: Part, ctx: UnitListContext): Part[] {
  const isUnit = (text: string) =>
    looksLikeUnit(text.replace(LEAD_STAR, '')) || ctx.registry.lookup(text).known;
  // Each rest is tried once (by its offset), so a long run of joined names stays linear-ish rather than exponential.
  const tried = new Map<number, Part[] | undefined>();
  const split = (text: string, offset: number): Part[] | undefined => {
    if (tried.has(offset)) return tried.get(offset);
    tried.set(offset, undefined);
    const found = splitOnce(text, offset);
    tried.set(offset, found);
    return found;
  };
  const splitOnce = (text: string, offset: number): Part[] | undefined => {
    let depth = 0;
    for (let i = 1; i < text.length; i++) {
      const ch = text[i];
      if (ch === '(' || ch === '[' || ch === '〈') depth++;
      else if ((ch === ')' || ch === ']' || ch === '〉') && depth > 0) depth--;
      if (depth > 0) continue;
      const word = CONJUNCTIONS.find((w) => text.startsWith(w, i));
      if (!word) continue;
      // `全国总工会等和各省级人民政府`: a list closed by 等, then the joining word.
      const left = text.slice(0, text[i - 1] === '等' ? i - 1 : i);
      if (!isUnit(left)) continue;
      const rest = text.slice(i + word.length);
      // 各有关部门和单位: a bare kind of body after the joining word is more of the same collective; the name is one.
      if (BARE_BODY.test(rest)) continue;
      // 各县(市、区)党委和政府, 高新区党工委和管委会: a bare organ after the joining word shares the place before it;
      // the name is one.
      if (BARE_SUFFIX.test(rest)) continue;
      // 市委和市政府督查室: the two share the office after the second organ; the name is one (as written).
      if (BARE_PARTY.test(left) && GOVERNMENT_OFFICE.test(rest)) continue;
      // The rest parted again where it joins units itself (`有关部门和各县市区`), else whole.
      const whole = isUnit(rest) ? [{ text: rest, offset: offset + i + word.length }] : undefined;
      const pieces = split(rest, offset + i + word.length) ?? whole;
      if (!pieces) continue;
      return [{ text: left, offset }, ...pieces];
    }
    return undefined;
  };
  const text = part.text.trim();
  if (text.length > MAX_JOINED || (isUnit(text) && ctx.registry.lookup(text).known)) return [part];
  const lead = part.text.indexOf(text);
  return split(text, part.offset + lead) ?? [part];
}

function levelPrefix(name: string): string | undefined {
  const level = LEVEL_PREFIX.exec(name);
  if (level?.[1]) return level[1];
  return CITY_PREFIX.exec(name)?.[1];
}

/**
 * `各区`, `相关市`, `市`, `各市(县)`: the opening kind of place of an enumeration that the next part ends
 * (`各区、县(市)政府`, `市、县(区)司法行政主管部门`, `各市(县)、区政府`).
 */
const OPEN_PLACE_KIND =
  /^(各有关|各|相关|有关)?(省|市|州|盟|县|区|旗|乡|镇|县市|市县|县区|区县|市州)(\([^()]{1,6}\))?$/;
/** Kinds of place named bare after a collective's first (`县级市` in `各区、县级市`): more of the same collective. */
const BARE_PLACE_KIND = /^(省|市|州|盟|县|区|旗|县级市|县市|市县|县区|区县|市州)$/;
/**
 * The closing part of such an enumeration: another kind of place (or 中直, the central bodies there: `省、中直负有…职责的
 * 部门`), then the organ they share (政府, 部门); a bureau
 * only after a bracketed list of places (`县(市、区)教育局`), since `市财政局` after `各县(市、区)` is an office of its own.
 */
const CLOSING_PLACE_KIND =
  /^(省|市|州|盟|县|区|旗|乡|镇|中直|省直|市直|县直)((\([^()]{1,6}\))?[^、,]{0,14}(政府|党委|管委会|办事处|部门)|\([^()]{1,6}\)[^、,]{0,8}(局|委|办))(\([^()]{1,8}\))?$/;

/** A bare kind of place between the opening and the closing part (`市` in `各县、市、区政府`). */
const MIDDLE_PLACE_KIND = /^(省|市|州|盟|县|区|旗|乡|镇)(\([^()]{1,6}\))?$/;

/**
 * `各区、县(市)政府`, `各县、市、区政府` name one collective (the governments of every district, county and city),
 * not 各区 and 县(市)政府; so does `各区、县级市`.
 */
function joinPlaceKinds(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Part;
    let end = k + 1;
    while (end < parts.length && MIDDLE_PLACE_KIND.test((parts[end] as Part).text.trim())) end++;
    const closing = parts[end];
    if (closing && OPEN_PLACE_KIND.test(part.text.trim()) && CLOSING_PLACE_KIND.test(closing.text.trim())) {
      const text = parts
        .slice(k, end + 1)
        .map((p) => p.text.trim())
        .join('、');
      out.push({ ...part, text });
      k = end;
      continue;
    }
    // `各区、县级市`: every district and county-level city, one collective, with no organ named after them.
    let bare = k + 1;
    // (`各镇、街道` and `各县(市、区)、乡镇` stay two: 街道 and 乡镇 are no bare kind of place here.)
    if (/^(各|有关|相关)/.test(part.text.trim()) && OPEN_PLACE_KIND.test(part.text.trim()))
      while (bare < parts.length && BARE_PLACE_KIND.test((parts[bare] as Part).text.trim())) bare++;
    if (bare > k + 1) {
      const text = parts
        .slice(k, bare)
        .map((p) => p.text.trim())
        .join('、');
      out.push({ ...part, text });
      k = bare - 1;
    } else out.push(part);
  }
  return out;
}

/**
 * `各县(市、区)党委、人民政府`, `高新区党工委、管委会`: a bare organ after a place's party committee shares that place;
 * the two organs are one name, as with 和.
 */
function joinBareOrgans(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous && BARE_SUFFIX.test(part.text.trim()) && /(党委|党工委)$/.test(previous.text.trim())) {
      out[out.length - 1] = { ...previous, text: `${previous.text.trim()}、${part.text.trim()}` };
      continue;
    }
    out.push(part);
  }
  return out;
}

/** A name closed by 等 inside the list (`区发改委等相关区直部门、各镇(办)`): the kind of offices after 等 is not a unit. */
const CLOSED_INSIDE = /^(.{2,}?)(等[\u4e00-\u9fff]{0,10}(部门|单位|机构|处室|科室|股室)(\([^()]{1,6}\))?)$/;

/** The part without a `等…部门` tail, with a note for the office; the part itself when it has none. */
function closedInside(part: Part, ctx: UnitListContext): Part {
  const m = CLOSED_INSIDE.exec(part.text);
  if (!m?.[1] || !m[2] || !looksLikeUnit(m[1])) return part;
  ctx.sink.add('open-unit-list', ctx.position(part.offset + m[1].length), { suffix: m[2] });
  return { ...part, text: m[1] };
}

/**
 * A joining word opening a piece of the list (`,以及各有关单位`, `X牵头,会同各有关单位办理`); not 及 or 并, which open
 * ordinary words (`及时`, `并联`).
 */
const LEADING_JOIN = /^(以及|会同)/;

/** A piece opened by a joining word is the unit after it. */
function joinedOn(part: Part, ctx: UnitListContext): Part {
  const word = LEADING_JOIN.exec(part.text)?.[1];
  if (!word) return part;
  const rest = part.text.slice(word.length);
  const bare = rest.replace(LEAD_STAR, '');
  if (!looksLikeUnit(bare) && !ctx.registry.lookup(bare).known) return part;
  return { ...part, text: rest, offset: part.offset + word.length };
}

/** A bracketed note on a name that holds for the rest of the notice (`(包括…,下同)`). */
const STANDING_NOTE = /\([^()]*下同[^()]*\)/g;

/**
 * A county, district or city named bare (`芦淞区`, `望城区`, `浏阳市`): listed among units, it stands for that place's
 * government; alone, it is a place, not a unit.
 */
const BARE_PLACE = /^[\u4e00-\u9fff]{2,4}(区|县|市|旗)$/;
/** Kinds of area, not named places (`城区`, `景区`, `全市`, `都市`). */
const NOT_A_PLACE =
  /^(全|本|该|各|其他|市辖|重点|相关|有关)|(地区|城区|景区|社区|辖区|小区|片区|功能区|核心区|城市|都市|市区|郊区)$/;

/** A county, district or city named bare (`芦淞区`), not a kind of area (`重点地区`, `城区`). */
export function isBarePlace(name: string): boolean {
  return BARE_PLACE.test(name) && !NOT_A_PLACE.test(name);
}

/** Reads a `、`-separated list of unit names starting at `base` in the source text. */
export function readUnitList(list: string, base: number, ctx: UnitListContext): UnitList {
  // `各县、区人民政府(包括大亚湾开发区、仲恺高新区管委会,下同)`: a note that says what the name covers from here on is
  // not part of it (blanked, so offsets hold).
  // `执法事项清单由政策法规司、规范性文件公开由制发司`: the matter each unit does, named before 由, is no unit; the
  // office is told, since the schema keeps the units, not which matter each does.
  let byMatter = false;
  const notes: Array<{ note: string; at: number }> = [];
  let body = list
    .trim()
    .replace(STANDING_NOTE, (note: string, at: number) => {
      notes.push({ note, at });
      return ' '.repeat(note.length);
    })
    .replace(MATTER_BY, (whole, start: string, matter: string) => {
      if (looksLikeUnit(matter)) return whole;
      byMatter = true;
      return start + ' '.repeat(whole.length - start.length);
    });
  const lead = list.length - list.trimStart().length;
  if (byMatter) ctx.sink.add('units-by-matter', ctx.position(base + lead), { text: list.trim() });
  for (const { note, at } of notes)
    ctx.sink.add('unit-note', ctx.position(base + lead + at), {
      note,
      name: list.trim().slice(0, at).trim(),
    });
  const open = OPEN_SUFFIX.exec(body);
  let isOpen = false;
  if (open && open.index > 0) {
    body = body.slice(0, open.index);
    isOpen = true;
    ctx.sink.add('open-unit-list', ctx.position(base + lead + open.index), { suffix: open[0] });
  }
  const raw = splitParts(body, base + lead, ctx.registry.multiPartNames())
    .flatMap((p) => splitOnSpaces(p, ctx))
    .flatMap((p) => splitRunTogether(p, ctx))
    .flatMap((p) => splitConjunctions(p, ctx))
    .map((p) => ({ ...p, text: p.text.trim() }))
    .map((p) => joinedOn(p, ctx))
    .map((p) => closedInside(p, ctx));
  const joined = joinPlaceKinds(joinBareOrgans(raw));

  // 江岸、江汉、武昌区人民政府 and 广州、深圳、珠海出入境边防检查总站 name several offices that share the last one's
  // suffix: each is kept as written, and the office is told which full names they may stand for.
  const isUnit = (part: Part): boolean => {
    const bare = part.text.replace(LEAD_STAR, '');
    return looksLikeUnit(bare) || ctx.registry.lookup(bare).known;
  };
  const merged: Part[] = [];
  let pending: Part[] = [];
  for (const part of joined) {
    if (part.text === '') continue;
    const unitLike = isUnit(part);
    if (!unitLike && part.text.length <= 4) {
      pending.push(part);
      continue;
    }
    if (pending.length > 0 && unitLike) {
      const first = pending[0] as Part;
      const text = [...pending.map((p) => p.text), part.text].join('、');
      ctx.sink.add('shared-suffix', ctx.position(first.offset), { text, unit: part.text });
      merged.push(...pending.map((p) => ({ ...p, sharesSuffix: true })), part);
    } else {
      merged.push(...pending, part);
    }
    pending = [];
  }
  merged.push(...pending);

  const mentions: UnitMention[] = [];
  let allUnitLike = merged.length > 0;
  const amongUnits = merged.some(isUnit);
  let prefix: string | undefined;
  let namedLead: { name: string; host: number } | undefined;
  for (const part of merged) {
    let written = part.text;
    let roleHint: Role | undefined;
    const hint = ROLE_HINT.exec(written);
    // `区发改委(区经信局牵头)`, `(按职责牵头)`: a bracket naming another unit, or saying how the work is shared, does
    // not make this unit lead.
    const said = hint?.[1] ? hint[0].slice(1, hint[0].indexOf(hint[1], 1)) : '';
    const word = hint?.[1] ?? hint?.[2];
    const leads = word === '牵头' || word === '主责';
    if (hint) {
      // The bracket is a note on the unit, never part of its name, whether or not it gives the unit its role.
      if (!(leads && OTHER_LEAD.test(said))) roleHint = leads ? 'lead' : 'cooperate';
      // `区经信局、区发改委(区经信局牵头)`: the unit the bracket names leads when the list names it too; an office
      // housed in this unit (`区应急局(区安委办牵头)`) leaves the lead with this unit.
      if (leads && looksLikeUnit(said)) namedLead = { name: said, host: mentions.length };
      written = written.slice(0, hint.index);
    }
    const short = SHORT_NAME.exec(written);
    if (short?.[1]) written = short[1];
    if (hasStar(written)) {
      roleHint = 'lead';
      written = written.replace(LEAD_STAR, '').trim();
    }
    let found = ctx.registry.lookup(written);
    if (
      !found.known &&
      prefix !== undefined &&
      !written.startsWith(prefix) &&
      ABBREVIABLE.test(written) &&
      !NOT_ABBREVIATED.test(written) &&
      !ctx.registry.places().some((place) => written.startsWith(place))
    ) {
      const expanded = prefix + written;
      if (ctx.registry.renames()) {
        ctx.sink.add('abbreviated-unit', ctx.position(part.offset), { written, expanded });
        written = expanded;
        found = ctx.registry.lookup(written);
      } else {
        // A notice from elsewhere keeps its names as written; the office is told what the name may stand for.
        ctx.sink.add('abbreviated-unit', ctx.position(part.offset), { written, expanded }, 'kept');
      }
    }
    const place = amongUnits && isBarePlace(written);
    if (!(found.known || looksLikeUnit(written) || part.sharesSuffix || place)) allUnitLike = false;
    prefix = levelPrefix(written) ?? prefix;
    mentions.push({
      written,
      name: found.name,
      kind: found.kind,
      known: found.known,
      offset: part.offset,
      at: ctx.position(part.offset),
      ...(roleHint ? { roleHint } : {}),
    });
  }
  const bracketLead = namedLead;
  const named =
    bracketLead === undefined
      ? []
      : mentions.filter((m, k) => k !== bracketLead.host && m.written === bracketLead.name);
  if (bracketLead && named.length === 1) {
    (named[0] as UnitMention).roleHint = 'lead';
    delete (mentions[bracketLead.host] as UnitMention).roleHint;
  }
  return { mentions, open: isOpen, allUnitLike };
}
