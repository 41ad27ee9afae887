/**
 * The key order of every object in the schema file format. It is the order of the fields in src/domain/schema.ts,
 * and the type check fails when a field is added to a schema type without being added here.
 */
import type { Diagnostic, Group, Item, Period, Schema, Section, SourceSpan, Target, Unit } from '../schema';

/** Resolves to `K` when it lists every key of `T`, else to a type naming the missing keys (a compile error). */
type Exhaustive<T, K extends readonly (keyof T)[]> = [Exclude<keyof T, K[number]>] extends [never]
  ? K
  : { missingKeys: Exclude<keyof T, K[number]> };

function keyOrder<T>() {
  return <const K extends readonly (keyof T)[]>(keys: K & Exhaustive<T, K>): K => keys;
}

/** Top-level keys of a schema file. */
export const SCHEMA_KEYS = keyOrder<Schema>()([
  'format',
  'version',
  'title',
  'issuer',
  'year',
  'cadence',
  'sections',
  'groups',
  'items',
  'units',
  'targets',
  'periods',
  'diagnostics',
]);
/** Keys of a section. */
export const SECTION_KEYS = keyOrder<Section>()(['no', 'title']);
/** Keys of a group. */
export const GROUP_KEYS = keyOrder<Group>()(['no', 'section', 'title']);
/** Keys of an item. */
export const ITEM_KEYS = keyOrder<Item>()([
  'no',
  'label',
  'section',
  'group',
  'title',
  'text',
  'lead',
  'cooperate',
  'responsible',
  'deadline',
  'source',
]);
/** Keys of a unit. */
export const UNIT_KEYS = keyOrder<Unit>()(['name', 'aliases', 'kind', 'members', 'unconfirmed']);
/** Keys of a target. */
export const TARGET_KEYS = keyOrder<Target>()([
  'id',
  'item',
  'block',
  'name',
  'value',
  'stretch',
  'measure',
  'comparator',
  'approx',
  'kind',
  'reporter',
  'confidence',
  'source',
]);
/** Keys of a period. */
export const PERIOD_KEYS = keyOrder<Period>()(['label', 'fraction', 'end']);
/** Keys of a diagnostic in a file; `detail` (the message as key and parameters) lives only in memory. */
export const DIAGNOSTIC_KEYS = keyOrder<Omit<Diagnostic, 'detail'>>()([
  'severity',
  'line',
  'column',
  'code',
  'message',
]);
/** Keys of a source span. */
export const SOURCE_KEYS = keyOrder<SourceSpan>()(['line', 'column', 'text']);
