/**
 * `workpoints build --from-tables --into BOOK.xlsx`: the office corrected the schema in the ledger's own tables
 * (工作任务, 责任分工, 目标指标, 单位); read it back, print the differences from `_wp_meta` and write it into the same
 * file — through the same schema load as `build --into`, so every entry is kept, and the file is replaced only once
 * complete. Tables that cannot be read back are refused, each problem naming its sheet and cell (exit 2), and the
 * file is left as it was; tables that give the stored schema leave it untouched too.
 */
import packageJson from '../../../package.json';
import { message } from '../../domain/messages';
import { previewTablesSchema, rereadSchema, type TablesPreview } from '../../ledger/rereadSchema';
import { SHEETS } from '../../workbook/format';
import { say } from '../command';
import type { CliIo } from '../io';
import { ledgerBytes, openLedgerFile } from '../ledgerFile';

/** Problems listed before the rest are only counted. */
const LISTED_PROBLEMS = 30;

function refusal(preview: TablesPreview): string {
  const { problems } = preview;
  const lines = [say(message('tables.refused', { count: problems.length }))];
  lines.push(...problems.slice(0, LISTED_PROBLEMS).map((p) => `  ${say(p)}`));
  if (problems.length > LISTED_PROBLEMS)
    lines.push(`  ${say(message('tables.more', { count: problems.length - LISTED_PROBLEMS }))}`);
  return lines.join('\n');
}

/** Reads the schema back from the tables of the ledger at `into` and writes it there; the exit code. */
export async function buildFromTables(into: string, io: CliIo): Promise<number> {
  const book = await openLedgerFile(into, io);
  const preview = await previewTablesSchema(book);
  if (!preview.schema || !preview.fingerprint) {
    io.err(refusal(preview));
    return 2;
  }
  if (preview.unchanged) {
    io.out(say(message('tables.unchanged')));
    return 0;
  }
  const lines = [
    say(message('tables.changes', { count: preview.changes.length })),
    ...preview.changes.map((c) => `  ${c.detail}`),
  ];
  const before = (await book.read('load')).sheets.map((s) => s.name);
  const own = before.filter((name) => !(Object.values(SHEETS) as string[]).includes(name));
  const generated = before.filter((name) => name === SHEETS.issues || name === SHEETS.summary);
  const done = await rereadSchema(book, { appVersion: packageJson.version, expected: preview.fingerprint });
  // The same workbook was just previewed: anything but a write means it changed in between (it cannot here).
  if (done.status !== 'written') {
    io.err(refusal(done.preview));
    return 2;
  }
  await io.replaceFile(into, await ledgerBytes(book, packageJson.version));
  const { load } = done;
  lines.push(say(message('tables.written', { file: into, entries: load.entriesKept })));
  if (load.orphanedEntries > 0)
    lines.push(`注意：${load.orphanedEntries} 行填报指向已删除的任务或指标（已保留并标色）。`);
  for (const notice of load.notices) lines.push(say(message('cli.notice', { text: notice })));
  if (own.length > 0) lines.push(`已保留您自己的工作表：${own.join('、')}`);
  if (generated.length > 0)
    lines.push(say(message('cli.notice', { text: message('cli.generatedDropped', { sheets: generated }) })));
  io.out(lines.join('\n'));
  return 0;
}
