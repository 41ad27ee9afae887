/**
 * Quantitative targets of one text: `力争全年净增规上工业企业1000户以上`, `培育认定10家以上省级…平台`,
 * `60家、力争100家`, `增长15%以上`, `控制在3.5%以内`, `5万人次以上`, `十家`, `20场次`, `3000元/亩`. Numbers that
 * are not targets (years, anniversaries, names in quotes, `由75%提高至100%`, `不到100万元部分`, ordinals, policy
 * parameters such as `给予最高不超过15万元奖励` and ranges such as `3—12个月`) are skipped; tracked lists
 * (`…等14家企业`) and numbers without any target wording are kept with low confidence.
 */
import type { Comparator, TargetKind } from '../schema';
import { chineseNumber } from './numbering';
import {
  ADVERBS_BEFORE_VERB,
  CAP_WORDS,
  INCREMENT_WORDS,
  LEAD_INS,
  LEAD_VERBS,
  LATIN_MEASURES,
  MEASURES,
  MULTIPLIERS,
  NAME_STOPS,
  OPENING_VERBS,
  PARAMETER_AFTER,
  PARAMETER_BEFORE,
  FUNDED_COUNT_BEFORE,
  FUNDED_MEASURES,
  PER_UNITS,
  PHRASE_DELIMITERS,
  RATE_MEASURES,
  SLOGAN_AFTER,
  STRIVE_WORDS,
  TOTAL_WORDS,
  VERB_COMPARATORS,
  VERBS_BEFORE_NUMBER,
} from './targetWords';

/** A target found in a text, before ids and reporters are assigned. */
export interface TargetDraft {
  name: string;
  value: number;
  stretch?: number;
  measure: string;
  comparator: Comparator;
  approx: boolean;
  kind: TargetKind;
  confidence: 'high' | 'low';
  /** Why the confidence is low. */
  doubt?: 'tracked-list' | 'no-target-wording';
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
}

const MAX_PHRASE = 60;
const MAX_NAME_AFTER = 40;
const CHANGE_VERBS = /(提高|降低|调整|上调|下调|增加|扩大|降)(至|到|为)/;
const CN_NUMERAL = '零一二两三四五六七八九十百千';
const RANGE_MARKS = '—-~～至到';
/**
 * `引进10亿元以上重大产业项目8个`, `收入超过10万元的村达到55%`: a figure with 以上/以下 or 的 written straight before the
 * noun is a size class of the thing counted (part of its name), when the same phrase goes on to a count of its own.
 */
const SIZE_CLASS_AFTER =
  /^((及?以上|及?以下)|(及?以上|及?以下)?的(?!基础|同时|水平|目标|前提|情况))[\u4e00-\u9fff][^,;。、]*?\d/;
/** Characters after which a Chinese numeral is an ordinal or a vague amount, not a count (`第三`, `每个`, `前三`). */
const CN_NOT_COUNT_BEFORE = '第每前后近这那数几其某逾超';
const FUNCTION_WORD_END = /[与和同对向给把将让使为在及]$/;
/** `为企业减税降费`: whom the work is for is not part of the thing counted. */
const BENEFICIARY =
  /^为[^,;。]{0,10}?(企业|群众|市场主体|居民|农户|老年人|中小企业|小微企业|经营主体|学生|儿童|妇女|职工|残疾人)/;
/** Verbs that also begin nouns (建设用地, 开工项目): kept in a short name rather than cut off it. */
const NOUN_STARTING_VERBS = ['建设', '开工', '建成'];
/** A striving word between the name and its verb (`固定资产投资力争|增长10%`) is not part of the name. */
const TRAILING_STRIVE = /(力争|争取|确保|努力)$/;

/** `word` stands at `at` as a verb: not the stem of an adjective (`保障|性住房`, `建设|性意见`). */
function verbAt(text: string, word: string, at: number): boolean {
  return text.startsWith(word, at) && text[at + word.length] !== '性';
}
/** A change verb at the start of a phrase whose 至/到 stands after the name (`压缩|审批时限|至`). */
const SPLIT_VERB =
  /^[将把]?(压缩|压减|缩短|降低|下降|减少|提高|提升|增加|扩大|增长)([\u4e00-\u9fff“”()A-Za-z0-9.]{2,20}?)(至|到)$/;
/** `(1)普惠小微贷款余额`: a sub-point's number inside an item is not part of the name. */
const SUB_POINT = /^(\(\d{1,2}\)|[\u2460-\u2473])/;
const CHAIN_VERBS = [...LEAD_VERBS, ...OPENING_VERBS].sort((a, b) => b.length - a.length);
const CHAIN_WORDS = [...LEAD_INS, ...CHAIN_VERBS].sort((a, b) => b.length - a.length);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isAsciiWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9.]/.test(ch);
}

function isCnNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && CN_NUMERAL.includes(ch);
}

/** Reads a number at `i` (with `1,500` thousands groups and decimals); returns its value and end. */
function readNumber(text: string, i: number): { value: number; end: number } {
  let j = i;
  let digits = '';
  while (isDigit(text[j])) digits += text[j++];
  while (
    text[j] === ',' &&
    isDigit(text[j + 1]) &&
    isDigit(text[j + 2]) &&
    isDigit(text[j + 3]) &&
    !isDigit(text[j + 4])
  ) {
    digits += text.slice(j + 1, j + 4);
    j += 4;
  }
  // `增长3. 3%`: a spaced-out copy puts a space after the point; inside a sentence (not a sub-point's number after
  // a stop, `。2. 3月底前`) the figure is 3.3.
  const spacedPoint =
    text[j] === '.' &&
    text[j + 1] === ' ' &&
    isDigit(text[j + 2]) &&
    i > 0 &&
    !/[。;:\s]/.test(text[i - 1] ?? '');
  if ((text[j] === '.' && isDigit(text[j + 1])) || spacedPoint) {
    digits += '.';
    j += spacedPoint ? 2 : 1;
    while (isDigit(text[j])) digits += text[j++];
  }
  return { value: Number(digits), end: j };
}

