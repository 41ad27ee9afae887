/**
 * The 通报 as a Word document laid out as Chinese official documents are (GB/T 9704-2012, 党政机关公文格式):
 * A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm, 22 lines); title in
 * 方正小标宋简体 二号 (22 pt) centred; body in 仿宋_GB2312 三号 (16 pt) with a two-character first-line indent;
 * level-one headings in 黑体, level-two in 楷体_GB2312; 附件说明 and the signature under the body; page numbers
 * as `— 1 —` in 宋体 四号, odd pages right and even pages left, one character in; the 附件 on a page of its own
 * with its table. The text is exactly the plain-text rendering's; each element has a named style, so an office
 * that prefers other fonts changes the style once.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions,
} from 'docx';
import type { BulletinBlock, BulletinDocument, BulletinTable } from '../domain/bulletin';

/** Millimetres in twentieths of a point, the unit of page setup in WordprocessingML. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** The page: A4 portrait, GB/T 9704 margins. */
export const PAGE = {
  width: mmToTwips(210),
  height: mmToTwips(297),
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
  // The page number sits about 7 mm under the 版心: its line ends some 23 mm above the page's edge.
  footer: mmToTwips(23),
  header: mmToTwips(15),
} as const;

/** Fonts by role; Latin letters and digits in Times New Roman, as offices set them. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** One 三号 character is 16 pt = 320 twips: the unit of indents. */
const CHAR = 320;

/** Exact line pitch: 225 mm over 22 lines, 28.95 pt. */
const LINE = 579;

/** Text width of the 版心 (156 mm). */
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const STYLE = {
  title: 'BulletinTitle',
  body: 'BulletinBody',
  addressee: 'BulletinAddressee',
  heading1: 'BulletinHeading1',
  heading2: 'BulletinHeading2',
  signature: 'BulletinSignature',
  attachmentLabel: 'BulletinAttachmentLabel',
  table: 'BulletinTable',
  tableHeader: 'BulletinTableHeader',
} as const;

function font(eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin };
}

function style(
  id: string,
  name: string,
  eastAsia: string,
  size: number,
  paragraph: IParagraphStyleOptions['paragraph'],
  bold = false,
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { font: font(eastAsia), size, bold },
    paragraph,
  };
}

const exact = (line: number) => ({ spacing: { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 } });

const STYLES: IParagraphStyleOptions[] = [
  style(STYLE.title, '通报标题', FONTS.title, SIZE.title, { alignment: AlignmentType.CENTER, ...exact(700) }),
  style(STYLE.body, '通报正文', FONTS.body, SIZE.body, {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR },
    ...exact(LINE),
  }),
  style(STYLE.addressee, '主送机关', FONTS.body, SIZE.body, {
    alignment: AlignmentType.LEFT,
    ...exact(LINE),
  }),
  style(STYLE.heading1, '一级标题', FONTS.heading1, SIZE.body, {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR },
    keepNext: true,
    ...exact(LINE),
  }),
  style(STYLE.heading2, '二级标题', FONTS.heading2, SIZE.body, {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR },
    keepNext: true,
    ...exact(LINE),
  }),
  style(STYLE.signature, '署名和日期', FONTS.body, SIZE.body, {
    alignment: AlignmentType.RIGHT,
    ...exact(LINE),
  }),
  style(STYLE.attachmentLabel, '附件标识', FONTS.heading1, SIZE.body, {
    alignment: AlignmentType.LEFT,
    ...exact(LINE),
  }),
  style(STYLE.table, '表格文字', FONTS.body, SIZE.table, {
    alignment: AlignmentType.LEFT,
    spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
  }),
  style(STYLE.tableHeader, '表头文字', FONTS.heading1, SIZE.table, {
    alignment: AlignmentType.CENTER,
    spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
  }),
];

const blank = (styleId: string = STYLE.body) =>
  new Paragraph({ style: styleId, indent: { firstLine: 0 }, children: [] });

function bodyBlock(block: BulletinBlock): Paragraph {
  const styleId =
    block.kind === 'paragraph' ? STYLE.body : block.level === 1 ? STYLE.heading1 : STYLE.heading2;
  return new Paragraph({ style: styleId, children: [new TextRun(block.text)] });
}

