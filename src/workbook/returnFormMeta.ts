/**
 * The `_wp_return` record: what a form was generated from, as JSON split over column B (a cell holds at most
 * 32,767 characters), so that a returned form can be matched to its ledger, unit, period and rows without
 * guessing, even when someone reordered or retyped the visible cells.
 */
import type { CellValue } from '../domain/entryCells';
import { META_CHUNK_CHARS, splitText } from './meta';
import type { CellPlan } from './plan';
import { RETURN_FORMAT_VERSION, RETURN_MARKER, RETURN_META_KEYS } from './returnFormFormat';

/** One row of WP_Return as generated: its item number (序号) and target id (指标编号, null for a text row). */
export interface ReturnRecordRow {
  item: number | null;
  target: string | null;
}

/** The JSON stored in `_wp_return`. */
export interface ReturnRecord {
  format: typeof RETURN_MARKER;
  version: number;
  /** Schema fingerprint of the ledger the form was generated from (`_wp_meta` fingerprint). */
  fingerprint: string;
  unit: string;
  period: string;
  /** ISO 8601 time the form was generated. */
  generatedAt: string;
  /** The WP_Return rows in order. */
  rows: ReturnRecordRow[];
  /** Item numbers of the WP_ReturnCooperation rows in order. */
  cooperation: number[];
}

/** The record of a form about to be generated. */
export function returnRecord(fields: Omit<ReturnRecord, 'format' | 'version'>): ReturnRecord {
  return { format: RETURN_MARKER, version: RETURN_FORMAT_VERSION, ...fields };
}

/** The cells of the `_wp_return` sheet: marker and version, the number of JSON parts, then the parts. */
export function returnRecordCells(record: ReturnRecord): CellPlan[] {
  const parts = splitText(JSON.stringify(record), META_CHUNK_CHARS);
  const pairs: [string, string | number][] = [
    [RETURN_META_KEYS.marker, record.version],
    [RETURN_META_KEYS.parts, parts.length],
    ...parts.map((part): [string, string] => [RETURN_META_KEYS.json, part]),
  ];
  return pairs.flatMap(([key, value], i): CellPlan[] => [
    { address: `A${i + 1}`, value: key, numberFormat: '@' },
    { address: `B${i + 1}`, value, ...(typeof value === 'string' ? { numberFormat: '@' } : {}) },
  ]);
}

/** Why a `_wp_return` record cannot be read: parts missing or edited, JSON that does not parse, not a record. */
export type ReturnRecordProblem = 'incomplete' | 'unparsable' | 'not-a-record';

/**
 * Reads the record back from the `_wp_return` grid: null when the grid carries no marker, a problem code (the
 * caller words it for users) when the parts are incomplete or the JSON is not a record.
 */
export function readReturnRecord(
  grid: CellValue[][],
): ReturnRecord | { problem: ReturnRecordProblem } | null {
  if (grid[0]?.[0] !== RETURN_META_KEYS.marker) return null;
  const declared = grid.find((row) => row[0] === RETURN_META_KEYS.parts)?.[1];
  const parts = grid.filter((row) => row[0] === RETURN_META_KEYS.json).map((row) => row[1]);
  if (typeof declared !== 'number' || declared !== parts.length || parts.some((p) => typeof p !== 'string'))
    return { problem: 'incomplete' };
  try {
    const record = JSON.parse(parts.join('')) as Partial<ReturnRecord>;
    if (
      record.format !== RETURN_MARKER ||
      typeof record.fingerprint !== 'string' ||
      !Array.isArray(record.rows)
    )
      return { problem: 'not-a-record' };
    return record as ReturnRecord;
  } catch {
    return { problem: 'unparsable' };
  }
}
