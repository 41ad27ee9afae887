/** The `workpoints-schema` file format: canonical text, validated reading and the fingerprint. */
export { serializeSchema, canonicalSchema } from './serialize';
export { readSchemaFile, SCHEMA_FORMAT, SCHEMA_VERSION } from './readSchemaFile';
export type { ReadSchemaResult } from './readSchemaFile';
export type { SchemaFileError } from './fieldCheck';
export { schemaFingerprint, fingerprintText } from './fingerprint';
