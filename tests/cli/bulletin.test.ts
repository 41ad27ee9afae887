import JSZip from 'jszip';
import { serialToIso } from '../../src/workbook/bulletinRecords';
import { main } from '../../src/cli/main';
import { bulletinText, composeBulletin, unitProblems } from '../../src/domain/bulletin';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { isoDateToSerial } from '../../src/workbook/excelDate';
import { A, B } from '../fixtures/summary/miniSchema';
import { H1, Q1 } from '../fixtures/bulletin/bulletinLedger';
import { readBulletin } from '../fixtures/bulletin/readBulletin';
import { memoryIo } from '../support/memoryIo';
import { bulletinBook, bulletinRun, type CollectionRecords } from './bulletinFixture';

async function run(args: string[], records: CollectionRecords = {}, extraFiles: [string, Uint8Array][] = []) {
  const book = await bulletinBook(records);
  const r = bulletinRun(new Map([['book.xlsx', book.bytes], ...extraFiles]));
  const code = await r.bulletin(args, r);
  return { ...r, code, book };
}

describe('workpoints bulletin', () => {
  it('prints the bulletin composed from the ledger with --text and writes no file', async () => {
    const r = await run(['book.xlsx', '--period', H1, '--text']);
    expect(r.code).toBe(0);
    expect([...r.files.keys()]).toEqual(['book.xlsx']);
    const { schema, rows } = r.book;
    const { normalized } = validateEntries(schema, rows);
    const expected = bulletinText(
      composeBulletin({
        schema,
        summary: summarize(schema, normalized, H1),
        previous: summarize(schema, normalized, Q1),
        problems: unitProblems(rows, normalized, H1),
        date: '2021-07-15',
      }),
    );
    expect(r.stdout()).toBe(expected);
  });

  it('goes on despite validation errors in the entries, and says how many rows were left out', async () => {
    const r = await run(['book.xlsx', '--period', H1, '--text']);
    expect(r.code).toBe(0);
    expect(r.stderr()).toContain('有 3 行填报存在错误，未计入通报');
  });

  it('reads a spelling like 2021Q2 as the schema’s period and says so', async () => {
    const r = await run(['book.xlsx', '--period', '2021Q2', '--text']);
    expect(r.code).toBe(0);
    expect(readBulletin(r.stdout()).title).toContain(H1);
    expect(r.stderr()).toContain(`报告期“2021Q2”按“${H1}”生成通报`);
  });

  it('writes a .docx with --out and leaves the input as it was', async () => {
    const r = await run(['book.xlsx', '--period', H1, '--out', '通报.docx']);
    expect(r.code).toBe(0);
    expect(r.files.get('book.xlsx')).toEqual(r.book.bytes);
    const docx = r.files.get('通报.docx');
    if (!docx) throw new Error('no .docx written');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    expect(xml).toContain('落实情况的通报');
    expect(r.stdout()).toContain('已写入 通报.docx');
  });

  it('uses the office’s 下步工作 paragraphs from a file, one per line', async () => {
    const steps = new TextEncoder().encode('一是抓好统计监测。\n\n二是开展专项督查。\n');
    const r = await run(['book.xlsx', '--period', H1, '--text', '--next-steps', 'steps.txt'], {}, [
      ['steps.txt', steps],
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout()).toContain('五、下步工作\n　　一是抓好统计监测。\n　　二是开展专项督查。\n');
  });

  it('writes the English bulletin with --lang en-US', async () => {
    const r = await run(['book.xlsx', '--period', H1, '--text', '--lang', 'en-US']);
    expect(r.code).toBe(0);
    expect(r.stdout()).toContain('1. Overview');
  });

  it('says on time and late from 报送截止 and the collection records when the ledger has them', async () => {
    const deadline = isoDateToSerial('2021-07-10');
    const r = await run(['book.xlsx', '--period', H1, '--text'], {
      deadlines: { [H1]: deadline },
      imports: [
        [A, H1, (isoDateToSerial('2021-07-10') ?? 0) + 0.75, '已导入'],
        [B, H1, '2021-07-12 09:30', '已导入'],
        ['省财政厅', H1, '2021-07-08 10:00', '拒收'],
        ['省财政厅', Q1, '2021-04-08', '已导入'],
      ],
    });
    expect(r.code).toBe(0);
    // 省财政厅 reported in the ledger, but its only 上半年 file was rejected: no record for that period.
    expect(readBulletin(r.stdout()).deadline).toEqual({
      date: '2021年7月10日',
      onTime: 1,
      late: 1,
      unrecorded: 1,
      lateNames: [B],
    });
  });

  it('says nothing of timeliness without collection records', async () => {
    const r = await run(['book.xlsx', '--period', H1, '--text'], {
      deadlines: { [H1]: isoDateToSerial('2021-07-10') },
    });
    expect(readBulletin(r.stdout()).deadline).toBeNull();
  });

  it.each([
    [['book.xlsx', '--period', H1], '二者选一'],
    [['book.xlsx', '--period', H1, '--text', '--out', 'a.docx'], '二者选一'],
    [['book.xlsx', '--text'], '--period'],
    [['book.xlsx', '--period', H1, '--out', 'book.xlsx'], '.docx'],
    [['book.xlsx', '--period', H1, '--out', './book.xlsx'], '.docx'],
    [['book.xlsx', '--period', H1, '--out', '通报.xlsx'], '应是 .docx 文件'],
    [['book.xlsx', '--period', H1, '--text', '--date', '7月15日'], '--date'],
    [['book.xlsx', '--period', H1, '--text', '--lang', 'fr'], '--lang'],
    [['book.xlsx', '--period', H1, '--text', '--verbose'], '未知参数'],
    [['book.xlsx', '--period', '2022年上半年', '--text'], '不是本方案的报告期'],
    [['missing.xlsx', '--period', H1, '--text'], '文件不存在'],
  ])('refuses %j with exit 2 (%s)', async (args, words) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr()).toContain(words);
    expect([...r.files.keys()]).toEqual(['book.xlsx']);
  });

  it('refuses a workbook that is not a ledger with exit 2', async () => {
    const r = bulletinRun(new Map([['x.xlsx', new TextEncoder().encode('not a zip')]]));
    expect(await r.bulletin(['x.xlsx', '--period', H1, '--text'], r)).toBe(2);
    expect(r.stderr()).toContain('不是可读取的 .xlsx 工作簿');
  });

  it('leaves no file behind when the write fails', async () => {
    const book = await bulletinBook();
    const r = bulletinRun(new Map([['book.xlsx', book.bytes]]), true);
    expect(await r.bulletin(['book.xlsx', '--period', H1, '--out', 'a.docx'], r)).toBe(2);
    expect([...r.files.keys()]).toEqual(['book.xlsx']);
    expect(r.stderr()).toContain('无法写入');
  });

  it('is listed in the CLI’s usage', async () => {
    const out: string[] = [];
    const io = { ...memoryIo(), out: (t: string) => void out.push(t) };
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('')).toContain('workpoints bulletin BOOK.xlsx --period');
  });
});

describe('serialToIso', () => {
  it('turns a date serial into an ISO date, with the time when it has one', () => {
    expect(serialToIso(44387)).toBe('2021-07-10');
    expect(serialToIso(44387.75)).toBe('2021-07-10T18:00');
  });
});
