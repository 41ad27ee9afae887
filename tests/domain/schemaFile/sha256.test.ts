import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256, sha256HexOfText, toHex } from '../../../src/domain/sha256';

function nodeSha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Text that mixes ASCII, CJK (including full-width punctuation) and astral characters. */
const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', '1', ' ', '\n', '(', '、', '，', '（', '）', '“', '”', '%'),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)),
    fc.constantFrom('工', '作', '要', '点', '台', '账', '牵', '头', '配', '合'),
  ),
  maxLength: 300,
});

describe('sha256', () => {
  it('matches the FIPS 180-4 example digests', () => {
    // The published examples of the standard, checked against node:crypto rather than retyped.
    for (const message of ['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq']) {
      expect(sha256HexOfText(message)).toBe(nodeSha256(message));
    }
  });

  it('matches node:crypto on random bytes, across the 55/56/64-byte padding boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), (bytes) => {
        expect(toHex(sha256(bytes))).toBe(nodeSha256(bytes));
      }),
      { numRuns: 200 },
    );
    for (let length = 50; length <= 130; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      expect(toHex(sha256(bytes))).toBe(nodeSha256(bytes));
    }
  });

  it('matches node:crypto on random text with CJK and astral characters, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 100 })), (text) => {
        expect(sha256HexOfText(text)).toBe(nodeSha256(Buffer.from(text, 'utf8')));
      }),
      { numRuns: 200 },
    );
  });

  it('matches node:crypto on a message longer than one megabyte', () => {
    const text = '省工业和信息化厅牵头，力争全年净增规上工业企业1000户以上。\n'.repeat(40000);
    expect(sha256HexOfText(text)).toBe(nodeSha256(Buffer.from(text, 'utf8')));
  });

  it('returns 64 lowercase hexadecimal characters', () => {
    expect(sha256HexOfText('工作要点')).toMatch(/^[0-9a-f]{64}$/);
  });
});
