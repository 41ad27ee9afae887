/**
 * The hand-made test schema (tests/fixtures/entries/schema.json): four departments, two cities, two collectives
 * (各设区市人民政府 with members, 全体成员单位 without), six items, five targets.
 */
import type { Cadence, Schema } from '../../../src/domain/schema';
import { buildPeriods } from '../../../src/domain/periods';
import schemaJson from '../../fixtures/entries/schema.json';

/** The test schema (quarterly unless asked), a fresh copy each call. */
export function testSchema(cadence: Cadence = 'quarterly'): Schema {
  // JSON imports type string fields as string, not the schema's literal unions.
  const schema = JSON.parse(JSON.stringify(schemaJson)) as unknown as Schema;
  return { ...schema, cadence, periods: buildPeriods(schema.year, cadence) };
}
