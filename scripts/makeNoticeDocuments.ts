/**
 * Makes the Word and PDF fixtures of tests/fixtures/documents from the built-in notice, with LibreOffice headless:
 * - builtin-text.docx   the notice as paragraphs, one per line of the text;
 * - builtin-table.docx  the notice's items as a 任务分工表 (序号 | 工作任务 | 责任单位 | 完成时限), sections as merged rows;
 * - task-table.docx     a small 任务分工表 with 牵头单位 / 配合单位 / 完成时限 columns and a ★ in a unit cell;
 * - merged-lead.docx    a 任务分工表 whose 牵头单位 cell is merged down over two rows;
 * - figure-table.docx   a table of figures (指标名称 | 单位 | 2023年 | 2025年 | 2027年 | 牵头单位 | 责任单位), a lead cell
 *                       merged down over two rows and a unit cell with one name per paragraph;
 * - builtin.pdf         the notice as a PDF with a text layer (lines wrap as on paper);
 * - scanned.pdf         page 1 of builtin.pdf as an image only (no text layer), as a scanner makes it.
 * Run: npx tsx scripts/makeNoticeDocuments.ts   (needs soffice and pdftoppm; the outputs are committed).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_NOTICE_TEXT } from '../src/domain/builtin/notice2021';
import { builtinSchema } from '../src/domain/builtin';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS helper shared with the other scripts
const { convert } = require('./libreoffice.cjs') as {
  convert(input: string, filter: string, outDir: string): string[];
};

const OUT = join(__dirname, '..', 'tests', 'fixtures', 'documents');

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function html(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>${body}</body></html>`;
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
}

/** The built-in notice with its items as a task table: the preamble as paragraphs, then the table. */
function tableNotice(): string {
  const schema = builtinSchema();
  const lines = BUILTIN_NOTICE_TEXT.split('\n');
  const firstSection = lines.findIndex((line) => line.startsWith('一、'));
  const rows: string[] = [
    '<tr><td><p>序号</p></td><td><p>工作任务</p></td><td><p>责任单位</p></td><td><p>完成时限</p></td></tr>',
  ];
  for (const section of schema.sections) {
    const heading = lines.find(
      (line) => line.endsWith(section.title) && /^[一二三四五六七八九十]+、/.test(line),
    );
    rows.push(`<tr><td colspan="4"><p>${escape(heading ?? section.title)}</p></td></tr>`);
    for (const item of schema.items.filter((i) => i.section === section.no)) {
      const source = item.source.text;
      const clause = /\((?:责任单位:)?([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(source)?.[1] ?? '';
      // Several paragraphs in one cell, as offices write long tasks.
      const cells = item.text.split(/(?<=。)(?=.)/);
      rows.push(
        `<tr><td><p>${item.no}</p></td><td>${cells.map((c) => `<p>${escape(c)}</p>`).join('')}</td>` +
          `<td><p>${escape(clause)}</p></td><td><p>持续推进</p></td></tr>`,
      );
    }
  }
  const table = `<table border="1">${rows.join('\n')}</table>`;
  return paragraphs(lines.slice(0, firstSection).join('\n')) + table;
}

/** A small task table with lead and cooperating columns and deadlines. */
function smallTaskTable(): string {
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td><p>${escape(c)}</p></td>`).join('')}</tr>`;
  return (
    paragraphs('某某市2023年重点工作任务分工表') +
    '<table border="1">' +
    row(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']) +
    `<tr><td colspan="5"><p>一、稳增长</p></td></tr>` +
    row(['1', '规模以上工业增加值增长8%以上。', '市工信局', '市统计局、市发改委', '2023年12月底前']) +
    row(['2', '新增市场主体2万户。', '市市场监管局', '', '2023年6月底前']) +
    `<tr><td colspan="5"><p>二、惠民生</p></td></tr>` +
    row(['3', '新建城市书房十家,举办阅读活动20场次。', '市文广旅局★、市财政局', '各区人民政府', '长期坚持']) +
    '</table>'
  );
}

/** A task table whose 牵头单位 cell is merged down over two rows (Word's vertical merge). */
function mergedLeadTable(): string {
  const cell = (text: string, rowspan = 1) =>
    `<td${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}><p>${escape(text)}</p></td>`;
  return (
    paragraphs('某市2024年重点工作任务分工') +
    '<table border="1">' +
    `<tr>${['序号', '工作任务', '牵头单位', '配合单位', '完成时限'].map((c) => cell(c)).join('')}</tr>` +
    `<tr><td colspan="5"><p>一、稳增长</p></td></tr>` +
    `<tr>${cell('1')}${cell('规模以上工业增加值增长7%。')}${cell('市工信局', 2)}${cell('市统计局')}${cell('2024年12月底前')}</tr>` +
    `<tr>${cell('2')}${cell('新增规上工业企业50家。')}${cell('市统计局、市发改委')}${cell('2024年12月底前')}</tr>` +
    `<tr>${cell('3')}${cell('新增市场主体2万户。')}${cell('市市场监管局')}${cell('')}${cell('2024年6月底前')}</tr>` +
    '</table>'
  );
}

/** A table of figures with a baseline year, two target years, a merged lead cell and names one per paragraph. */
function figureTable(): string {
  const cell = (text: string, rowspan = 1) =>
    `<td${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${text
      .split('\n')
      .map((p) => `<p>${escape(p)}</p>`)
      .join('')}</td>`;
  const row = (cells: string[]) => `<tr>${cells.map((c) => cell(c)).join('')}</tr>`;
  return (
    paragraphs('某县全民健身行动主要目标任务') +
    '<table border="1">' +
    row(['序号', '指标名称', '单位', '2023年', '2025年', '2027年', '牵头单位', '责任单位']) +
    `<tr><td colspan="8"><p>一、健身参与</p></td></tr>` +
    `<tr>${['1', '经常参加体育锻炼人数比例', '%', '38.5', '≥40', '≥42'].map((c) => cell(c)).join('')}` +
    `${cell('县文旅广体局', 2)}${cell('各乡镇人民政府')}</tr>` +
    `<tr>${['2', '公共体育场地设施面积', '万平方米', '12.6', '15', '18'].map((c) => cell(c)).join('')}` +
    `${cell('县住建局\n县自然资源局')}</tr>` +
    row(['3', '社会体育指导员', '名', '320', '持续增加', '持续增加', '县文旅广体局', '']) +
    '</table>'
  );
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'wp-notice-docs-'));
  try {
    const sources: Array<[string, string]> = [
      ['builtin-text', html(paragraphs(BUILTIN_NOTICE_TEXT))],
      ['builtin-table', html(tableNotice())],
      ['task-table', html(smallTaskTable())],
      ['merged-lead', html(mergedLeadTable())],
      ['figure-table', html(figureTable())],
    ];
    for (const [name, content] of sources) {
      const input = join(work, `${name}.html`);
      writeFileSync(input, content, 'utf8');
      const [docx] = convert(input, 'docx:MS Word 2007 XML', join(work, 'docx'));
      if (!docx) throw new Error(`LibreOffice wrote no .docx for ${name}`);
      copyFileSync(docx, join(OUT, `${name}.docx`));
    }
    const [pdf] = convert(join(work, 'builtin-text.html'), 'pdf:writer_pdf_Export', join(work, 'pdf'));
    if (!pdf) throw new Error('LibreOffice wrote no .pdf');
    copyFileSync(pdf, join(OUT, 'builtin.pdf'));
    // A scan: the first page as a picture, put back into a PDF with nothing but the picture.
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', pdf, join(work, 'page')]);
    const png = readdirSync(work).find((f) => f.startsWith('page') && f.endsWith('.png'));
    if (!png) throw new Error('pdftoppm wrote no page image');
    copyFileSync(join(work, png), join(work, 'scanned.png'));
    writeFileSync(
      join(work, 'scanned.html'),
      '<html><body><p><img src="scanned.png" width="600"></p></body></html>',
    );
    const [scanned] = convert(join(work, 'scanned.html'), 'pdf:writer_pdf_Export', join(work, 'scan'));
    if (!scanned) throw new Error('LibreOffice wrote no scanned .pdf');
    copyFileSync(scanned, join(OUT, 'scanned.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`Wrote ${readdirSync(OUT).join(', ')} to ${OUT}`);
}

main();
