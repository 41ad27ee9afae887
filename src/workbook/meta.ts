/**
 * The `_wp_meta` sheet: key/value rows in columns A and B. The schema JSON is split over as many `schema`
 * rows as needed because one cell holds at most 32,767 characters.
 */
import type { CellValue } from '../domain/entryCells';
import { message, type Message } from '../domain/messages';
import type { CellPlan } from './plan';

/** Characters of schema JSON per cell: below Excel's 32,767 limit with room to spare. */
export const META_CHUNK_CHARS = 30000;

/** Keys written in column A of `_wp_meta`. */
export const META_KEYS = {
  marker: 'workpoints-meta',
  formatVersion: 'formatVersion',
  fingerprint: 'fingerprint',
  appVersion: 'appVersion',
  earlierFingerprint: 'earlierFingerprint',
  schemaParts: 'schemaParts',
  schema: 'schema',
} as const;

/** What `_wp_meta` records. */
export interface MetaContent {
  formatVersion: number;
  fingerprint: string;
  appVersion: string;
  schemaJson: string;
  /**
   * Fingerprints of the schemas this ledger held before (format 3), oldest first: forms generated from an earlier
   * schema are still recognised as this ledger's. Absent or empty for a ledger whose schema never changed.
   */
  earlierFingerprints?: string[];
}

/** Splits text into pieces of at most `size` UTF-16 units without cutting a surrogate pair in two. */
export function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** The cells of the `_wp_meta` sheet (all values literal; column B formatted as text). */
export function metaCells(content: MetaContent): CellPlan[] {
  const parts = splitText(content.schemaJson, META_CHUNK_CHARS);
  const pairs: [string, string | number][] = [
    [META_KEYS.marker, 1],
    [META_KEYS.formatVersion, content.formatVersion],
    [META_KEYS.fingerprint, content.fingerprint],
    [META_KEYS.appVersion, content.appVersion],
    ...(content.earlierFingerprints ?? []).map((f): [string, string] => [META_KEYS.earlierFingerprint, f]),
    [META_KEYS.schemaParts, parts.length],
    ...parts.map((part): [string, string] => [META_KEYS.schema, part]),
  ];
  return pairs.flatMap(([key, value], i) => [
    { address: `A${i + 1}`, value: key },
    { address: `B${i + 1}`, value, numberFormat: typeof value === 'string' ? '@' : undefined },
  ]);
}

/** Why `_wp_meta` could not be read. */
export type MetaProblem = Message;

/**
 * Reads the `_wp_meta` grid back. Returns null when the grid carries no marker (not our sheet) and a
 * problem when the schema parts are incomplete (a cell was edited or cut).
 */
export function readMetaGrid(grid: CellValue[][]): MetaContent | MetaProblem | null {
  const values = new Map<string, CellValue>();
  const parts: string[] = [];
  const earlier: string[] = [];
  for (const row of grid) {
    const key = row[0];
    const value = row[1] ?? null;
    if (key === META_KEYS.schema) parts.push(typeof value === 'string' ? value : '');
    else if (key === META_KEYS.earlierFingerprint) {
      if (typeof value === 'string' && value.trim() !== '') earlier.push(value.trim());
    } else if (typeof key === 'string' && !values.has(key)) values.set(key, value);
  }
  if (!values.has(META_KEYS.marker)) return null;
  const declared = values.get(META_KEYS.schemaParts);
  if (typeof declared !== 'number' || declared !== parts.length) {
    return message('ledger.metaIncomplete', { declared: String(declared), actual: parts.length });
  }
  const version = values.get(META_KEYS.formatVersion);
  const fingerprint = values.get(META_KEYS.fingerprint);
  const appVersion = values.get(META_KEYS.appVersion);
  return {
    formatVersion: typeof version === 'number' ? version : 0,
    fingerprint: typeof fingerprint === 'string' ? fingerprint : '',
    appVersion: typeof appVersion === 'string' ? appVersion : '',
    schemaJson: parts.join(''),
    earlierFingerprints: earlier,
  };
}

/**
 * The format version a `_wp_meta` grid records, read on its own (a grid whose schema parts are damaged still
 * says which format it is in); 0 when the grid carries no marker or no numeric version.
 */
export function metaFormatVersion(grid: CellValue[][]): number {
  const value = (key: string) => grid.find((row) => row[0] === key)?.[1];
  if (value(META_KEYS.marker) === undefined) return 0;
  const version = value(META_KEYS.formatVersion);
  return typeof version === 'number' ? version : 0;
}
