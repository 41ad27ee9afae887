/** The canonical text of a schema file: fixed key order, 2-space indent, trailing newline. */
import type { Schema } from '../schema';
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

type Plain = Record<string, unknown>;

/** Copies the listed keys in order; absent optional fields stay absent rather than becoming null. */
function pick(
  value: object,
  keys: readonly string[],
  nested: Record<string, (v: unknown) => unknown> = {},
): Plain {
  const source = value as Plain;
  const out: Plain = {};
  for (const key of keys) {
    const field = source[key];
    if (field === undefined) continue;
    const convert = nested[key];
    out[key] = convert ? convert(field) : Array.isArray(field) ? [...field] : field;
  }
  return out;
}

const span = (v: unknown): Plain => pick(v as object, SOURCE_KEYS);
const each = (keys: readonly string[], nested?: Record<string, (v: unknown) => unknown>) => (list: unknown) =>
  (list as object[]).map((entry) => pick(entry, keys, nested));

/**
 * A plain copy of the schema with keys in canonical order, optionally without its diagnostics
 * (the fingerprint leaves them out: they describe the parse, not the work points).
 */
export function canonicalSchema(schema: Schema, options: { diagnostics?: boolean } = {}): Plain {
  const keys = options.diagnostics === false ? SCHEMA_KEYS.filter((k) => k !== 'diagnostics') : SCHEMA_KEYS;
  return pick(schema, keys, {
    sections: each(SECTION_KEYS),
    groups: each(GROUP_KEYS),
    items: each(ITEM_KEYS, { source: span }),
    units: each(UNIT_KEYS),
    targets: each(TARGET_KEYS, { source: span }),
    periods: each(PERIOD_KEYS),
    diagnostics: each(DIAGNOSTIC_KEYS),
  });
}

/** Canonical JSON text of a schema in the `workpoints-schema` file format (version 1). */
export function serializeSchema(schema: Schema): string {
  return `${JSON.stringify(canonicalSchema(schema), null, 2)}\n`;
}
