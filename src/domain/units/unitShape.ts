/** Shape rules for unit names the registry does not know: does a string look like a unit, and of what kind. */
import type { UnitKind } from '../schema';

// Longest first so that 办公室 wins over 室 etc.; the order matters only for readability of kindOf.
const UNIT_SUFFIXES = [
  '办公室',
  '委员会',
  '管委会',
  '人民政府',
  '政府',
  '成员单位',
  '单位',
  '中心',
  '支行',
  '分行',
  '海关',
  '总站',
  '公司',
  '集团',
  '厅',
  '局',
  '委',
  '办',
  '室',
  '会',
  '院',
  '部',
  '府',
  '组',
  '行',
  '所',
  '站',
  '联',
  '处',
  '队',
  '社',
  '馆',
];
/** Suffixes that on their own make a lone name in a bare parenthesis count as a unit. */
const STRONG_SUFFIXES = [
  '厅',
  '局',
  '委',
  '办',
  '人民政府',
  '政府',
  '办公室',
  '成员单位',
  '管委会',
  '支行',
  '海关',
  '委员会',
  '领导小组',
];
const FORBIDDEN = /[,;:。!?%\d《》“”]/;
const COLLECTIVE_PREFIX = /^(各|全体|相关|有关)/;

/** True when a string is shaped like a unit name (ends with an organisational suffix, short, no sentence punctuation). */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > 30 || FORBIDDEN.test(name)) return false;
  return UNIT_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/** True when a lone name is unit-like enough to stand alone in a bare parenthesis. */
export function looksStronglyLikeUnit(name: string): boolean {
  return looksLikeUnit(name) && STRONG_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/** Guesses the kind of a unit the registry does not know. */
export function guessKind(name: string): UnitKind {
  if (COLLECTIVE_PREFIX.test(name) || name.endsWith('成员单位')) return 'collective';
  if (/(市|县|区)(人民政府|政府)$/.test(name) || name.endsWith('管委会')) return 'city';
  if (/(厅|局|委|办|部|海关|支行|分行|委员会|办公室)$/.test(name)) return 'department';
  return 'other';
}