/** Reads a Chinese numeral (十, 二十, 两) at `i`; NaN when the run is not a numeral. */
function readChineseNumber(text: string, i: number): { value: number; end: number } {
  let j = i;
  while (j - i < 6 && isCnNumeral(text[j])) j++;
  return { value: chineseNumber(text.slice(i, j).replace(/两/g, '二')), end: j };
}

/** The measure at `i`: an optional 万/亿, a unit, and an optional `/` unit (元/亩). */
function measureAt(text: string, i: number, to: number): { measure: string; end: number } | undefined {
  let k = i;
  let multiplier = '';
  const mult = MULTIPLIERS.find((m) => text.startsWith(m, k));
  if (mult) {
    multiplier = mult;
    k += mult.length;
  }
  const base =
    MEASURES.find((m) => text.startsWith(m, k)) ??
    LATIN_MEASURES.find((m) => text.startsWith(m, k) && !/[A-Za-z]/.test(text[k + m.length] ?? ''));
  if (!base) {
    // A bare 万 or 亿 closing the phrase (`新增就业3.5万以上`).
    const after = text[k];
    if (multiplier && (k >= to || after === undefined || /[,;。、)]|以|左/.test(after)))
      return { measure: multiplier, end: k };
    return undefined;
  }
  k += base.length;
  let measure = multiplier + base;
  if (text[k] === '/') {
    const per = PER_UNITS.find((u) => text.startsWith(u, k + 1));
    if (per) {
      measure += `/${per}`;
      k += 1 + per.length;
    }
  } else if (text[k] === '每' && text.startsWith('立方米', k + 1)) {
    // `29微克每立方米`: the concentration's measure as written.
    measure += '每立方米';
    k += 4;
  }
  return { measure, end: k };
}

/** Whether a text is a measure and nothing else (`万元`, `人次`, `%`, `亿立方米`): what a column's note may give. */
export function isMeasure(text: string): boolean {
  return text !== '' && measureAt(text, 0, text.length)?.end === text.length;
}

function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/**
 * Words whose last character is a one-character verb (签约 ends with 约, 抵达 with 达): the whole word is the verb,
 * so `累计签约300个` is not `约300个` (about 300) and no half word is left on the name.
 */
const VERB_TAIL_WORDS = [
  '签约',
  '节约',
  '预约',
  '履约',
  '制约',
  '集约',
  '邀约',
  '违约',
  '抵达',
  '送达',
  '直达',
  '通达',
  '下达',
  '赶超',
  '作为',
  '成为',
];

/** Strips verbs (and the adverbs before them) written between the name and the number. */
function stripVerbs(before: string): { rest: string; verbs: string[] } {
  let rest = before;
  const verbs: string[] = [];
  for (let round = 0; round < 3; round++) {
    const single = VERBS_BEFORE_NUMBER.find((v) => rest.endsWith(v));
    const verb = single?.length === 1 ? (VERB_TAIL_WORDS.find((w) => rest.endsWith(w)) ?? single) : single;
    if (!verb) break;
    rest = rest.slice(0, rest.length - verb.length);
    verbs.unshift(verb);
  }
  if (verbs.length > 0) {
    const adverb = ADVERBS_BEFORE_VERB.find((a) => rest.endsWith(a));
    if (adverb) rest = rest.slice(0, rest.length - adverb.length);
  }
  return { rest, verbs };
}

/**
 * The thing counted, after the lead-in words of the phrase: the last of the usual lead-ins wherever it stands, or
 * an opening verb at the start of the phrase or right after other lead-ins.
 */
function nameAfterLeadIns(phrase: string): string {
  // ②新改建普通干线公路: the sub-point's number comes off first, so the verbs after it are seen as opening the phrase.
  const rest = phrase.replace(SUB_POINT, '');
  let cut = 0;
  for (const word of LEAD_INS) {
    const at = rest.lastIndexOf(word);
    if (at >= 0) cut = Math.max(cut, at + word.length);
  }
  // A chain of lead-ins and verbs from the start (全年接待, 组织开展), but not into a short name (批准|建设用地).
  const words: string[] = [];
  let chain = 0;
  for (let round = 0; round < 6; round++) {
    const word = CHAIN_WORDS.find((w) => verbAt(rest, w, chain));
    if (!word) break;
    words.push(word);
    chain += word.length;
  }
  const left = rest.length - chain;
  if (
    words.length > 1 &&
    left > 0 &&
    left <= 2 &&
    NOUN_STARTING_VERBS.includes(words[words.length - 1] as string)
  )
    chain -= (words.pop() as string).length;
  // 为辖区老年人提供|助餐服务, 帮助中小企业获得|融资: the thing counted follows the verb of a 为/帮助 phrase.
  const helper = /^(为|帮助|对)/.exec(rest);
  if (helper && chain <= helper[0].length) {
    const verb = CHAIN_VERBS.map((w) => ({ w, at: rest.indexOf(w, 1) }))
      .filter((v) => v.at > 0 && rest.length - (v.at + v.w.length) > 1)
      .sort((a, b) => a.at - b.at)[0];
    if (verb) chain = verb.at + verb.w.length;
  }
  if (chain >= cut) cut = chain;
  else if (rest.length - cut <= 2) {
    // 城镇新增就业: a lead-in inside a short statistic's name leaves too little; the name is the whole statistic.
    cut = chain;
  } else {
    // Verbs right after the last lead-in (力争全年新增培育认定|…).
    for (let round = 0; round < 4; round++) {
      const word = CHAIN_VERBS.find((w) => verbAt(rest, w, cut));
      if (!word) break;
      cut += word.length;
    }
  }
  return (
    rest
      .slice(cut)
      .replace(JOINED_VERB, '')
      .replace(/^[ 的]+/, '')
      // 将审批时限压缩到…: 将 brings in the name, it is not part of it.
      .replace(/^[将把](?=[\u4e00-\u9fff]{2})/, '')
      .replace(SUB_POINT, '')
      .replace(BENEFICIARY, '')
      .replace(TRAILING_STRIVE, '')
      .replace(UNCLOSED_OPENING, '')
      .trim()
  );
}

