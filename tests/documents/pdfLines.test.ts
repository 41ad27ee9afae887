/** Lines of a notice rebuilt from a PDF's text items (src/documents/pdfLines.ts). */
import { pdfText, type PdfTextItem } from '../../src/documents/pdfLines';

const SIZE = 12;
const LEFT = 56;
const RIGHT = 536;

/** One line of CJK text at height `y`, starting at `x`, each character one em wide. */
function line(text: string, y: number, x = LEFT): PdfTextItem {
  return { str: text, x, y, width: text.length * SIZE, height: SIZE };
}

/** A line that fills the text width exactly. */
function full(text: string, y: number): PdfTextItem {
  const chars = (RIGHT - LEFT) / SIZE;
  return line(text.padEnd(chars, '字').slice(0, chars), y);
}

describe('pdfText', () => {
  it('joins a full line with the next one at the margin: a wrapped paragraph', () => {
    const first = full('1.充分发挥领导小组作用', 700);
    const text = pdfText([{ items: [first, line('协调解决问题。(责任单位:省财政厅)', 683)] }]);
    expect(text).toBe(`${first.str}协调解决问题。(责任单位:省财政厅)`);
  });

  it('keeps lines apart after a short line, before an indented line, across a wider gap and before a numbered line', () => {
    const items = [
      line('一、着力强化统筹协调', 700),
      full('第一段写满了一整行', 683),
      line('二段首行缩进两个字', 666, LEFT + 2 * SIZE),
      full('第三段写满了一整行', 640),
      line('隔开的段落', 600),
      full('又一行写满', 583),
      line('2.下一项', 566),
    ];
    expect(pdfText([{ items }]).split('\n')).toHaveLength(7);
  });

  it('drops page numbers and the spaces PDF writers put between Chinese and digits, and keeps wide gaps', () => {
    const items: PdfTextItem[] = [
      { str: '新增企业', x: LEFT, y: 700, width: 48, height: SIZE },
      { str: ' ', x: LEFT + 48, y: 700, width: 2.4, height: 0 },
      { str: '100', x: LEFT + 50.4, y: 700, width: 20, height: SIZE },
      { str: ' ', x: LEFT + 70.4, y: 700, width: 2.4, height: 0 },
      { str: '家', x: LEFT + 72.8, y: 700, width: 12, height: SIZE },
      { str: '区发改局', x: LEFT + 200, y: 700, width: 48, height: SIZE },
      { str: '— 2 —', x: 280, y: 40, width: 30, height: SIZE },
    ];
    expect(pdfText([{ items }])).toBe('新增企业100家 区发改局');
  });

  it('continues a paragraph from the foot of one page to the head of the next', () => {
    const last = full('这一段到了页尾', 80);
    expect(pdfText([{ items: [line('标题', 760), last] }, { items: [line('接着写完。', 760)] }])).toBe(
      `标题\n${last.str}接着写完。`,
    );
  });
});
