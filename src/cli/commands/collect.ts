/**
 * `workpoints collect LEDGER.xlsx FILE… [--period 2021年上半年] (--out NEW.xlsx | --into) [--json]`: takes the
 * returned forms into the ledger (a verdict per file), validates it, writes 回收情况 and prints the 催报 text.
 * `--out` writes a new file (never one of the inputs); `--into` updates the ledger itself, after copying it to
 * `<name>.bak-<time>.xlsx` beside it. The output is written whenever the ledger is usable.
 * Exit 0 when no file was rejected, 1 when one was, 2 when the ledger cannot be used.
 */
import { groupCounts } from '../../domain/validation/groups';
import { basename, dirname, extname, join } from 'node:path';
import packageJson from '../../../package.json';
import { message, type Message } from '../../domain/messages';
import { collectReturns, type CollectDone, type FileVerdict, type ReturnedFile } from '../../ledger/collect';
import { isProblem, readArgs } from '../args';
import { command, say, usageError, type Command } from '../command';
import { outputIsInput, readFailureMessage } from '../files';
import type { CliIo } from '../io';
import { openLedgerFile } from '../ledgerFile';
import { renderTable } from '../table';

const SPEC = {
  period: { type: 'string', what: 'value.period' },
  out: { type: 'string', what: 'value.fileName' },
  into: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** The --json shape: files, missing units, entries afterwards. */
export function collectJson(done: CollectDone): string {
  return JSON.stringify(
    {
      files: done.verdicts.map((v) => ({
        path: v.path,
        unit: v.unit,
        period: v.period,
        status: v.status,
        reason: v.reason,
        rows: {
          added: v.rows.added,
          changed: v.rows.changed,
          unchanged: v.rows.unchanged,
          empty: v.rows.empty,
        },
      })),
      missing: done.collection?.missing ?? [],
      entries: done.entries,
    },
    null,
    2,
  );
}

/** One line per file, then what each file's reader should know. */
function verdictLines(verdicts: readonly FileVerdict[]): string[] {
  const table = renderTable(
    [
      { header: '文件', max: 36 },
      { header: '单位', max: 20 },
      { header: '报告期', max: 14 },
      { header: '结果' },
      { header: '新增' },
      { header: '修改' },
      { header: '未变' },
      { header: '空白' },
    ],
    verdicts.map((v) => [
      v.path,
      v.unit ?? '—',
      v.period ?? '—',
      say(message(`collect.status.${v.status}`)),
      String(v.rows.added),
      String(v.rows.changed),
      String(v.rows.unchanged),
      String(v.rows.empty),
    ]),
  );
  const details: string[] = [];
  for (const v of verdicts) {
    const said: Message[] = [
      ...(v.problem ? [v.problem] : []),
      ...v.notices,
      ...v.skipped.map((s) => message('collect.cli.skippedRow', { row: s.row, why: s.why })),
    ];
    if (said.length === 0) continue;
    details.push(`${v.path}：`, ...said.map((m) => `  ${say(m)}`));
  }
  return [table, ...(details.length > 0 ? ['', ...details] : [])];
}

/** The counts line, the 回收情况 line and the 催报 text. */
function collectionLines(done: CollectDone): string[] {
  const count = (status: FileVerdict['status']) => done.verdicts.filter((v) => v.status === status).length;
  const lines = [
    say(
      message('collect.cli.counts', {
        files: done.verdicts.length,
        accepted: count('accepted'),
        unchanged: count('unchanged'),
        superseded: count('superseded'),
        rejected: count('rejected'),
      }),
    ),
  ];
  const c = done.collection;
  if (!c) return lines;
  const received = c.rows.filter((r) => r.status !== 'missing').length;
  lines.push(
    say(
      message('collect.cli.collection', {
        period: c.period,
        units: c.rows.length,
        received,
        missing: c.missing.length,
      }),
    ),
  );
  if (c.reminder.length > 0) lines.push('', say(message('collect.sheet.reminder')), ...c.reminder.map(say));
  return lines;
}

/** `<name>.bak-<YYYYMMDD-HHmmss>.xlsx` beside the ledger, not taken yet. */
async function backupPath(ledger: string, at: Date, io: CliIo): Promise<string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const ext = extname(ledger) || '.xlsx';
  const stem = basename(ledger, extname(ledger));
  for (let n = 1; ; n++) {
    const path = join(dirname(ledger), `${stem}.bak-${stamp}${n > 1 ? `-${n}` : ''}${ext}`);
    if ((await io.pathKind(path)) === null) return path;
  }
}