/** `新建|和改扩建幼儿园`: a second verb joined to the lead-in by 和 is more of the lead-in. */
const JOINED_VERB = /^[和及与、](改扩建|改建|扩建|新建|建设|建成|改造|提升|培育|认定)(?=[\u4e00-\u9fff]{2})/;

/** `海塘安澜(南片海塘|4.65公里)`: a name inside a bracket opened before it begins after the bracket. */
const UNCLOSED_OPENING = /^.*\((?=[^)]*$)/;

/** The thing counted when it follows the number (`培育认定10家以上|省级…平台`), up to a delimiter or a verb. */
function nameAfter(text: string, from: number, to: number): { name: string; end: number } {
  let k = from;
  // A bracket after the figure is a note on it (`8%(依据…)`), not the thing counted.
  while (k < to && k - from < MAX_NAME_AFTER && !isDelimiter(text[k]) && !isDigit(text[k]) && text[k] !== '(')
    k++;
  let name = text.slice(from, k);
  // `1个“家门口的青少年宫”`: a quoted name is taken whole, whatever it holds.
  const quoted = text[from] === '“' ? text.indexOf('”', from) : -1;
  if (quoted > from && quoted - from <= MAX_NAME_AFTER)
    return { name: text.slice(from, quoted + 1), end: quoted + 1 };
  for (const stop of NAME_STOPS) {
    const at = name.indexOf(stop);
    if (at >= 2) name = name.slice(0, at);
  }
  // `32所市级优秀中等职业学校和55个…`: the joining word belongs to the next count.
  return { name: name.trim().replace(TRAILING_JOINER, ''), end: k };
}

const TRAILING_JOINER = /(和|及|与|以及)$/;

function suffixAt(text: string, k: number): { comparator?: Comparator; approx: boolean; end: number } {
  for (const [word, comparator] of [
    ['及以上', '>='],
    ['以上', '>='],
    ['以内', '<='],
    ['以下', '<='],
  ] as const) {
    if (text.startsWith(word, k)) {
      const end = k + word.length;
      return { comparator, approx: false, end: text[end] === '的' ? end + 1 : end };
    }
  }
  if (text.startsWith('左右', k)) return { approx: true, end: k + 2 };
  return { approx: false, end: k };
}

/**
 * A space between two Chinese characters: in a table row it parts two cells (任务名称 | 具体内容), and a name does
 * not run across it; `PM2.5 平均浓度` keeps its space.
 */
function cellGap(text: string, i: number): boolean {
  return text[i] === ' ' && HAN.test(text[i - 1] ?? '') && HAN.test(text[i + 1] ?? '');
}

const HAN = /[\u4e00-\u9fff]/;

function isDelimiter(ch: string | undefined): boolean {
  return ch !== undefined && PHRASE_DELIMITERS.includes(ch);
}

function comparatorOf(verbs: readonly string[]): Comparator | undefined {
  for (const verb of verbs) {
    const comparator = VERB_COMPARATORS[verb];
    if (comparator) return comparator;
  }
  return undefined;
}

/** How a report of progress opens: the months reported on, `截至…`, `今年以来`, then a comma; `目前已…`. */
const PROGRESS_OPENING =
  /^((\d{1,2}[-—~至]\d{1,2}月(份)?|截至(目前|今年|\d{1,2}月(底|末|份)?)|截止(目前|\d{1,2}月(底|末|份)?)|今年以来|[一二三]季度以来)[,,]|目前[,,]?(已|累计|共))/;
const PROGRESS_LOOKAHEAD = 12;

/** Time measures of a limit counted from an event (`受理后5个工作日内`). */
const AFTER_EVENT_MEASURES = new Set(['天', '日', '个工作日', '工作日', '小时', '个月']);

/**
 * A bracket giving the grounds of a figure (`(依据…)`, `(根据…)`) or comparing it with a benchmark
 * (`(高于全市7%的平均水平)`): its own figures are not targets.
 */
const REASON_OPENING = /^(依据|根据)|^(高于|低于)[^()]{0,12}(平均|水平|全国|全省|全市|全区|全县)/;

/** Whether offset `at` stands inside a bracket that gives reasons (`(依据区人代会目标设置,高于全市7%平均水平)`). */
function givesReasons(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let k = at - 1; k >= from && at - k <= MAX_REASON; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(') {
      if (depth === 0) return REASON_OPENING.test(text.slice(k + 1, k + 1 + MAX_REASON_OPENING));
      depth--;
    }
  }
  return false;
}
const MAX_REASON = 120;
/** How much of a bracket's opening says whether it gives reasons (`高于全省7.5%的平均水平`). */
const MAX_REASON_OPENING = 24;

