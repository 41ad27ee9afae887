/**
 * Command-line arguments through Node's own `util.parseArgs`, with its English errors turned into the
 * message model and two rules it leaves out: a value may not be another option, and an option is given once.
 */
import { parseArgs } from 'node:util';
import { message, type Message, type MessageKey } from '../domain/messages';

/** One option: a flag, or a string naming what it takes (for the error). */
export type OptionSpec = { type: 'boolean' } | { type: 'string'; what: MessageKey; multiple?: boolean };

/** What was given: option values and the positional arguments. */
export interface ParsedArgs<S extends Record<string, OptionSpec>> {
  values: {
    [K in keyof S]?: S[K] extends { type: 'boolean' }
      ? boolean
      : S[K] extends { multiple: true }
        ? string[]
        : string;
  };
  positionals: string[];
}

/** Parses `args` by `spec`; a Message names the first problem. */
export function readArgs<S extends Record<string, OptionSpec>>(
  args: readonly string[],
  spec: S,
): ParsedArgs<S> | Message {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, o]) => [name, { type: o.type, multiple: o.type === 'string' }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Errors from Node's own modules are not instances of this realm's Error under a test VM: read fields.
    const text = String((error as { message?: unknown }).message ?? '');
    const option = /'(-[^' ]+)/.exec(text)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const o = spec[option.replace(/^--/, '')];
      return message('cli.missingValue', {
        option,
        what: message(o?.type === 'string' ? o.what : 'value.fileName'),
      });
    }
    return message('cli.unknownOption', { option: option || String(args[0] ?? '') });
  }
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec)) {
    const given = parsed.values[name];
    if (given === undefined) continue;
    if (o.type === 'boolean') {
      values[name] = Array.isArray(given) ? given.length > 0 : Boolean(given);
      continue;
    }
    const list = (Array.isArray(given) ? given : [given]).map(String);
    // parseArgs takes `--out --json` as --out="--json"; a file is never named like an option here.
    const bad = list.find((v) => v.startsWith('--'));
    if (bad !== undefined) return message('cli.missingValue', { option: `--${name}`, what: message(o.what) });
    if (!o.multiple && list.length > 1) return message('cli.repeatedOption', { option: `--${name}` });
    values[name] = o.multiple ? list : list[0];
  }
  return { values: values as ParsedArgs<S>['values'], positionals: parsed.positionals };
}

/** Whether a reader returned a problem rather than what was asked. */
export function isProblem<T>(value: T | Message): value is Message {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}

/** The one positional argument a command takes (a file), or the problem with what was given. */
export function onePositional(positionals: readonly string[], what: MessageKey): string | Message {
  if (positionals.length === 0) return message('cli.missingFile', { what: message(what) });
  if (positionals.length > 1)
    return message('cli.oneFileOnly', { what: message(what), extra: positionals[1] ?? '' });
  return positionals[0] ?? '';
}
