/**
 * A GBK encoder for tests, built by running Node's own GB18030 decoder over every two-byte code, so that
 * test input is produced independently of the decoding code under test.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // Not a valid two-byte code.
      }
    }
  }
  return table;
}

/** GBK bytes of a text made of ASCII and characters in the GBK repertoire; throws on anything else. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = codes.get(char);
    if (!pair) throw new Error(`not in GBK: ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}

/** Every non-ASCII character the table knows, for random test text. */
export function gbkCharacters(): string[] {
  return [...gbkTable().keys()];
}
