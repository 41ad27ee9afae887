/** Property tests: the parser never throws, reports only item numbers that are in the text, and runs in linear time. */
import fc from 'fast-check';
import { BUILTIN_NOTICE_TEXT } from '../../../src/domain/builtin/notice2021';
import { normalizeText } from '../../../src/domain/notice/normalize';
import { parseNotice } from '../../../src/domain/notice/parseNotice';
import { spanIsAt, toFullWidthPunctuation } from './noticeVariants';

const TOKENS = [
  '一、',
  '(一)',
  '(二)',
  '1.',
  '2.',
  '1、',
  '(1)',
  '①',
  '十二、',
  '责任单位:',
  '牵头单位:',
  '配合单位:',
  '牵头',
  '配合',
  '、',
  ',',
  ';',
  '。',
  '(',
  ')',
  '[',
  ']',
  '【',
  '】',
  '\n',
  '\r\n',
  '\r',
  '\u3000',
  ' ',
  '省财政厅',
  '省工信厅',
  '各设区市人民政府',
  '全体成员单位',
  '新增',
  '力争',
  '100家',
  '1,500户',
  '6.2%',
  '以上',
  '左右',
  '以内',
  '控制在',
  '突破',
  '等14家',
  '下同',
  '排在首位为牵头单位',
  '等部门',
  '2021年',
  '2021年4月15日',
  '由75%提高至',
  '不到100万元部分',
  '《',
  '》',
  '“',
  '”',
  '工作目标:',
  '抄送:',
  '— 3 —',
  'x',
  '9',
  '.',
  '\uD83D',
  '\u0000',
];

const tokenNotice = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((parts) => parts.join(''));

const mutatedNotice = fc
  .array(
    fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })),
    }),
    { maxLength: 12 },
  )
  .chain((edits) =>
    fc.boolean().map((fullWidth) => {
      let text = fullWidth ? toFullWidthPunctuation(BUILTIN_NOTICE_TEXT) : BUILTIN_NOTICE_TEXT;
      for (const edit of edits) {
        const at = edit.at % (text.length + 1);
        text = text.slice(0, at) + edit.insert + text.slice(at + edit.length);
      }
      return text;
    }),
  );

/** True when the item's marker (the last part of its label) starts its source line. */
function labelWritten(label: string, sourceText: string): boolean {
  const written = normalizeText(sourceText);
  for (let k = 0; k < label.length; k++) {
    const tail = label.slice(k);
    if (/[\d一二三四五六七八九十\u2460-\u2473]/.test(tail) && written.startsWith(tail)) return true;
  }
  return false;
}

function checkInvariants(text: string): void {
  const { schema, diagnostics } = parseNotice(text);
  expect(schema.diagnostics).toEqual(diagnostics);
  // The guard in parseNotice turns a crash into `internal-error`; the parser itself must not need it.
  expect(diagnostics.map((d) => d.code)).not.toContain('internal-error');
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.code).toMatch(/^[a-z-]+$/);
    expect(d.message).toMatch(/[\u4e00-\u9fff]/);
  }
  const numbers = schema.items.map((item) => item.no);
  expect(new Set(numbers).size).toBe(numbers.length);
  // An item whose number the page lost is reported where it stands; every other item's number is written there.
  const lost = new Map(
    diagnostics.filter((d) => d.code === 'number-lost').map((d) => [d.line, d.detail?.params?.label]),
  );
  // Rows without a number under a heading are numbered within its group (`一1`, `一2`), as the office is told.
  const unnumbered = new Set(
    diagnostics
      .filter((d) => d.detail?.key === 'notice.unnumbered-items')
      .map((d) => String(d.detail?.params?.group ?? ''))
      .filter((group) => group !== ''),
  );
  const rowOfGroup = (label: string): boolean =>
    [...unnumbered].some((group) => label.startsWith(group) && /^\d+$/.test(label.slice(group.length)));
  for (const item of schema.items) {
    expect(spanIsAt(text, item.source)).toBe(true);
    // …and that label is the one the item was given.
    const mark = lost.get(item.source.line);
    if (mark !== undefined) {
      const written = String(mark).replace(/^.*、/, '');
      expect(written).toMatch(/[\d一二三四五六七八九十\u2460-\u2473]\)?$/);
      expect(item.label.replace(/^.*、/, '')).toBe(written);
    } else expect(labelWritten(item.label, item.source.text) || rowOfGroup(item.label)).toBe(true);
  }
  for (const target of schema.targets) {
    expect(target.id).toMatch(/^T\d+\.\d+$/);
    expect(target.item === null || numbers.includes(target.item)).toBe(true);
    expect(Number.isFinite(target.value)).toBe(true);
  }
  if (schema.items.length === 0) expect(diagnostics.some((d) => d.code === 'no-items')).toBe(true);
}

describe('parseNotice properties', () => {
  it('never throws on notices assembled from notice fragments', () => {
    fc.assert(
      fc.property(tokenNotice, (text) => checkInvariants(text)),
      // Found by an earlier run: a row without a number under a heading that is only units.
      { numRuns: 200, examples: [['一、各设区市人民政府\r\n牵头一、']] },
    );
  });

  it('never throws on mutated copies of the reference notice', () => {
    fc.assert(
      fc.property(mutatedNotice, (text) => checkInvariants(text)),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => checkInvariants(text)),
      { numRuns: 200 },
    );
  });
});

/** Fastest of a few runs, to keep scheduler noise out of the ratio. */
function fastest(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    parseNotice(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('parseNotice running time', () => {
  const inputs: Record<string, (copies: number) => string> = {
    'the reference notice repeated': (n) => Array.from({ length: n }, () => BUILTIN_NOTICE_TEXT).join('\n'),
    'one long line of open brackets': (n) => '1.'.concat('(省财政厅'.repeat(600 * n)),
    'one long item with unbalanced closers': (n) => '1.'.concat('a)'.repeat(1500 * n)),
    'a long unit list': (n) => '1.做好工作。(责任单位:'.concat('省财政厅、'.repeat(500 * n), ')'),
    'many role parts': (n) => '1.做好工作。'.concat('省财政厅牵头,'.repeat(400 * n)),
    'numbers without breaks': (n) => '1.由'.concat('1家提高至'.repeat(600 * n)),
    'many numbered lines': (n) => '一、部分\n'.concat('1.新增100家以上。(省财政厅)\n'.repeat(300 * n)),
  };
  for (const [name, make] of Object.entries(inputs)) {
    it(`grows linearly on ${name}`, () => {
      fastest(make(1)); // warm up the JIT
      const small = fastest(make(1));
      const large = fastest(make(8));
      // 8× the input may take at most 8× the time with a generous factor for noise, plus a floor for tiny timings.
      expect(large).toBeLessThan(8 * 4 * small + 60);
    });
  }
});