/** Reads a returned file from disk; a file that cannot be read becomes a verdict, not a failure. */
async function returnedFile(path: string, io: CliIo): Promise<ReturnedFile> {
  const fileTime = io.fileTime ? await io.fileTime(path) : null;
  try {
    return { path, name: basename(path), bytes: await io.readFile(path), fileTime };
  } catch (error) {
    return {
      path,
      name: basename(path),
      bytes: null,
      readProblem: readFailureMessage(path, error),
      fileTime,
    };
  }
}

/** The `collect` subcommand. */
export const collectCommand: Command = command(async (args, io) => {
  const usage = say(message('collect.cli.usage'));
  const parsed = readArgs(args, SPEC);
  if (isProblem(parsed)) return usageError(io, parsed, usage);
  const [ledgerPath, ...paths] = parsed.positionals;
  if (ledgerPath === undefined)
    return usageError(io, message('cli.missingFile', { what: message('value.workbook') }), usage);
  if (paths.length === 0) return usageError(io, message('collect.cli.noFiles'), usage);
  const { period, out, into, json } = parsed.values;
  if ((out === undefined) === (into !== true)) return usageError(io, message('cli.outOrInto'), usage);
  // No output may be an input: --out is neither the ledger nor a form; --into writes the ledger, never a form.
  const same =
    out !== undefined
      ? await outputIsInput([{ flag: '--out', path: out }], [ledgerPath, ...paths], io.fileIdentity)
      : await outputIsInput([{ flag: '--into', path: ledgerPath }], paths, io.fileIdentity);
  if (same) return usageError(io, same, usage);

  const book = await openLedgerFile(ledgerPath, io);
  const files: ReturnedFile[] = [];
  for (const path of paths) files.push(await returnedFile(path, io));
  const { readReturnedFile } = await import('../../xlsx/readReturnedFile');
  const importedAt = new Date();
  const done = await collectReturns(book, files, {
    ...(period === undefined ? {} : { period }),
    importedAt,
    read: readReturnedFile,
  });
  const bytes = await book.toBytes(packageJson.version);
  const target = out ?? ledgerPath;
  if (out === undefined) {
    const backup = await backupPath(ledgerPath, importedAt, io);
    await io.replaceFile(backup, await io.readFile(ledgerPath));
    io.err(say(message('collect.cli.backup', { file: backup })));
  }
  await io.replaceFile(target, bytes);

  const report = json ? io.err : io.out;
  for (const notice of [...done.notices, ...done.validation.notices])
    io.err(say(message('cli.notice', { text: notice })));
  if (json) io.out(collectJson(done));
  else io.out([...verdictLines(done.verdicts), '', ...collectionLines(done)].join('\n'));
  // The three groups as validate counts them: units that have not reported are not errors.
  const counts = groupCounts(done.validation.result.issues);
  report(
    say(
      message('collect.cli.validated', {
        errors: counts.error,
        missing: counts.missing,
        warnings: counts.warning,
      }),
    ),
  );
  if (json && done.collection && done.collection.reminder.length > 0)
    io.err(['', say(message('collect.sheet.reminder')), ...done.collection.reminder.map(say)].join('\n'));
  report(say(message('cli.written', { file: target })));
  return done.verdicts.some((v) => v.status === 'rejected') ? 1 : 0;
});
