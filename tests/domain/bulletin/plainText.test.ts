import { bulletinText, composeBulletin, INDENT } from '../../../src/domain/bulletin';
import { summarize } from '../../../src/domain/summary';
import { validateEntries } from '../../../src/domain/validation';
import { BULLETIN_ROWS, bulletinSchema, H1 } from '../../fixtures/bulletin/bulletinLedger';

const schema = bulletinSchema();
const rows = BULLETIN_ROWS.map((values, i) => ({ row: i + 2, values: [...values] }));
const document = composeBulletin({
  schema,
  summary: summarize(schema, validateEntries(schema, rows).normalized, H1),
  date: '2021-07-15',
});

describe('the bulletin as plain text', () => {
  const text = bulletinText(document);
  const lines = text.split('\n');

  it('opens with the title, a blank line and the addressee flush left', () => {
    expect(lines.slice(0, 3)).toEqual([document.title, '', '各成员单位：']);
  });

  it('indents every body block by two full-width spaces, in order', () => {
    const body = document.body.map((block) => `${INDENT}${block.text}`);
    expect(lines.slice(3, 3 + body.length)).toEqual(body);
  });

  it('ends with the signature, then the 附件 with its table as tab-separated lines', () => {
    const signature = lines.indexOf(document.signature.issuer);
    expect(lines[signature + 1]).toBe('2021年7月15日');
    const table = document.attachment?.table;
    if (!table) throw new Error('no attachment');
    const header = lines.indexOf(table.columns.map((c) => c.header).join('\t'));
    expect(header).toBeGreaterThan(signature);
    expect(lines.slice(header + 1, header + 1 + table.rows.length)).toEqual(
      table.rows.map((r) => r.join('\t')),
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps a cell on one line when a unit’s text has a line break or a tab', () => {
    const withBreak = {
      ...document,
      attachment: document.attachment && {
        ...document.attachment,
        table: {
          ...document.attachment.table,
          rows: [['1', '任务', '指标', '单位', '1.0%', '50%', '-49.0%', '第一行\n第二行\t完']],
        },
      },
    };
    expect(bulletinText(withBreak)).toContain('\t第一行 第二行 完\n');
  });
});
