/**
 * The labels a unit clause uses, as offices write them: role labels (牵头单位, 协同责任单位, 责任部门, 部门分工…),
 * labels naming people rather than units (责任领导, 牵头市领导, 责任人…) and deadline labels (完成时限, 时间节点…).
 * Texts are normalised (full-width colons are `:`, 【】 are `[]`).
 */
import type { Role } from '../schema';
import { looksLikeUnit } from '../units/unitShape';
import { chineseNumber } from './numbering';

const ROLE_WORDS = [
  '数据提供单位',
  '数据提供部门',
  '数据来源单位',
  '牵头责任单位',
  '牵头责任部门',
  '配合责任部门',
  '协同责任部门',
  '主要协作单位',
  '主要协作部门',
  '主要配合单位',
  '协助单位',
  '配合责任单位',
  '协同责任单位',
  // `配合实施单位:`, `协同落实单位:`: cooperating, however the doing is named.
  '配合实施单位',
  '配合落实单位',
  '协同实施单位',
  '协同落实单位',
  '主要责任单位',
  '牵头单位',
  '牵头部门',
  '牵头处室',
  '主责单位',
  '主责部门',
  '主办单位',
  '协同单位',
  '协同部门',
  '配合单位',
  '配合部门',
  '配合处室',
  '协办单位',
  '参与单位',
  '参与部门',
  '协作单位',
  '责任单位',
  '责任部门',
  '责任处室',
  '责任科室',
  '责任股室',
  '牵头科室',
  '牵头股室',
  '配合科室',
  '配合股室',
  '责任主体',
  // The places answering (`责任地区:各区市县政府`): their governments, as responsible as any unit.
  '责任地区',
  '责任区域',
  '实施单位',
  '落实单位',
  '承办单位',
  '部门分工',
  '任务分工',
  '责任分工',
];
/** Labels of an item's own parts (`任务目标:`, `建设内容:`), written beside or under its unit lines. */
export const PART_WORDS: readonly string[] = [
  '任务目标',
  '目标任务',
  '年度目标',
  '工作目标',
  '建设内容',
  '主要内容',
  '工作措施',
];
const DEADLINE_WORDS = [
  '完成时限',
  '完成时间',
  '完成期限',
  '时间节点',
  '时限要求',
  '时间要求',
  '办结时限',
  '完成日期',
  '时限',
];

/**
 * A role label: `牵头单位:`, `[牵头单位]` or `[牵头单位]:`; also a 责任单位 label with a word before it (`共同责任单位:`),
 * and one written as a sentence (`,责任单位为区发改委;`) — not `为主`/`为辅`, which say how, not who.
 */
const ROLE_LABEL = new RegExp(
  `^\\[?(${ROLE_WORDS.join('|')}|[\\u4e00-\\u9fff]{1,4}责任(?:单位|部门)|(?:支持|协助|协作|参与|配合|协同)(?:单位|部门))(\\] ?:?| ?:|为(?![主辅准]))`,
);
/** A label naming people (`责任领导:`, `牵头市领导:`, `责任人:`) or reporting progress (`实际完成情况:`): no units. */
const PERSON_LABEL =
  /^\[?([\u4e00-\u9fff]{0,5}(领导|责任人|联系人|负责人|秘书长)|督办单位|督查单位|考核单位|监督单位|[\u4e00-\u9fff]{0,4}(完成情况|进展情况|推进情况|进度情况|工作进展|目前进展))(\] ?:?| ?:)/;
/** The first name after a label (up to a list or sentence mark). */
const UNIT_AFTER = /^[^,;。、()]+/;
const DEADLINE_LABEL = new RegExp(`^\\[?(${DEADLINE_WORDS.join('|')})(\\] ?:?| ?:)`);

/** A deadline label inside running text (`…项目30个。完成时限:2023年12月底。`). */
const INLINE_DEADLINE = new RegExp(
  `(?:^|[。;,\\s])\\[?(?:${DEADLINE_WORDS.join('|')})(?:\\] ?:?| ?:) ?([^。;()]{2,24})`,
);

