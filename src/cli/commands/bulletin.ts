/**
 * `workpoints bulletin BOOK.xlsx --period 2021年上半年 (--out 通报.docx | --text)`: composes the period's 通报 from
 * the ledger and writes it as a Word document, or prints its text (and writes nothing). Validation errors in the
 * entries do not stop a bulletin (those rows are simply not counted, as in the 汇总 sheet). The input is never
 * written. Exit 0 ok, 2 unusable input, unknown period, bad arguments or a failed write.
 */
import { extname } from 'node:path';
import { bulletinText } from '../../domain/bulletin';
import { LedgerError, message, type Message } from '../../domain/messages';
import { composeLedgerBulletin } from '../../ledger/bulletin';
import { isProblem, onePositional, readArgs } from '../args';
import { command, say, usageError, type Command } from '../command';
import { decodeText } from '../decodeText';
import { outReachesInput, readFailure } from '../files';
import type { CliIo } from '../io';
import { openLedgerFile } from '../ledgerFile';

const SPEC = {
  period: { type: 'string', what: 'value.period' },
  out: { type: 'string', what: 'value.fileName' },
  text: { type: 'boolean' },
  date: { type: 'string', what: 'value.date' },
  'next-steps': { type: 'string', what: 'value.fileName' },
  lang: { type: 'string', what: 'value.lang' },
} as const;

/** Today's date in the machine's time zone, the default 成文日期. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The office's 下步工作 paragraphs from a text file (UTF-8 or GBK), one per non-blank line. */
async function readNextSteps(path: string, io: CliIo): Promise<string[]> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new LedgerError('cli.cannotRead', { reason: readFailure(path, error) });
  }
  const paragraphs = decodeText(bytes)
    .text.split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (paragraphs.length === 0) throw new LedgerError('bulletin.cli.nextStepsEmpty', { path });
  return paragraphs;
}

/** The first problem with the options, or null. */
function optionProblem(values: {
  period?: string;
  out?: string;
  text?: boolean;
  date?: string;
  lang?: string;
}): Message | null {
  if (values.period === undefined) return message('bulletin.cli.noPeriod');
  if ((values.out === undefined) === !values.text) return message('bulletin.cli.outOrText');
  if (values.out !== undefined && extname(values.out).toLowerCase() !== '.docx')
    return message('bulletin.cli.outNotDocx', { path: values.out });
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    return message('bulletin.cli.badDate', { date: values.date });
  if (values.lang !== undefined && values.lang !== 'zh-CN' && values.lang !== 'en-US')
    return message('bulletin.cli.badLang', { lang: values.lang });
  return null;
}

/** Builds the command; `today` is injectable so tests can fix the 成文日期. */
export function createBulletinCommand(today: () => string = localToday): Command {
  return command(async (args, io) => {
    const usage = say(message('bulletin.cli.usage'));
    const parsed = readArgs(args, SPEC);
    if (isProblem(parsed)) return usageError(io, parsed, usage);
    const bookPath = onePositional(parsed.positionals, 'value.workbook');
    if (isProblem(bookPath)) return usageError(io, bookPath, usage);
    const values = parsed.values;
    const problem = optionProblem(values);
    if (problem) return usageError(io, problem, usage);
    const { period = '', out, date, lang } = values;
    const same = await outReachesInput(out, bookPath, io.fileIdentity);
    if (same) return usageError(io, same, usage);
    const nextSteps =
      values['next-steps'] === undefined ? null : await readNextSteps(values['next-steps'], io);
    const book = await openLedgerFile(bookPath, io);
    const done = await composeLedgerBulletin(book, {
      period,
      date: date ?? today(),
      nextSteps,
      locale: lang === 'en-US' ? 'en-US' : 'zh-CN',
    });
    const notes: Message[] = [];
    // A spelling like 2021Q2 is read as a period of the schema; say which, so a guess is never silent.
    if (done.period.spelledAs !== null)
      notes.push(
        message('bulletin.cli.periodRead', { written: done.period.spelledAs, period: done.period.label }),
      );
    if (done.errorRows > 0) notes.push(message('bulletin.cli.errorRows', { count: done.errorRows }));
    if (out === undefined) {
      io.out(bulletinText(done.bulletin));
      // stdout stays the bulletin alone, ready to redirect or paste; the notes go to stderr.
      for (const note of notes) io.err(say(note));
      return 0;
    }
    const { bulletinDocx } = await import('../../documents/bulletinDocx');
    await io.replaceFile(out, await bulletinDocx(done.bulletin));
    notes.push(message('bulletin.cli.written', { path: out, period: done.period.label }));
    for (const note of notes) io.out(say(note));
    return 0;
  });
}

/** The `bulletin` subcommand as registered in the CLI. */
export const bulletinCommand: Command = createBulletinCommand();
