/** Reads a `workpoints-schema` file back into a Schema, checking every field of untrusted text. */
import type { Cadence, Comparator, Schema, Severity, Target, TargetKind, UnitKind } from '../schema';
import {
  DIAGNOSTIC_KEYS,
  GROUP_KEYS,
  ITEM_KEYS,
  PERIOD_KEYS,
  SCHEMA_KEYS,
  SECTION_KEYS,
  SOURCE_KEYS,
  TARGET_KEYS,
  UNIT_KEYS,
} from './keyOrder';
import {
  arrayAt,
  at,
  booleanAt,
  enumAt,
  ErrorList,
  integerAt,
  JsonObject,
  member,
  numberAt,
  objectAt,
  SchemaFileError,
  stringAt,
  stringListAt,
} from './fieldCheck';
import { canonicalSchema } from './serialize';

/** The format name every schema file carries. */
export const SCHEMA_FORMAT = 'workpoints-schema';
/** The only format version this code reads and writes. */
export const SCHEMA_VERSION = 1;

/** Result of reading a schema file: the schema, or every problem found with its field path. */
export type ReadSchemaResult = { ok: true; schema: Schema } | { ok: false; errors: SchemaFileError[] };

const CADENCES: readonly Cadence[] = ['quarterly', 'monthly'];
const UNIT_KINDS: readonly UnitKind[] = ['department', 'city', 'collective', 'other'];
const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<', '='];
const TARGET_KINDS: readonly TargetKind[] = ['increment', 'total', 'rate', 'cap'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CONFIDENCES: readonly Target['confidence'][] = ['high', 'low'];

/** Optional keys per object; every other key of the key order is required. */
const OPTIONAL: Record<string, readonly string[]> = {
  item: ['group', 'deadline'],
  unit: ['members', 'unconfirmed'],
  target: ['block', 'stretch'],
};
const required = (keys: readonly string[], optional: readonly string[] = []): string[] =>
  keys.filter((k) => !optional.includes(k));

const TARGET_ID = /^T(0|[1-9][0-9]*)\.([1-9][0-9]*)$/;
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Line and column (1-based) of a character offset, for pointing at a JSON syntax error. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `第 ${before.length} 行第 ${(before[before.length - 1] ?? '').length + 1} 列`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // Engines word the message differently; only the offset, when given, is worth keeping.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const where = position ? `（${lineColumn(text, Number(position[1]))}附近）` : '';
    return { ok: false, message: `不是有效的 JSON 文本${where}` };
  }
}

function checkSource(errors: ErrorList, value: unknown, path: string): void {
  const span = objectAt(errors, value, path, SOURCE_KEYS);
  if (!span) return;
  integerAt(errors, member(span, 'line'), at(path, 'line'), 1);
  integerAt(errors, member(span, 'column'), at(path, 'column'), 1);
  stringAt(errors, member(span, 'text'), at(path, 'text'));
}

/** Checks each element of a top-level array with `check`; returns nothing, errors carry the findings. */
function eachOf(
  errors: ErrorList,
  root: JsonObject,
  key: string,
  check: (entry: unknown, path: string) => void,
): void {
  const list = arrayAt(errors, member(root, key), key);
  list?.forEach((entry, i) => check(entry, `${key}[${i}]`));
}

/** Records a duplicate when `key` was seen before, naming where it was first used. */
function unique(errors: ErrorList, seen: Map<string, string>, key: string, path: string, what: string): void {
  const first = seen.get(key);
  if (first !== undefined) errors.add(path, `${path} ${what}重复（与 ${first} 相同）`);
  else seen.set(key, path);
}