/** The date text after a deadline label standing inside an item's text, with its offset; undefined when none. */
export function findInlineDeadline(text: string): { text: string; offset: number } | undefined {
  const found = INLINE_DEADLINE.exec(text);
  if (!found?.[1]) return undefined;
  return { text: found[1].trim(), offset: found.index + found[0].length - found[1].length };
}

/** What a label at the start of a text says and how long it is. */
export interface ClauseLabel {
  kind: 'role' | 'person' | 'deadline';
  /** For role labels: the role it gives (null for 责任单位 and the like, which name no role of their own). */
  role: Role | null;
  length: number;
  /** For a label naming how many items it is for (`4项目标的责任单位均为X`): that many, the last of them its own. */
  count?: number;
}

/** `4项目标的责任单位均为市发改委`, `以上3项指标责任单位为…`: the units of the items just before, counted. */
const COUNTED_LABEL =
  /^(?:以上|上述|前述)?(\d{1,2}|[一二三四五六七八九十]{1,3})项(?:目标|指标|任务|工作|事项)?的?((?:牵头|责任)(?:单位|部门))(?:均|都)?为/;

/** The role a role label gives its units. */
function labelRole(word: string): Role | null {
  // Units that supply the figures (数据提供单位) support the work: they cooperate; 主要协作单位 cooperates too.
  if (/^(主要)?(配合|协同|协办|参与|协作|协助|支持|数据)/.test(word)) return 'cooperate';
  if (/^(牵头|主责|主办|主要)/.test(word)) return 'lead';
  return null;
}

/** Reads a clause label at the start of a normalised text; undefined when the text does not start with one. */
export function readClauseLabel(text: string): ClauseLabel | undefined {
  const counted = COUNTED_LABEL.exec(text);
  const count = counted?.[1] ? (/\d/.test(counted[1]) ? Number(counted[1]) : chineseNumber(counted[1])) : NaN;
  if (counted?.[2] && count > 0)
    return { kind: 'role', role: labelRole(counted[2]), length: counted[0].length, count };
  const role = ROLE_LABEL.exec(text);
  // `各责任单位为重点项目提供服务`: a label written with 为 only when a unit's name follows it.
  const named = role?.[2] !== '为' || looksLikeUnit(UNIT_AFTER.exec(text.slice(role[0].length))?.[0] ?? '');
  if (role?.[1] && named) return { kind: 'role', role: labelRole(role[1]), length: role[0].length };
  const deadline = DEADLINE_LABEL.exec(text);
  if (deadline) return { kind: 'deadline', role: null, length: deadline[0].length };
  const person = PERSON_LABEL.exec(text);
  if (person) return { kind: 'person', role: null, length: person[0].length };
  return undefined;
}

/** How much text after a label start is read: the label, and the name after a `…为` label. */
const LABEL_LOOKAHEAD = 40;

const FIRST_CHARS = new Set([...ROLE_WORDS, ...DEADLINE_WORDS].map((word) => word.charAt(0)));

/**
 * Reads a label inside running text at offset `i` (`…建设。牵头单位:X`): role and deadline labels anywhere, labels
 * naming people only after a sentence or clause boundary (their first characters are free, so `…作为责任人:` inside a
 * sentence must not count).
 */
export function clauseLabelAt(text: string, i: number): ClauseLabel | undefined {
  const ch = text[i] ?? '';
  const boundary = i === 0 || '。;,: ()[]'.includes(text[i - 1] ?? '');
  if (!FIRST_CHARS.has(ch) && !(ch === '[' && boundary) && !boundary) return undefined;
  const label = readClauseLabel(text.slice(i, i + LABEL_LOOKAHEAD));
  if (!label || (label.kind === 'person' && !boundary)) return undefined;
  return label;
}
