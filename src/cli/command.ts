/**
 * What a subcommand is, and the one place where the messages of the layers below reach the terminal: a
 * LedgerError becomes its Chinese sentence and exit code 2 (the input cannot be used), never a stack trace.
 */
import { isLedgerError, translate, type Message } from '../domain/messages';
import type { CliIo } from './io';

/** A subcommand: takes its arguments, returns the process exit code (0 ok, 1 problems in the input, 2 unusable). */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** The terminal's language: the office's, Simplified Chinese. */
export const CLI_LOCALE = 'zh-CN';

/** A message as the terminal shows it. */
export function say(m: Message): string {
  return translate(CLI_LOCALE, m);
}

/** Wraps a command body: a LedgerError it throws is printed as a sentence and exits 2. */
export function command(body: Command): Command {
  return async (args, io) => {
    try {
      return await body(args, io);
    } catch (error) {
      if (!isLedgerError(error)) throw error;
      io.err(say(error.toMessage()));
      return 2;
    }
  };
}

/** Prints a problem with the arguments and the command's usage; exit code 2. */
export function usageError(io: CliIo, problem: Message, usage: string): number {
  io.err(`${say(problem)}\n${usage}`);
  return 2;
}
