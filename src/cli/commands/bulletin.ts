/**
 * `workpoints bulletin BOOK.xlsx --period 2021年上半年 (--out 通报.docx | --text)`: composes the period's 通报 from
 * the ledger and writes it as a Word document, or prints its text (and writes nothing). Validation errors in the
 * entries do not stop a bulletin (those rows are simply not counted, as in the 汇总 sheet). The input is never
 * written. Exit 0 ok, 2 unusable input, unknown period, bad arguments or a failed write.
 */
import { rename, rm } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { bulletinText, composeBulletin, type BulletinDocument } from '../../domain/bulletin';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../domain/messages';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { decodeText } from '../decodeText';
import { readFailure, writeAtomically } from '../files';
import type { CliIo } from '../io';
import type { Command } from '../main';
import { readBulletinInput } from './bulletinInput';

/** What the command needs besides CliIo (injected so tests run on an in-memory file system). */
export interface BulletinCommandDeps {
  readXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot>;
  /** The .docx writer, loaded only when a document is written. */
  writeDocx(bulletin: BulletinDocument): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Today's date (ISO), the default 成文日期. */
  today(): string;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const defaultDeps: BulletinCommandDeps = {
  readXlsx: async (bytes) => (await import('../../xlsx/readWorkbookXlsx')).readWorkbookXlsx(bytes),
  writeDocx: async (bulletin) => (await import('../../documents/bulletinDocx')).bulletinDocx(bulletin),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  today: localToday,
};

const say = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', { key, params });

interface Options {
  book: string;
  period: string;
  out?: string;
  text: boolean;
  date?: string;
  nextSteps?: string;
  locale: Locale;
}

const VALUED = ['--period', '--out', '--date', '--next-steps', '--lang'] as const;
type Valued = (typeof VALUED)[number];

function parseArgs(args: string[]): Options | string {
  const values = new Map<Valued, string>();
  let book: string | undefined;
  let text = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--text') text = true;
    else if ((VALUED as readonly string[]).includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        return say('bulletin.cli.needsValue', { option: arg });
      if (values.has(arg as Valued)) return say('bulletin.cli.once', { option: arg });
      values.set(arg as Valued, value);
      i++;
    } else if (arg.startsWith('-')) return say('bulletin.cli.unknownOption', { option: arg });
    else if (book !== undefined) return say('bulletin.cli.oneBook', { first: book, second: arg });
    else book = arg;
  }
  const period = values.get('--period');
  const out = values.get('--out');
  const date = values.get('--date');
  const lang = values.get('--lang') ?? 'zh-CN';
  if (book === undefined) return say('bulletin.cli.noBook');
  if (period === undefined) return say('bulletin.cli.noPeriod');
  if ((out === undefined) === !text) return say('bulletin.cli.outOrText');
  // Compared as resolved paths, so `./book.xlsx` or an absolute spelling cannot overwrite the input either.
  if (out !== undefined && resolve(out) === resolve(book)) return say('bulletin.cli.outIsInput');
  if (out !== undefined && extname(out).toLowerCase() !== '.docx')
    return say('bulletin.cli.outNotDocx', { path: out });
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return say('bulletin.cli.badDate', { date });
  if (lang !== 'zh-CN' && lang !== 'en-US') return say('bulletin.cli.badLang', { lang });
  const nextSteps = values.get('--next-steps');
  return {
    book,
    period,
    text,
    locale: lang,
    ...(out === undefined ? {} : { out }),
    ...(date === undefined ? {} : { date }),
    ...(nextSteps === undefined ? {} : { nextSteps }),
  };
}

/** The office's 下步工作 paragraphs from a text file (UTF-8 or GBK), one per non-blank line. */
async function readNextSteps(
  path: string,
  io: CliIo,
): Promise<{ ok: true; value: string[] } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    return { ok: false, message: readFailure(path, error) };
  }
  const paragraphs = decodeText(bytes)
    .text.split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (paragraphs.length === 0) return { ok: false, message: say('bulletin.cli.nextStepsEmpty', { path }) };
  return { ok: true, value: paragraphs };
}

/** Builds the command with its dependencies (the real ones by default). */
export function createBulletinCommand(deps: BulletinCommandDeps = defaultDeps): Command {
  return async (args, io) => {
    const options = parseArgs(args);
    if (typeof options === 'string') {
      io.err(`${options}\n${say('bulletin.cli.usage')}`);
      return 2;
    }
    let nextSteps: string[] | null = null;
    if (options.nextSteps !== undefined) {
      const read = await readNextSteps(options.nextSteps, io);
      if (!read.ok) {
        io.err(read.message);
        return 2;
      }
      nextSteps = read.value;
    }
    const ledger = await readBulletinInput(options.book, options.period, io, deps);
    if (!ledger.ok) {
      io.err(ledger.message);
      return 2;
    }
    const { schema, period, summary, previous, problems, deadline, receipts, errorRows } = ledger.value;
    const bulletin = composeBulletin(
      {
        schema,
        summary,
        previous,
        problems,
        deadline,
        receipts,
        nextSteps,
        date: options.date ?? deps.today(),
      },
      options.locale,
    );
    const notes: string[] = [];
    // A spelling like 2021Q2 is read as a period of the schema; say which, so a guess is never silent.
    if (period !== options.period.trim())
      notes.push(say('bulletin.cli.periodRead', { written: options.period, period }));
    if (errorRows > 0) notes.push(say('bulletin.cli.errorRows', { count: errorRows }));
    if (options.out === undefined) {
      io.out(bulletinText(bulletin));
      // stdout stays the bulletin alone, ready to redirect or paste; the notes go to stderr.
      for (const note of notes) io.err(note);
      return 0;
    }
    const failure = await writeAtomically(options.out, await deps.writeDocx(bulletin), io, deps);
    if (failure) {
      io.err(failure);
      return 2;
    }
    notes.push(say('bulletin.cli.written', { path: options.out, period }));
    for (const note of notes) io.out(note);
    return 0;
  };
}

/** The `bulletin` subcommand as registered in the CLI. */
export const bulletinCommand: Command = createBulletinCommand();
