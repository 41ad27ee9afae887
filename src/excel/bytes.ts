/** Request-size estimates: Excel on the web rejects requests over 5 MB, so batches are planned by bytes. */

/** UTF-8 length of a string, without allocating an encoded copy. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a JSON value takes in a request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/**
 * Allowance per queued payload for the Actions and ObjectPaths Office.js sends around it. Measured with the real
 * request builder (tests/excel/requestBytes.test.ts): a highlight (sheet, range, format, fill, colour) is ~800
 * bytes, a conditional format ~1.7 KB for two payloads, a values block ~700 bytes plus its JSON; 1 KB per
 * payload covers every write the writers queue.
 */
export const OPERATION_OVERHEAD_BYTES = 1024;
