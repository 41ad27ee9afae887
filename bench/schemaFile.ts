/** Cost of the schema file format: serialising, reading back with validation, and the pure-TypeScript fingerprint. */
import { createHash } from 'node:crypto';
import { builtinSchema } from '../src/domain/builtin';
import { BUILTIN_NOTICE_TEXT } from '../src/domain/builtin/notice2021';
import { parseNotice } from '../src/domain/notice/parseNotice';
import type { Schema } from '../src/domain/schema';
import {
  fingerprintText,
  readSchemaFile,
  schemaFingerprint,
  serializeSchema,
} from '../src/domain/schemaFile';
import { Benchmark, label, ms, time } from './harness';
import { largeNotice } from './largeNotice';

function measure(print: (line: string) => void, name: string, schema: Schema, runs: number): void {
  const text = serializeSchema(schema);
  const hashed = fingerprintText(schema);
  print(
    `${name}: ${schema.items.length} items, ${schema.targets.length} targets, file ${Buffer.byteLength(text, 'utf8')} bytes, median of ${runs} runs`,
  );
  print(`  ${label('serializeSchema')}${ms(time(() => serializeSchema(schema), runs).median)}`);
  print(`  ${label('readSchemaFile (validating)')}${ms(time(() => readSchemaFile(text), runs).median)}`);
  print(`  ${label('JSON.parse alone')}${ms(time(() => JSON.parse(text) as unknown, runs).median)}`);
  print(`  ${label('schemaFingerprint (pure TS)')}${ms(time(() => schemaFingerprint(schema), runs).median)}`);
  print(
    `  ${label('node:crypto SHA-256, same text')}${ms(time(() => createHash('sha256').update(hashed, 'utf8').digest('hex'), runs).median)}`,
  );
}

/** The schema-file benchmark. */
export const benchmark: Benchmark = {
  name: 'schemaFile',
  run(print) {
    measure(print, 'built-in schema', builtinSchema(), 30);
    measure(
      print,
      'schema of the 1 MB notice',
      parseNotice(largeNotice(BUILTIN_NOTICE_TEXT, 1024 * 1024).text).schema,
      7,
    );
  },
};
