/** The built-in default schema: the reference notice, parsed and reviewed by hand. */
import type { Schema } from '../schema';
import golden from './schema2021.json';

/** A fresh deep copy of the built-in 2021 schema (callers may edit it freely). */
export function builtinSchema(): Schema {
  // The JSON is checked against parseNotice(BUILTIN_NOTICE_TEXT) by tests/domain/notice/golden.test.ts.
  return JSON.parse(JSON.stringify(golden)) as Schema;
}

export { BUILTIN_NOTICE_TEXT } from './notice2021';