/** How far a quoted name may run on either side of its figure (`“10项举措”`, not `“全年新增市场主体5000户”`). */
const MAX_QUOTED_TAIL = 6;

/** A name closed by 均/都: the figure is each listed thing's (`A、B均增长12%`). */
const EACH_NAME = /^(.{2,}?)[均都]$/;
/** The verb after 均/都 that makes it `each` (`均增长`, `都达到`). */
const EACH_VERB =
  /^(增长|增|达到|达|提高|提升|下降|降低|保持|控制|超过|不低于|不少于|高于|低于|完成|实现|在|为)/;
/** Two names joined by 和/及/与 before 均 (`A和B均增长12%`), each of four characters or more. */
const PAIR = /^([^和及与]{4,})[和及与]([^和及与]{4,})$/;

/** How far after a measure the words marking a parameter are read (`以下(不含6亩)`). */
const MAX_PARAMETER_TAIL = 12;

/** A count of projects, then their total investment after a comma (`189个市级重点项目,总投资1906.4亿元`). */
const PROJECTS_THEN_TOTAL = /[\d一二三四五六七八九十]+(个|项)[^,;。]{0,12}[,,]总投资(约|达|为)?$/;

/** A class of projects or firms by their size in money (`3亿元以上重大项目`, `亿元以上的工业企业`). */
const MONEY_CLASS_AFTER =
  /^(及?以[上下])的?(重大|重点|优质|产业|工业|制造业|外资|内资|招商|新|大)?(重大|重点|产业|工业)?(项目|企业)/;
/** A name in a list a count tallies is short (`新郑`, `鄢陵`); longer pieces are phrases. */
const MAX_LISTED_NAME = 10;

/** Counts that tally a list when alone in a bracket (`重点项目(4个)`, `(共14项)`). */
const TALLY_MEASURES = new Set(['个', '项', '件', '家', '条', '所', '座', '处', '类', '批']);

/** What a count of the programme's own items names (`50项民生实事`, `十件实事`, `8项重点工作`). */
const PROGRAMME_AFTER = /^(民生实事|惠民实事|实事|重点工作|重点任务|民生工程|民生项目)/;
/** Building or finishing projects counts them (`建成50项民生项目`), whatever they are called. */
const COUNTED_BY_VERB = /(建成|完成|新建|实施)$/;

/** A list of projects closed by 等…项目 (`…等项目建设`, `等重点工程`): figures inside it belong to the projects' names. */
const PROJECTS_LISTED = /^[^,;。]*?等(一批)?(重点|重大)?(产业)?(项目|工程)/;
/** A batch counted without a figure (`一批`, `若干`): a figure with 的 after it in the same clause is its size class. */
const BATCH_BEFORE = /一批|若干|一系列/;

/** How far a list of projects may run after a figure (the scan stays bounded, so the reader stays linear). */
const MAX_PROJECT_LIST = 300;

/** Where the clause that `at` stands in ends: the next `,`, `;` or `。`, at most MAX_PROJECT_LIST on (or `to`). */
/** Counts that may say whom a clause's figure is for. */
const SCOPE_COUNT_MEASURES = new Set(['个', '类', '项', '所', '家', '座', '种']);
/** Verbs in the clause before a count that make the count the work itself (`新建5个`, `引进项目5个`). */
const CREATION_BEFORE =
  /(新增|净增|新建|建成|建设|完成|培育|引进|打造|创建|认定|开工|举办|开展|实施|改造|招引|培训|帮助|救助|安置|解决|达到|超过|突破)/;
/** The clause's own figure after the count, with the verb that sets it (after 均, `4个指标均增长10%`, the count stays). */
const SCOPED_FIGURE = /^[^\d均]{2,}(稳定在|达到|不低于|不少于|控制在|提高到|提升到|增长|实现)\s*\d/;
/** What a policy named by its number of measures is called (`90条措施`). */
const POLICY_AFTER = /^(措施|举措|意见|政策|硬招|实招)/;

function nextClauseEnd(text: string, at: number, to: number): number {
  const stop = Math.min(to, at + MAX_PROJECT_LIST);
  for (let k = at; k < stop; k++) if (text[k] === ',' || text[k] === ';' || text[k] === '。') return k;
  return stop;
}

/** A label that names no indicator (`年度目标:全年新增5000人`): the thing counted is found elsewhere. */
const GENERIC_LABEL = /(目标|任务|指标|要求|内容|计划|措施|情况)$/;

/** A document number after the figure (`六人社秘〔2024〕15号`, read as `[2024]`): the figure is part of its issuer. */
const DOCUMENT_NUMBER_AFTER = /^[^()。,;]{0,12}\[\d{4}\]\d{1,4}号/;

/** A standard raised to its new level in the same clause (`提高到每人每月609元、300元`). */
const RAISED_TO = /(提高|提升|上调|调整)(到|至)(每[人户月年]){0,3}[^,;。从]*$/;

/** What a numbered phase names (`三期规划`, `二期工程`, `一期项目`). */
const PHASE_NAME = /^(规划|工程|项目)/;
/** Measures of how often a thing is done. */
const ONCE_MEASURES = new Set(['次', '场', '场次', '期', '轮']);

