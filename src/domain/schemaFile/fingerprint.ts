/** The schema fingerprint that later steps store in the workbook to recognise the schema a ledger was built from. */
import type { Schema } from '../schema';
import { sha256HexOfText } from '../sha256';
import { canonicalSchema } from './serialize';

/**
 * The canonical text the fingerprint is taken over: the schema file text without the `diagnostics` member
 * (diagnostics describe how the notice was read, not the work points, so rewording a warning keeps the fingerprint).
 */
export function fingerprintText(schema: Schema): string {
  return `${JSON.stringify(canonicalSchema(schema, { diagnostics: false }), null, 2)}\n`;
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of `fingerprintText(schema)`. */
export function schemaFingerprint(schema: Schema): string {
  return sha256HexOfText(fingerprintText(schema));
}