function checkHeader(errors: ErrorList, root: JsonObject): boolean {
  const format = member(root, 'format');
  if (format !== SCHEMA_FORMAT) {
    errors.add('format', `format 应为 "${SCHEMA_FORMAT}"：这不是工作要点结构文件`);
    return false;
  }
  const version = member(root, 'version');
  if (version !== SCHEMA_VERSION) {
    errors.add(
      'version',
      typeof version === 'number' && version > SCHEMA_VERSION
        ? `version 为 ${version}：文件由更新版本的程序写出，本程序只支持版本 ${SCHEMA_VERSION}，请升级后再打开`
        : `version 应为 ${SCHEMA_VERSION}`,
    );
    return false;
  }
  return true;
}

function checkBody(errors: ErrorList, root: JsonObject): void {
  stringAt(errors, member(root, 'title'), 'title');
  stringAt(errors, member(root, 'issuer'), 'issuer');
  integerAt(errors, member(root, 'year'), 'year', 1900, 2200);
  enumAt(errors, member(root, 'cadence'), 'cadence', CADENCES);

  const sections = new Map<string, string>();
  eachOf(errors, root, 'sections', (entry, path) => {
    const section = objectAt(errors, entry, path, SECTION_KEYS);
    if (!section) return;
    const no = integerAt(errors, member(section, 'no'), at(path, 'no'), 1);
    if (no !== undefined) unique(errors, sections, String(no), at(path, 'no'), '板块编号');
    stringAt(errors, member(section, 'title'), at(path, 'title'));
  });

  const groups = new Map<string, string>();
  eachOf(errors, root, 'groups', (entry, path) => {
    const group = objectAt(errors, entry, path, GROUP_KEYS);
    if (!group) return;
    const no = integerAt(errors, member(group, 'no'), at(path, 'no'), 1);
    const section = integerAt(errors, member(group, 'section'), at(path, 'section'), 1);
    if (section !== undefined && !sections.has(String(section))) {
      errors.add(at(path, 'section'), `${at(path, 'section')} 引用的板块 ${section} 不存在`);
    }
    // Group numbers may restart in each section, so a group is known by its section and number.
    if (no !== undefined && section !== undefined)
      unique(errors, groups, `${section}:${no}`, at(path, 'no'), '板块内分组编号');
    stringAt(errors, member(group, 'title'), at(path, 'title'));
  });

  const units = new Map<string, string>();
  const unitList = arrayAt(errors, member(root, 'units'), 'units') ?? [];
  const checkedUnits: { unit: JsonObject; path: string }[] = [];
  unitList.forEach((entry, i) => {
    const path = `units[${i}]`;
    const unit = objectAt(errors, entry, path, required(UNIT_KEYS, OPTIONAL.unit), OPTIONAL.unit);
    if (!unit) return;
    const name = stringAt(errors, member(unit, 'name'), at(path, 'name'), true);
    if (name !== undefined) unique(errors, units, name, at(path, 'name'), '单位名称');
    checkedUnits.push({ unit, path });
  });
  // Aliases are checked once all names are known: an alias that is another unit's name would make lookups ambiguous.
  const aliases = new Map<string, string>();
  for (const { unit, path } of checkedUnits) {
    const own = member(unit, 'name');
    const list = stringListAt(errors, member(unit, 'aliases'), at(path, 'aliases')) ?? [];
    list.forEach((alias, k) => {
      const aliasPath = `${at(path, 'aliases')}[${k}]`;
      if (alias !== own && units.has(alias)) errors.add(aliasPath, `${aliasPath} 与单位“${alias}”的名称相同`);
      else if (alias !== own) unique(errors, aliases, alias, aliasPath, '单位简称');
    });
    const kind = enumAt(errors, member(unit, 'kind'), at(path, 'kind'), UNIT_KINDS);
    booleanAt(errors, member(unit, 'unconfirmed'), at(path, 'unconfirmed'));
    const members = member(unit, 'members');
    if (members !== undefined) {
      stringListAt(errors, members, at(path, 'members'));
      if (kind !== undefined && kind !== 'collective') {
        errors.add(at(path, 'members'), `${at(path, 'members')} 只适用于集合单位（kind 为 "collective"）`);
      }
    }
  }

  const knownUnit = (value: unknown, path: string): void => {
    const name = stringAt(errors, value, path, true);
    if (name !== undefined && !units.has(name)) errors.add(path, `${path} 单位“${name}”不在 units 中`);
  };

  const items = new Map<string, string>();
  // Items that name no unit: their targets wait for the office to name one (a news list of 实事 names none).
  const unitless = new Set<number>();
  eachOf(errors, root, 'items', (entry, path) => {
    const item = objectAt(errors, entry, path, required(ITEM_KEYS, OPTIONAL.item), OPTIONAL.item);
    if (!item) return;
    const no = integerAt(errors, member(item, 'no'), at(path, 'no'), 1);
    if (no !== undefined) unique(errors, items, String(no), at(path, 'no'), '要点编号');
    stringAt(errors, member(item, 'label'), at(path, 'label'));
    const section = integerAt(errors, member(item, 'section'), at(path, 'section'), 1);
    if (section !== undefined && !sections.has(String(section))) {
      errors.add(at(path, 'section'), `${at(path, 'section')} 引用的板块 ${section} 不存在`);
    }
    const group = integerAt(errors, member(item, 'group'), at(path, 'group'), 1);
    if (group !== undefined && section !== undefined && !groups.has(`${section}:${group}`)) {
      errors.add(at(path, 'group'), `${at(path, 'group')} 引用的分组 ${group} 不在板块 ${section} 中`);
    }
    stringAt(errors, member(item, 'title'), at(path, 'title'));
    stringAt(errors, member(item, 'text'), at(path, 'text'));
    let named = 0;
    for (const role of ['lead', 'cooperate', 'responsible'] as const) {
      const list = arrayAt(errors, member(item, role), at(path, role));
      list?.forEach((name, k) => knownUnit(name, `${at(path, role)}[${k}]`));
      named += list?.length ?? 0;
    }
    if (no !== undefined && named === 0) unitless.add(no);
    const deadline = stringAt(errors, member(item, 'deadline'), at(path, 'deadline'));
    if (deadline !== undefined && !isRealDate(deadline))
      errors.add(at(path, 'deadline'), `${at(path, 'deadline')} 应为 YYYY-MM-DD 格式的日期`);
    checkSource(errors, member(item, 'source'), at(path, 'source'));
  });

  const targets = new Map<string, string>();
  eachOf(errors, root, 'targets', (entry, path) => {
    const target = objectAt(errors, entry, path, required(TARGET_KEYS, OPTIONAL.target), OPTIONAL.target);
    if (!target) return;
    const idPath = at(path, 'id');
    const id = stringAt(errors, member(target, 'id'), idPath);
    const idMatch = id === undefined ? null : TARGET_ID.exec(id);
    if (id !== undefined && !idMatch) errors.add(idPath, `${idPath} 应形如 T19.2（T + 要点编号 + . + 序号）`);
    if (id !== undefined) unique(errors, targets, id, idPath, '指标编号');
    const itemValue = member(target, 'item');
    const item = itemValue === null ? null : integerAt(errors, itemValue, at(path, 'item'), 1);
    if (typeof item === 'number' && !items.has(String(item))) {
      errors.add(at(path, 'item'), `${at(path, 'item')} 引用的要点 ${item} 不存在`);
    }
    if (idMatch && item !== undefined && idMatch[1] !== String(item ?? 0)) {
      errors.add(idPath, `${idPath} 应以 T${item ?? 0}. 开头，与所属要点一致`);
    }
    stringAt(errors, member(target, 'block'), at(path, 'block'));
    stringAt(errors, member(target, 'name'), at(path, 'name'));
    numberAt(errors, member(target, 'value'), at(path, 'value'));
    numberAt(errors, member(target, 'stretch'), at(path, 'stretch'));
    stringAt(errors, member(target, 'measure'), at(path, 'measure'));
    enumAt(errors, member(target, 'comparator'), at(path, 'comparator'), COMPARATORS);
    booleanAt(errors, member(target, 'approx'), at(path, 'approx'));
    enumAt(errors, member(target, 'kind'), at(path, 'kind'), TARGET_KINDS);
    // A target of a 工作目标 block that no item owns, or of an item that names no unit, may wait for the user to pick
    // its reporter ('').
    const waits = itemValue === null || (item !== undefined && item !== null && unitless.has(item));
    if (!(waits && member(target, 'reporter') === ''))
      knownUnit(member(target, 'reporter'), at(path, 'reporter'));
    enumAt(errors, member(target, 'confidence'), at(path, 'confidence'), CONFIDENCES);
    checkSource(errors, member(target, 'source'), at(path, 'source'));
  });

  const labels = new Map<string, string>();
  let previousFraction = 0;
  eachOf(errors, root, 'periods', (entry, path) => {
    const period = objectAt(errors, entry, path, PERIOD_KEYS);
    if (!period) return;
    const label = stringAt(errors, member(period, 'label'), at(path, 'label'), true);
    if (label !== undefined) unique(errors, labels, label, at(path, 'label'), '报告期名称');
    const fraction = numberAt(errors, member(period, 'fraction'), at(path, 'fraction'));
    if (fraction !== undefined) {
      if (fraction <= 0 || fraction > 1)
        errors.add(at(path, 'fraction'), `${at(path, 'fraction')} 应大于 0 且不大于 1`);
      else if (fraction <= previousFraction)
        errors.add(
          at(path, 'fraction'),
          `${at(path, 'fraction')} 应大于上一报告期的序时进度 ${previousFraction}`,
        );
      else previousFraction = fraction;
    }
    const end = stringAt(errors, member(period, 'end'), at(path, 'end'));
    if (end !== undefined && !isRealDate(end))
      errors.add(at(path, 'end'), `${at(path, 'end')} 应为 YYYY-MM-DD 格式的日期`);
  });

  eachOf(errors, root, 'diagnostics', (entry, path) => {
    const diagnostic = objectAt(errors, entry, path, DIAGNOSTIC_KEYS);
    if (!diagnostic) return;
    enumAt(errors, member(diagnostic, 'severity'), at(path, 'severity'), SEVERITIES);
    // Line 0 marks a diagnostic about the whole text (e.g. no items found).
    integerAt(errors, member(diagnostic, 'line'), at(path, 'line'), 0);
    integerAt(errors, member(diagnostic, 'column'), at(path, 'column'), 0);
    stringAt(errors, member(diagnostic, 'code'), at(path, 'code'), true);
    stringAt(errors, member(diagnostic, 'message'), at(path, 'message'));
  });
}

/** Reads and validates schema file text; never throws, whatever the text. */
export function readSchemaFile(text: string): ReadSchemaResult {
  try {
    if (typeof text !== 'string')
      return { ok: false, errors: [{ path: '', message: '结构文件内容应为文本' }] };
    const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!parsed.ok) return { ok: false, errors: [{ path: '', message: parsed.message }] };
    const errors = new ErrorList();
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, errors: [{ path: '', message: '文件内容应为对象（以 { 开头的 JSON）' }] };
    }
    const root = value as JsonObject;
    // The header comes first: another kind of JSON file deserves one sentence, not a list of missing fields.
    if (!checkHeader(errors, root)) return { ok: false, errors: errors.list() };
    objectAt(errors, root, '', SCHEMA_KEYS);
    checkBody(errors, root);
    if (errors.any) return { ok: false, errors: errors.list() };
    // Every key was checked above, so the object is a Schema; the canonical copy drops nothing but key order.
    return { ok: true, schema: canonicalSchema(root as unknown as Schema) as unknown as Schema };
  } catch {
    // Unreachable by design; kept so that no input can take the caller down.
    return { ok: false, errors: [{ path: '', message: '结构文件无法读取' }] };
  }
}
