/** What changes when a schema replaces another in a workbook: items, targets, units and periods, by key. */
import type { Item, Period, Schema, Target, Unit } from '../domain/schema';
import type { SchemaChange } from './plan';

type Entity = SchemaChange['entity'];

/** Chinese name of each entity and of the fields a change is reported for. */
const ENTITY_LABEL: Record<Entity, string> = {
  item: '工作任务',
  target: '目标指标',
  unit: '单位',
  period: '报告期',
};

const ITEM_FIELDS: [keyof Item, string][] = [
  ['section', '板块'],
  ['group', '分组'],
  ['title', '标题'],
  ['text', '任务内容'],
  ['lead', '牵头单位'],
  ['cooperate', '配合单位'],
  ['responsible', '责任单位'],
  ['deadline', '完成时限'],
];
const TARGET_FIELDS: [keyof Target, string][] = [
  ['item', '序号'],
  ['block', '所属目标'],
  ['name', '指标名称'],
  ['value', '目标值'],
  ['stretch', '力争值'],
  ['measure', '计量单位'],
  ['comparator', '比较'],
  ['approx', '左右'],
  ['kind', '口径'],
  ['reporter', '填报单位'],
];
const UNIT_FIELDS: [keyof Unit, string][] = [
  ['aliases', '别名'],
  ['kind', '类型'],
  ['members', '成员单位'],
];
const PERIOD_FIELDS: [keyof Period, string][] = [
  ['fraction', '序时进度'],
  ['end', '截止日期'],
];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Longest value shown in a change; longer texts (an item's text) are cut, the change itself is still named. */
const SHOWN = 24;

/** A field's value as the office reads it in a change: lists with 、, nothing as （空）. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (Array.isArray(value)) return value.length === 0 ? '（空）' : value.map(shown).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

function diffBy<T>(
  entity: Entity,
  before: T[],
  after: T[],
  key: (x: T) => string,
  fields: [keyof T, string][],
  label: (x: T) => string,
): SchemaChange[] {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const changes: SchemaChange[] = [];
  const what = ENTITY_LABEL[entity];
  for (const [k, x] of now) {
    const previous = old.get(k);
    if (!previous) {
      changes.push({ kind: 'added', entity, key: k, detail: `新增${what} ${label(x)}` });
      continue;
    }
    // Each changed field with its value before and after, so that the office can check a change before confirming.
    const changed = fields
      .filter(([f]) => !same(previous[f], x[f]))
      .map(([f, name]) => `${name} ${shown(previous[f])} → ${shown(x[f])}`);
    if (changed.length > 0) {
      changes.push({
        kind: 'changed',
        entity,
        key: k,
        detail: `${what} ${label(x)}：${changed.join('；')}`,
      });
    }
  }
  for (const [k, x] of old) {
    if (!now.has(k)) changes.push({ kind: 'removed', entity, key: k, detail: `删除${what} ${label(x)}` });
  }
  return changes;
}

/** Differences from `before` to `after`, items first, then targets, units and periods. */
export function diffSchemas(before: Schema, after: Schema): SchemaChange[] {
  return [
    ...diffBy(
      'item',
      before.items,
      after.items,
      (i) => String(i.no),
      ITEM_FIELDS,
      (i) => `${i.no}（${i.title}）`,
    ),
    ...diffBy(
      'target',
      before.targets,
      after.targets,
      (t) => t.id,
      TARGET_FIELDS,
      (t) => `${t.id}（${t.name}）`,
    ),
    ...diffBy(
      'unit',
      before.units,
      after.units,
      (u) => u.name,
      UNIT_FIELDS,
      (u) => u.name,
    ),
    ...diffBy(
      'period',
      before.periods,
      after.periods,
      (p) => p.label,
      PERIOD_FIELDS,
      (p) => p.label,
    ),
  ];
}
