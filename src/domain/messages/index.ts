/**
 * The one error and message model: a message is a catalogue key with parameters, translated only at the edge
 * (the task pane, the CLI). Every layer below the edge throws `LedgerError` or returns `Message`s; none of them
 * writes a sentence itself, so the same failure reads the same in Chinese and in English wherever it surfaces.
 */
import { enUS, zhCN, type MessageKey } from './catalogue';

export type { MessageKey } from './catalogue';

/** A language of the user interface: Simplified Chinese first, English second. */
export type Locale = 'zh-CN' | 'en-US';

/**
 * A parameter value: text, a number, another message (translated in the same language), or a list of either,
 * joined the way the language joins lists (、 or , ).
 */
export type MessageParam = string | number | Message | readonly (string | Message)[];

/** Parameters filling a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A sentence to show, as a catalogue key and its parameters. */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** Makes a message. */
export function message(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const LIST_SEPARATOR: Record<Locale, string> = { 'zh-CN': '、', 'en-US': ', ' };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}

function paramText(locale: Locale, value: MessageParam): string {
  if (isMessage(value)) return translate(locale, value);
  if (Array.isArray(value))
    return value
      .map((v: string | Message) => (isMessage(v) ? translate(locale, v) : v))
      .join(LIST_SEPARATOR[locale]);
  return String(value);
}

/** The message in a language; a placeholder without a parameter stays visible rather than vanishing. */
export function translate(locale: Locale, m: Message): string {
  return CATALOGUES[locale][m.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = m.params[name];
    return value === undefined ? whole : paramText(locale, value);
  });
}

/**
 * The only error the layers below the edge throw on purpose. Its `message` is the Chinese text (for logs and
 * tests); the edge translates `key` and `params` into the user's language.
 */
export class LedgerError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(translate('zh-CN', { key, params }));
    this.name = 'LedgerError';
  }

  /** The error as a message, for results that carry messages rather than throw. */
  toMessage(): Message {
    return { key: this.key, params: this.params };
  }
}

/** Whether something thrown is a LedgerError with the given key (classification by key, never by text). */
export function isLedgerError(error: unknown, key?: MessageKey): error is LedgerError {
  return error instanceof LedgerError && (key === undefined || error.key === key);
}
