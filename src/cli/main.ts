/** Entry point of the `workpoints` command: dispatches to one module per subcommand. */
import { isLedgerError, message, translate } from '../domain/messages';
import type { Command } from './command';
import { CliIo, nodeIo } from './io';

export type { Command } from './command';

// Loaded lazily so that `workpoints parse` does not pay for exceljs.
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./commands/parse')).parseCommand,
  build: async () => (await import('./commands/build')).buildCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  summarize: async () => (await import('./commands/summarize')).summarizeCommand,
  returns: async () => (await import('./commands/returns')).returnsCommand,
  bulletin: async () => (await import('./commands/bulletin')).bulletinCommand,
  collect: async () => (await import('./commands/collect')).collectCommand,
};

const USAGE = `用法 / Usage:
  workpoints parse NOTICE.txt [--json]      解析工作要点通知 / parse a notice
  workpoints parse --builtin [--json]       内置 2021 年工作要点 / the built-in notice
  workpoints build [--schema FILE] --out BOOK.xlsx    生成台账工作簿 / build the ledger workbook
  workpoints build [--schema FILE] --into BOOK.xlsx   导入已有台账并保留填报 / load into an existing ledger
  workpoints validate BOOK.xlsx [--period 报告期] [--json] [--out CHECKED.xlsx [--fix]]   按单位校验填报 / validate entries
  workpoints summarize BOOK.xlsx --period 报告期 [--out FILE.xlsx] [--json]   按报告期汇总 / summarize a period
  workpoints returns BOOK.xlsx --period 报告期 --out DIR [--unit 单位]…   各单位报送表 / one return form per unit
  workpoints bulletin BOOK.xlsx --period 报告期 (--out 通报.docx | --text)   进度通报 / the progress bulletin
  workpoints collect BOOK.xlsx FILE… [--period 报告期] (--out NEW.xlsx | --into) [--json]   回收报送表 / collect returned forms
`;

/** Runs the CLI with the given arguments and returns the exit code (0 ok, 1 input problems, 2 unusable input). */
export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`未知命令“${name}”。\n${USAGE}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    // Last line of defence: a clerk sees a sentence, not a stack trace nor a library's English. Our own errors
    // carry their Chinese sentence; anything else is a fault of ours, told plainly (WORKPOINTS_DEBUG shows it).
    io.err(isLedgerError(error) ? error.message : translate('zh-CN', message('files.unexpected')));
    if (process.env.WORKPOINTS_DEBUG)
      io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 2;
  }
}
