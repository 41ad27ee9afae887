/**
 * `workpoints returns LEDGER.xlsx --period 2021年上半年 --out DIR [--unit 省科技厅]… [--due 2021-07-10]
 * [--contact "王芳 0791-8888xxxx"] [--json]`: one pre-filled return form per member unit that owes something in
 * the period, written as DIR/<报告期>-<单位>.xlsx (DIR created when missing). The ledger is never written.
 * Exit 0 when the forms are written, whatever the validation state of the entries; 2 when the ledger cannot be used.
 */
import { join } from 'node:path';
import { message } from '../../domain/messages';
import { buildLedgerReturns } from '../../ledger/returns';
import { isProblem, onePositional, readArgs } from '../args';
import { command, say, usageError, type Command } from '../command';
import { outputIsInput } from '../files';
import { openLedgerFile } from '../ledgerFile';

const SPEC = {
  period: { type: 'string', what: 'value.period' },
  out: { type: 'string', what: 'value.folder' },
  unit: { type: 'string', what: 'value.unit', multiple: true },
  due: { type: 'string', what: 'value.date' },
  contact: { type: 'string', what: 'value.contact' },
  json: { type: 'boolean' },
} as const;

/** The `returns` subcommand. */
export const returnsCommand: Command = command(async (args, io) => {
  const usage = say(message('returns.cli.usage'));
  const parsed = readArgs(args, SPEC);
  if (isProblem(parsed)) return usageError(io, parsed, usage);
  const bookPath = onePositional(parsed.positionals, 'value.workbook');
  if (isProblem(bookPath)) return usageError(io, bookPath, usage);
  const { period, out, unit, due, contact, json } = parsed.values;
  if (period === undefined) return usageError(io, message('returns.cli.noPeriod'), usage);
  if (out === undefined) return usageError(io, message('returns.cli.noOut'), usage);
  if (due !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(due))
    return usageError(io, message('returns.cli.badDue', { due }), usage);
  const book = await openLedgerFile(bookPath, io);
  const { writeReturnForm } = await import('../../xlsx/writeReturnForm');
  const done = await buildLedgerReturns(book, {
    period,
    generatedAt: new Date(),
    write: writeReturnForm,
    ...(unit ? { units: unit } : {}),
    ...(due ? { due } : {}),
    ...(contact ? { contact } : {}),
  });
  const written = done.files.map((file) => ({ ...file, path: join(out, file.fileName) }));
  // A form's name comes from the period and a unit: it must still never land on the ledger itself.
  const same = await outputIsInput(
    written.map((file) => ({ flag: '--out', path: file.path })),
    [bookPath],
    io.fileIdentity,
  );
  if (same) return usageError(io, same, usage);
  if (written.length > 0) await io.makeFolder(out);
  for (const file of written) await io.replaceFile(file.path, file.bytes);
  if (json) {
    const files = written.map((f) => ({ unit: f.unit, path: f.path, items: f.items, targets: f.targets }));
    io.out(JSON.stringify({ period: done.period, files }, null, 2));
  } else if (written.length === 0) {
    io.out(say(message('returns.cli.none', { period: done.period })));
  } else {
    io.out(say(message('returns.cli.written', { count: written.length, period: done.period, folder: out })));
    for (const f of written) {
      const rows = message('returns.cli.rows', { items: f.items.length, targets: f.targets.length });
      io.out(say(message('returns.cli.file', { unit: f.unit, file: f.path, rows })));
    }
  }
  const note = (text: ReturnType<typeof message>) =>
    (json ? io.err : io.out)(say(message('cli.notice', { text })));
  if (done.resolved.spelledAs !== null)
    note(message('cli.periodSpelling', { written: done.resolved.spelledAs, label: done.period }));
  if (done.nothingDue.length > 0) note(message('returns.cli.nothingDue', { units: done.nothingDue }));
  if (done.unlisted.length > 0) note(message('returns.cli.unlisted', { units: done.unlisted }));
  return 0;
});
