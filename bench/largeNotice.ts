/** Builds a large notice from the reference one by repeating its body with sections and items renumbered. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const POWERS = ['', '十', '百', '千'];

/** Chinese numeral as section headings write it: 七, 十一, 二十, 一百零五 (1 ≤ n ≤ 9999). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const digits = String(n);
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      pendingZero = true;
      continue;
    }
    if (pendingZero && out) out += '零';
    pendingZero = false;
    out += `${DIGITS[d]}${POWERS[digits.length - 1 - i]}`;
  }
  return out;
}

const SECTION_LINE = /^(\s*)([一二三四五六七八九十百千零]+)、/;
const ITEM_LINE = /^(\s*)(\d+)([.．、])/;

function chineseValue(numeral: string): number {
  // Only the forms the reference uses (一 … 十九) need reading back.
  if (numeral.startsWith('十')) return 10 + DIGITS.indexOf(numeral[1] ?? '零');
  if (numeral.length === 1) return DIGITS.indexOf(numeral);
  return (
    DIGITS.indexOf(numeral[0] as string) * 10 +
    (numeral.length > 2 ? DIGITS.indexOf(numeral[2] as string) : 0)
  );
}

/** A notice of at least `minBytes` UTF-8 bytes: the reference's header once, then its body repeated and renumbered. */
export function largeNotice(
  reference: string,
  minBytes: number,
): { text: string; copies: number; sections: number; items: number } {
  const lines = reference.split(/\r?\n/);
  const firstSection = lines.findIndex((line) => SECTION_LINE.test(line));
  const header = lines.slice(0, Math.max(firstSection, 0));
  const body = lines.slice(Math.max(firstSection, 0));
  const sectionsPerCopy = body.filter((line) => SECTION_LINE.test(line)).length;
  const itemsPerCopy = Math.max(0, ...body.map((line) => Number(ITEM_LINE.exec(line)?.[2] ?? 0)));
  const bodyBytes = Buffer.byteLength(body.join('\n'), 'utf8');
  const copies = Math.max(
    1,
    Math.ceil((minBytes - Buffer.byteLength(header.join('\n'), 'utf8')) / bodyBytes),
  );
  const out = [...header];
  for (let copy = 0; copy < copies; copy++) {
    for (const line of body) {
      out.push(
        line
          .replace(
            SECTION_LINE,
            (_m, indent: string, numeral: string) =>
              `${indent}${chineseNumeral(chineseValue(numeral) + copy * sectionsPerCopy)}、`,
          )
          .replace(
            ITEM_LINE,
            (_m, indent: string, no: string, mark: string) =>
              `${indent}${Number(no) + copy * itemsPerCopy}${mark}`,
          ),
      );
    }
  }
  return { text: out.join('\n'), copies, sections: copies * sectionsPerCopy, items: copies * itemsPerCopy };
}
