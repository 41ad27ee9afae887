/**
 * `workpoints summarize BOOK.xlsx --period 2021年上半年 [--out SUMMARY.xlsx] [--json]`: validates the entries of a
 * ledger, then prints the period's summary (per-target table, or JSON) and optionally writes a copy with the
 * 汇总 sheet. The input file is never written. Exit 0 ok, 2 unusable input or unknown period.
 */
import packageJson from '../../../package.json';
import { message, type Message } from '../../domain/messages';
import { summarizeLedger } from '../../ledger/summarizeLedger';
import { isProblem, onePositional, readArgs } from '../args';
import { command, say, usageError, type Command } from '../command';
import { outReachesInput } from '../files';
import { ledgerBytes, openLedgerFile } from '../ledgerFile';
import { summaryJson, summaryText } from './summarizeReport';

const USAGE = `用法 / Usage:
  workpoints summarize BOOK.xlsx --period 2021年上半年 [--out SUMMARY.xlsx] [--json]
  先校验填报，再按报告期汇总各指标完成率、序时进度和状态；
  --out 另存为带“汇总”工作表的工作簿（不改动原文件），--json 输出 JSON。`;

const SPEC = {
  period: { type: 'string', what: 'value.period' },
  out: { type: 'string', what: 'value.fileName' },
  json: { type: 'boolean' },
} as const;

/** The `summarize` subcommand. */
export const summarizeCommand: Command = command(async (args, io) => {
  const parsed = readArgs(args, SPEC);
  if (isProblem(parsed)) return usageError(io, parsed, USAGE);
  const bookPath = onePositional(parsed.positionals, 'value.workbook');
  if (isProblem(bookPath)) return usageError(io, bookPath, USAGE);
  const { period, out, json } = parsed.values;
  if (period === undefined) return usageError(io, message('cli.missingPeriod'), USAGE);
  // By device and inode after links: no spelling of the input, no link to it, can be the output.
  const same = await outReachesInput(out, bookPath, io.fileIdentity);
  if (same) return usageError(io, same, USAGE);
  const book = await openLedgerFile(bookPath, io);
  const writing = out !== undefined;
  const done = await summarizeLedger(book, { period, merge: writing, write: writing });
  const notes: Message[] = [...done.notices];
  // A spelling like 2021Q2 or 二季度 is read as a period of the schema; say which, so a guess is never silent.
  if (done.period.spelledAs !== null)
    notes.push(message('cli.periodSpelling', { written: done.period.spelledAs, label: done.period.label }));
  io.out(json ? JSON.stringify(summaryJson(done.summary), null, 2) : summaryText(done.summary));
  // With --json, stdout stays pure JSON; notes go to stderr.
  const note = (m: Message) => (json ? io.err : io.out)(say(message('cli.notice', { text: m })));
  for (const m of notes) note(m);
  if (out !== undefined) {
    await io.replaceFile(out, await ledgerBytes(book, packageJson.version));
    (json ? io.err : io.out)(say(message('cli.writtenSummary', { file: out, period: done.period.label })));
  }
  return 0;
});