/** A distance or time named inside a name (`三公里充分就业社区`, `15分钟便民生活圈`), not a quantity to reach. */
const REACH_MEASURES = new Set(['公里', '千米', '米', '分钟', '小时']);
const REACH_SUFFIX = /^(以内|以上|以下|左右|之内|内|以|及)/;

function reachInName(measure: string, after: string): boolean {
  return REACH_MEASURES.has(measure) && HAN.test(after[0] ?? '') && !REACH_SUFFIX.test(after);
}

/**
 * A step of the year's schedule before the figure (`3月底前新建成2家`, `二季度末前…`, `上半年…`): the months before
 * December, a quarter before the fourth, the first half.
 */
const MILESTONE_BEFORE =
  /(^|[^\d])([1-9]|1[01])月(份)?(底|末|中旬|上旬|下旬)?(前|以前)|[一二三]季度(末|底)?前|上半年/;
/** Two dated steps or more make a schedule (its figures are steps towards the target, not targets). */
const MIN_SCHEDULE_STEPS = 2;

/** A period alone before the number (`完成2023年度2个示范村建设`, `年内建成3个`): the thing counted comes after it. */
const PERIOD_ONLY = /^(\d{4}年度?|年内|全年|今年|当年|本年度?)$/;
/**
 * How the work is done, not what is counted (`全面完成|3036户群众安置…`, `打造|3条“食品放心示范街区”`): adverbs and
 * verbs alone before the figure; the thing counted follows the number.
 */
const MANNER_ONLY =
  /^(全面|积极|切实|着力|大力|持续|加快|深入|扎实|全力|重点|逐步|不断|打造|建成|建设|实施|开展|推进|推动|完成|实现|新增|新建|培育|引进|组织|举办|创建|争创|提供|落实|改造|安装|配备|设立|建立)+$/;
/** Where, not what (`对全市|34所义务教育学校…`, `为全县|200名残疾儿童…`): the thing counted follows the number. */
const SCOPE_ONLY =
  /^(为|对|在|向|面向|覆盖)?(全(省|市|州|县|区|镇|乡)|辖区|本地区?|我(省|市|县|区))(内|范围内)?的?$/;

/** Measures of length, which a dimension word may precede. */
const LENGTH_MEASURES: ReadonlySet<string> = new Set(['米', '公里', '厘米', '毫米']);
/** A dimension of a thing built other than its length (`宽50米`, `高度约10米`, `间距5米`). */
const DIMENSION_BEFORE =
  /(宽|高|深|厚|宽度|高度|深度|厚度|直径|半径|净空|跨度|跨径|间距|距离|水位|水深|海拔|高程)(约|为|达|达到|控制在|保持在)?$/;
/** A distance as a limit (`步行1000米内`, `500米范围内`), not a length to build. */
const DISTANCE_AFTER = /^(内|以内|之内|范围内)/;