/** Width in 三号 characters (a CJK character 1, a Latin letter or digit ½), for placing the signature. */
function charWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/**
 * 发文机关署名 two characters in from the right, 成文日期 on the next line centred under it; a date longer than
 * the name keeps the two characters and moves the name in instead (GB/T 9704-2012 7.3.5.2).
 */
function signature(issuer: string, date: string): Paragraph[] {
  const difference = charWidth(issuer) - charWidth(date);
  const right = (extra: number) => Math.round((2 + Math.max(0, extra)) * CHAR);
  return [
    new Paragraph({
      style: STYLE.signature,
      indent: { right: right(-difference / 2) },
      children: [new TextRun(issuer)],
    }),
    new Paragraph({
      style: STYLE.signature,
      indent: { right: right(difference / 2) },
      children: [new TextRun(date)],
    }),
  ];
}

/** Column widths of the 滞后事项清单 in millimetres, summing to the 156 mm 版心. */
const ATTACHMENT_COLUMNS_MM = [10, 26, 24, 20, 15, 17, 15, 29];

function columnWidths(table: BulletinTable): number[] {
  if (table.columns.length === ATTACHMENT_COLUMNS_MM.length) {
    const widths = ATTACHMENT_COLUMNS_MM.map(mmToTwips);
    // Rounding each column must not make the table wider than the 版心.
    const excess = widths.reduce((sum, w) => sum + w, 0) - TEXT_WIDTH;
    widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) - excess;
    return widths;
  }
  const each = Math.floor(TEXT_WIDTH / Math.max(1, table.columns.length));
  return table.columns.map(() => each);
}

function cell(text: string, width: number, styleId: string, centred: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: styleId,
          ...(centred ? { alignment: AlignmentType.CENTER } : {}),
          children: [new TextRun(line)],
        }),
    ),
  });
}

function docxTable(table: BulletinTable): Table {
  const widths = columnWidths(table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, i) => cell(column.header, widths[i] ?? 0, STYLE.tableHeader, true)),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((column, i) =>
          cell(row[i] ?? '', widths[i] ?? 0, STYLE.table, column.numeric),
        ),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** `— 1 —` in 宋体 四号: odd pages one character in from the right, even pages from the left. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const inset = SIZE.pageNumber * 10; // one 四号 character, in twips
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset } : { left: inset },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.pageNumber),
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

/** The Word document object (exposed for tests that inspect it before packing). */
export function bulletinDocument(bulletin: BulletinDocument): Document {
  const language = bulletin.locale === 'zh-CN' ? 'zh-CN' : 'en-US';
  const children: (Paragraph | Table)[] = [
    blank(),
    new Paragraph({ style: STYLE.title, children: [new TextRun(bulletin.title)] }),
    blank(),
    new Paragraph({ style: STYLE.addressee, children: [new TextRun(bulletin.addressee)] }),
    ...bulletin.body.map(bodyBlock),
  ];
  if (bulletin.attachmentNote !== null)
    children.push(
      blank(),
      new Paragraph({ style: STYLE.body, children: [new TextRun(bulletin.attachmentNote)] }),
    );
  children.push(blank(), blank(), ...signature(bulletin.signature.issuer, bulletin.signature.date));
  if (bulletin.attachment) {
    const { label, title, table } = bulletin.attachment;
    children.push(
      new Paragraph({ style: STYLE.attachmentLabel, pageBreakBefore: true, children: [new TextRun(label)] }),
      blank(),
      new Paragraph({ style: STYLE.title, children: [new TextRun(title)] }),
      blank(),
      docxTable(table),
    );
  }
  return new Document({
    title: bulletin.title,
    creator: bulletin.signature.issuer,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZE.body, language: { value: language, eastAsia: 'zh-CN' } },
          paragraph: exact(LINE),
        },
      },
      paragraphStyles: STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** The bulletin as the bytes of a .docx file. */
export async function bulletinDocx(bulletin: BulletinDocument): Promise<Uint8Array> {
  return Packer.pack(bulletinDocument(bulletin), 'uint8array');
}
