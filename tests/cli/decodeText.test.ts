import fc from 'fast-check';
import { decodeText } from '../../src/cli/decodeText';
import { encodeGbk, gbkCharacters } from './gbk';

const NOTICE =
  '一、着力强化统筹协调\r\n1.充实“小升规”企业培育库，力争全年净增规上工业企业1000户以上。（责任单位：省工业和信息化厅、省统计局）\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode(NOTICE))).toEqual({ text: NOTICE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NOTICE)]);
    expect(decodeText(bytes)).toEqual({ text: NOTICE, encoding: 'utf-8' });
  });

  it('reads GBK text saved by Chinese Windows', () => {
    expect(decodeText(encodeGbk(NOTICE))).toEqual({ text: NOTICE, encoding: 'gb18030' });
  });

  it('reads UTF-16 with either byte-order mark', () => {
    const le = Buffer.from(`\ufeff${NOTICE}`, 'utf16le');
    expect(decodeText(new Uint8Array(le))).toEqual({ text: NOTICE, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decodeText(new Uint8Array(be))).toEqual({ text: NOTICE, encoding: 'utf-16be' });
  });

  // A string of two or three GBK characters can happen to be valid UTF-8 (莯 is C7 80, also UTF-8 for ǀ);
  // a notice line cannot, in practice, so the property is stated for sentence-length text.
  it('reads back any GBK text of sentence length', () => {
    const chars = gbkCharacters();
    const chinese = fc.nat(chars.length - 1).map((i) => chars[i] as string);
    const gbkText = fc
      .array(fc.tuple(chinese, fc.constantFrom('', '1', '.', '、', '（', '\n', 'a')), {
        minLength: 12,
        maxLength: 60,
      })
      .map((pairs) => pairs.map(([c, other]) => c + other).join(''));
    fc.assert(
      fc.property(gbkText, (text) => {
        const bytes = encodeGbk(text);
        const decoded = decodeText(bytes);
        expect(decoded.text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