/** Finds the targets in text[from, to). */
export function findTargets(text: string, from: number, to: number): TargetDraft[] {
  const drafts: TargetDraft[] = [];
  const steps = new Set<TargetDraft>();
  let progressUntil = -1;
  let segmentStart = from;
  let sentenceStart = from;
  let commaStart = from;
  let striveAt = -1;
  let incrementAt = -1;
  let youAt = -1;
  let bookDepth = 0;
  let quoteDepth = 0;
  let quoteOpen = -1;
  let parenDepth = 0;
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (ch === '(') parenDepth++;
    else if (ch === ')') parenDepth = Math.max(0, parenDepth - 1);
    if (ch === '《') bookDepth++;
    else if (ch === '》') bookDepth = Math.max(0, bookDepth - 1);
    else if (ch === '“') {
      quoteDepth++;
      quoteOpen = i;
    } else if (ch === '”') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '。' || ch === ';' || ch === '!' || ch === '?') {
      sentenceStart = commaStart = segmentStart = i + 1;
      quoteDepth = 0;
    } else if (ch === ',' || cellGap(text, i)) commaStart = segmentStart = i + 1;
    // 新(改、扩)建: a 、 inside brackets lists words of one name, not phrases.
    else if (isDelimiter(ch) && !(ch === '、' && parenDepth > 0)) segmentStart = i + 1;
    else if (ch === '由') youAt = i;
    else if (STRIVE_WORDS.some((w) => text.startsWith(w, i))) striveAt = i;
    else if (INCREMENT_WORDS.some((w) => text.startsWith(w, i))) incrementAt = i;

    // `1-6月,累计完成…`, `截至6月底,…`: a report of progress runs to the end of its sentence; its figures are done,
    // not to be done.
    if (progressUntil < i && PROGRESS_OPENING.test(text.slice(i, i + PROGRESS_LOOKAHEAD))) {
      const stop = text.indexOf('。', i);
      progressUntil = stop < 0 || stop > to ? to : stop;
    }
    if (i < progressUntil) {
      i++;
      continue;
    }
    const arabic = isDigit(ch) && !isAsciiWordChar(text[i - 1]);
    const chinese =
      !arabic &&
      isCnNumeral(ch) &&
      !isCnNumeral(text[i - 1]) &&
      quoteDepth === 0 &&
      !CN_NOT_COUNT_BEFORE.includes(text[i - 1] ?? '');
    if (!arabic && !chinese) {
      i++;
      continue;
    }
    const number = arabic ? readNumber(text, i) : readChineseNumber(text, i);
    // A count of two is written 两 (两个中心); a lone 二 before a measure names something (二套房, 二级医院).
    const ordinalTwo = chinese && text[i] === '二' && number.end === i + 1;
    if (!Number.isFinite(number.value) || (chinese && number.value < 2) || ordinalTwo) {
      i = Math.max(number.end, i + 1);
      continue;
    }
    let measureFrom = number.end;
    // `扩招 3000 人以上`: a page that spaces out figures puts a space before the measure.
    if (arabic && text[measureFrom] === ' ' && /[\u4e00-\u9fff]/.test(text[measureFrom + 1] ?? ''))
      measureFrom++;
    const more = text[measureFrom] === '多' || text[measureFrom] === '余';
    if (more) measureFrom++;
    const measured = measureAt(text, measureFrom, to);
    if (!measured || number.end > to) {
      i = number.end;
      continue;
    }
    const { measure } = measured;
    const measureEnd = measured.end;
    const rangeTail =
      RANGE_MARKS.includes(text[i - 1] ?? '') && (isDigit(text[i - 2]) || isCnNumeral(text[i - 2]));
    const rangeHead = RANGE_MARKS.includes(text[number.end] ?? '') && isDigit(text[number.end + 1]);
    const clause = text.slice(Math.max(commaStart, i - MAX_PHRASE), i);
    const parameter =
      // `政策文件发布后3天内`: a time limit counted from an event is a rule of the work, not a figure to reach.
      (AFTER_EVENT_MEASURES.has(measure) && text[i - 1] === '后') ||
      // `总长约1400米,宽50米`: a width or height describes what is built; its length is the figure to reach.
      (LENGTH_MEASURES.has(measure) &&
        (DIMENSION_BEFORE.test(text.slice(Math.max(from, i - 6), i)) ||
          DISTANCE_AFTER.test(text.slice(measureEnd, measureEnd + 3)))) ||
      rangeTail ||
      rangeHead ||
      PARAMETER_AFTER.test(text.slice(measureEnd, measureEnd + MAX_PARAMETER_TAIL)) ||
      SIZE_CLASS_AFTER.test(text.slice(measureEnd, Math.min(to, measureEnd + MAX_PHRASE))) ||
      // Funding a number of people or bodies (`资助200名…人才`) is a count: only the other words mark a parameter. A
      // standard raised to a new level (`养育标准提高到每人每月2200元`) is the year's target, per person as it is.
      (!RAISED_TO.test(clause) &&
        PARAMETER_BEFORE.test(
          FUNDED_MEASURES.has(measure) ? clause.replace(FUNDED_COUNT_BEFORE, '') : clause,
        )) ||
      (youAt >= commaStart &&
        i - youAt <= MAX_PHRASE &&
        CHANGE_VERBS.test(text.slice(youAt, Math.min(to, measureEnd + 30))));
    // `每年至少安排1次`, `召开1次`: doing a routine thing once is an obligation, not a figure to track; a count alone
    // in a bracket (`(共9项)`, `竣工项目(2个):A、B`) tallies what is listed under or after it.
    // `50项民生实事`, `十件实事` name the programme by the count of its own items.
    const routine =
      (number.value === 1 && ONCE_MEASURES.has(measure)) ||
      // `零就业家庭至少有1人就业`: one person in each household, a standard per household, not a count to reach.
      (number.value === 1 && measure === '人' && text.slice(Math.max(from, i - 3), i) === '至少有') ||
      (TALLY_MEASURES.has(measure) &&
        /\((共)?$/.test(text.slice(Math.max(from, i - 2), i)) &&
        /^\)([。::;]|$)/.test(text.slice(measureEnd, measureEnd + 2))) ||
      // `…的目标任务,包括8项。`, `主要包括3项约束性目标`: a heading counting the parts listed under it.
      (measure === '项' && text.slice(i - 2, i) === '包括') ||
      // `责任单位两个以上的,列第一者为牵头单位`: a rule counting the units of a list.
      (measure === '个' &&
        /(单位|部门)$/.test(text.slice(Math.max(from, i - 2), i)) &&
        /^(及?以上)?的/.test(text.slice(measureEnd, measureEnd + 4))) ||
      ((measure === '项' || measure === '件') &&
        PROGRAMME_AFTER.test(text.slice(measureEnd, measureEnd + 6)) &&
        !COUNTED_BY_VERB.test(text.slice(Math.max(from, i - 2), i)));
    const slogan =
      (chinese && SLOGAN_AFTER.test(text.slice(measureEnd, measureEnd + 4))) ||
      // `轨道交通三期规划`, `二期工程`: a phase's name, not a count of phases.
      (measure === '期' && PHASE_NAME.test(text.slice(measureEnd, measureEnd + 2))) ||
      reachInName(measure, text.slice(measureEnd, measureEnd + 3));
    // A short name in quotes (`“22条”`, `“10项举措”`) names a policy; its figure is not one to reach.
    const closing = text.indexOf('”', measureEnd);
    const quotedName =
      quoteDepth > 0 &&
      i - quoteOpen <= MAX_QUOTED_TAIL &&
      closing >= 0 &&
      closing - measureEnd <= MAX_QUOTED_TAIL;
    const reason = givesReasons(text, from, i);
    // `抓好平煤神马25万吨己二酸、海星化工10万吨针状焦等项目建设`: a capacity inside the names of the projects listed.
    const clauseEnd = nextClauseEnd(text, measureEnd, to);
    const inProjectName =
      measure !== '个' && measure !== '项' && PROJECTS_LISTED.test(text.slice(measureEnd, clauseEnd));
    // `形成一批超100亿元的优势产业集群`: a size class of a batch, not a figure of its own.
    const batchClass = text[measureEnd] === '的' && BATCH_BEFORE.test(clause);
    // `(六人社秘〔2024〕15号)`: a document number's issuer, not a count.
    const documentNumber = DOCUMENT_NUMBER_AFTER.test(text.slice(measureEnd, measureEnd + 24));
    // `办事频次前20%的事项`: a rank that picks what is meant, not a figure to reach.
    const rank = text[i - 1] === '前' && text[measureEnd] === '的';
    // `确保11个重点城市空气质量…稳定在300天以上`, `对10类重点就业群体…不低于80亿元`: a count saying whom the
    // clause's own figure is for, when no verb before it makes the count the work (`建成5个园区,…`).
    const scope =
      SCOPE_COUNT_MEASURES.has(measure) &&
      !CREATION_BEFORE.test(clause) &&
      SCOPED_FIGURE.test(text.slice(measureEnd, clauseEnd));
    // `总投资107.39亿元的3批次22个重点项目`: the size of the projects counted after it and a count of their batches
    // describe the projects; `年产120亿只手套项目`: a plant's capacity names the project.
    // `实施重点项目200个,总投资1906.4亿元`, `估算总投资106.7亿元`, `总投资107.39亿元的…项目`: the projects' size, not a
    // figure of the year (`新签约项目总投资300亿元以上`, `完成总投资120亿元` are).
    const describes =
      ((/估算总投资(约|达|为)?$/.test(text.slice(Math.max(from, i - 6), i)) ||
        PROJECTS_THEN_TOTAL.test(text.slice(Math.max(sentenceStart, i - MAX_PHRASE), i)) ||
        (text[measureEnd] === '的' && /总投资$/.test(text.slice(Math.max(from, i - 3), i)))) &&
        !/^的(年度)?(投资)?(目标|任务)/.test(text.slice(measureEnd, measureEnd + 8))) ||
      (/^(批次|批|类|期)$/.test(measure) && isDigit(text[measureEnd])) ||
      (text.slice(Math.max(from, i - 2), i) === '年产' &&
        /项目|基地|生产线|工厂/.test(text.slice(measureEnd, clauseEnd)));
    // `新引进3亿元以上重大项目`: a size class of the projects meant, with no count of them.
    const moneyClass =
      measure.endsWith('元') && MONEY_CLASS_AFTER.test(text.slice(measureEnd, Math.min(to, measureEnd + 16)));
    // `以兰考、鄢陵、新安、南乐、新郑5个示范县为引领`: the count of the names listed right before it, with what they
    // are after it (`新增规上企业、高新企业2家` counts the kinds it names: a target).
    const listed = text.slice(commaStart, i).split('、');
    // Building or finishing the named ones (`完成毛口乡、保田镇、都格乡3个示范小城镇建设`) is the work: a target.
    const tallyOfList =
      TALLY_MEASURES.has(measure) &&
      /^(以|对|在|依托|围绕|按照|立足)/.test(text.slice(commaStart, i)) &&
      !CREATION_BEFORE.test(text.slice(commaStart, i)) &&
      /^[\u4e00-\u9fff]{2}/.test(text.slice(measureEnd, measureEnd + 2)) &&
      listed.length >= 2 &&
      listed.length === number.value &&
      listed.every((name) => name.length > 0 && name.length <= MAX_LISTED_NAME);
    // `按照中级工班毕业生6000元/人、…的标准,给予补助`: the rate a grant is paid at, a parameter of the policy.
    const grantRate =
      /(按照|按)/.test(text.slice(commaStart, i)) &&
      /^[^,;。]*?的标准/.test(text.slice(measureEnd, clauseEnd));
    // `改造老旧小区50个,涉及居民6.2万户`: whom the work touches, not a figure to reach.
    const touches = /^涉及[^,;。]{0,8}$/.test(text.slice(commaStart, i));
    // `落实好提振市场信心90条措施`: carrying out a policy named by its number of measures.
    const policyName =
      measure === '条' &&
      POLICY_AFTER.test(text.slice(measureEnd, measureEnd + 2)) &&
      /(落实|贯彻|执行|用好)/.test(clause);
    if (
      bookDepth > 0 ||
      documentNumber ||
      quotedName ||
      reason ||
      inProjectName ||
      batchClass ||
      rank ||
      scope ||
      policyName ||
      describes ||
      moneyClass ||
      tallyOfList ||
      touches ||
      grantRate ||
      text[i - 1] === '第' ||
      parameter ||
      slogan ||
      routine
    ) {
      i = measureEnd;
      continue;
    }
    const suffix = suffixAt(text, measureEnd);
    // 城市书房、文化驿站等新型公共文化空间100个: an enumeration closed by 等 belongs to the name.
    let phraseFrom = segmentStart;
    if (text[segmentStart - 1] === '、' && text.slice(segmentStart, i).includes('等')) {
      const wider = text.slice(commaStart, i);
      if (!/\d/.test(wider)) phraseFrom = commaStart;
    }
    const phraseStart = Math.max(phraseFrom, i - MAX_PHRASE);
    const before = text.slice(phraseStart, i);
    const tracked = text[i - 1] === '等';
    const stripped = stripVerbs(before);
    const { verbs } = stripped;
    let { rest } = stripped;
    // 压缩审批时限至3个工作日: the verb opens the phrase and its 至 comes after the name.
    const split = SPLIT_VERB.exec(rest.trimStart());
    if (split?.[1] && split[2] && split[3]) {
      rest = split[2];
      verbs.push(`${split[1]}${split[3]}`);
    }
    let name = nameAfterLeadIns(rest);
    // A lone character left before the number (年底前 → 前), or a verb or preposition, names nothing: read the
    // noun after the number instead.
    if (
      name.length < 2 ||
      FUNCTION_WORD_END.test(name) ||
      PERIOD_ONLY.test(name) ||
      SCOPE_ONLY.test(name) ||
      MANNER_ONLY.test(name)
    )
      name = '';
    const start = phraseStart + (before.length - before.trimStart().length);
    let end = suffix.end;
    if (tracked || name === '') {
      const after = nameAfter(text, suffix.end, to);
      name = after.name;
      end = after.end;
    }
    // `人均地区生产总值:增长6%左右`: an indicator named before its colon, its figure after.
    if (name === '' && text[phraseFrom - 1] === ':') {
      const named = nameAfterLeadIns(
        text.slice(Math.max(commaStart, phraseFrom - 1 - MAX_NAME_AFTER), phraseFrom - 1),
      );
      if (named.length >= 2 && !/[\d:]/.test(named) && !GENERIC_LABEL.test(named)) name = named;
    }
    // 项目2.5万个以上,累计达到7.5万个: a second figure of the same sentence with no name counts the same thing.
    const previous = drafts[drafts.length - 1];
    if (name === '' && previous && previous.start >= sentenceStart) name = previous.name;
    const sentenceStrive = striveAt >= sentenceStart;
    let comparator: Comparator = suffix.comparator ?? '=';
    if (!suffix.comparator) {
      const byVerb = comparatorOf(verbs);
      if (byVerb) comparator = byVerb;
      else if (more) comparator = '>';
      else if (sentenceStrive) comparator = '>=';
    }
    const approx = suffix.approx || verbs.includes('约') || verbs.includes('近');
    const verbText = verbs.join('');
    let kind: TargetKind;
    if (verbs.some((v) => CAP_WORDS.includes(v)) || comparator === '<=') kind = 'cap';
    else if (RATE_MEASURES.includes(measure)) kind = 'rate';
    else if (containsAny(before, INCREMENT_WORDS)) kind = 'increment';
    else if (
      verbs.some((v) => TOTAL_WORDS.includes(v)) ||
      /(数|总数|总量|规模|存量)$/.test(name) ||
      containsAny(before, ['累计', '总数'])
    )
      kind = 'total';
    else kind = 'increment';
    const worded =
      comparator !== '=' ||
      approx ||
      verbText !== '' ||
      sentenceStrive ||
      incrementAt >= sentenceStart ||
      containsAny(before, LEAD_INS) ||
      containsAny(before, LEAD_VERBS) ||
      OPENING_VERBS.some((w) => before.trimStart().startsWith(w)) ||
      (/^(为|帮助)/.test(before.trimStart()) && containsAny(before, OPENING_VERBS));
    if (chinese && !worded) {
      // A Chinese numeral without target wording is prose (三个方面), not a candidate.
      i = measureEnd;
      continue;
    }
    const draft: TargetDraft = {
      name,
      value: number.value,
      measure,
      comparator: tracked ? '=' : comparator,
      approx,
      kind: tracked ? 'total' : kind,
      confidence: tracked || !worded ? 'low' : 'high',
      start,
      end,
    };
    if (tracked) draft.doubt = 'tracked-list';
    else if (!worded) draft.doubt = 'no-target-wording';
    // 60家、力争100家: a stretch value for the same measure.
    const stretch = /^[、,;]?(力争|争取)/.exec(text.slice(suffix.end, suffix.end + 4));
    if (stretch && !tracked) {
      const at = suffix.end + stretch[0].length;
      if (isDigit(text[at])) {
        const second = readNumber(text, at);
        if (text.startsWith(measure, second.end)) {
          draft.stretch = second.value;
          const secondSuffix = suffixAt(text, second.end + measure.length);
          draft.end = Math.max(draft.end, secondSuffix.end);
        }
      }
    }
    // `城镇居民人均可支配收入、农民人均纯收入均增长12%`: the same figure for each thing listed before 均.
    const each = EACH_NAME.exec(draft.name);
    // 均/都 before the verb says each (`A、B均增长12%`); in `人均`, `首都` it is part of the name.
    const eachAt = each ? before.lastIndexOf(each[0]) : -1;
    if (each?.[1] && eachAt >= 0 && EACH_VERB.test(before.slice(eachAt + each[0].length))) {
      if (text[phraseStart - 1] === '、') {
        let at = commaStart;
        for (const listed of text.slice(commaStart, phraseStart - 1).split('、')) {
          const listedName = nameAfterLeadIns(listed.trim());
          if (listedName.length >= 2 && !/\d/.test(listedName))
            drafts.push({ ...draft, name: listedName, start: at, end: draft.end });
          at += listed.length + 1;
        }
      }
      // `城镇居民人均可支配收入和农民人均纯收入均增长12%`: two things joined by 和 in the name itself.
      const pair = PAIR.exec(each[1]);
      if (pair?.[1]) drafts.push({ ...draft, name: pair[1] });
      draft.name = pair?.[2] ?? each[1];
    }
    drafts.push(draft);
    if (MILESTONE_BEFORE.test(clause)) steps.add(draft);
    segmentStart = Math.max(segmentStart, draft.end);
    i = Math.max(draft.end, measureEnd);
  }
  // `3月底前新建成2家;6月底前新建成2家;9月底前完成7家`: a schedule of steps; a single dated figure is a deadline's target.
  return steps.size >= MIN_SCHEDULE_STEPS ? drafts.filter((draft) => !steps.has(draft)) : drafts;
}
