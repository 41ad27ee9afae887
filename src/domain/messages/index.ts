/**
 * The one error and message model: a message is a catalogue key with parameters, translated only at the edge
 * (the task pane, the CLI). Every layer below the edge throws `LedgerError` or returns `Message`s; none of them
 * writes a sentence itself, so the same failure reads the same in Chinese and in English wherever it surfaces.
 * This module is the model with its catalogue (keys checked at compile time); ./model.ts is the model alone.
 */
import { enUS, zhCN, type MessageKey } from './catalogue';
import {
  isLedgerError as isAnyLedgerError,
  isMessage,
  LedgerError as Base,
  registerRenderer,
  type Locale,
  type MessageParam,
  type MessageParams,
} from './model';

export type { MessageKey } from './catalogue';
export type { Locale, MessageParam, MessageParams } from './model';

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

function paramText(locale: Locale, value: MessageParam): string {
  if (typeof value === 'string') return value;
  if (isMessage(value)) return translate(locale, value as Message);
  if (Array.isArray(value))
    return value
      .map((v: string | Message) => (isMessage(v) ? translate(locale, v as Message) : v))
      .join(LIST_SEPARATOR[locale]);
  return String(value);
}

/** A catalogue text cut at its placeholders: literal text at even positions, parameter names at odd ones. */
type Template = readonly string[];

// Validation words every finding through the catalogue (hundreds of thousands on a bad ledger): each text is
// cut at its placeholders once, not scanned again for every message.
const TEMPLATES: Record<Locale, Map<string, Template>> = { 'zh-CN': new Map(), 'en-US': new Map() };

function templateOf(locale: Locale, key: string): Template {
  let template = TEMPLATES[locale].get(key);
  if (template === undefined) {
    template = (CATALOGUES[locale][key as MessageKey] ?? key).split(/\{(\w+)\}/);
    TEMPLATES[locale].set(key, template);
  }
  return template;
}

/** A calendar day (`2021-06-30`) as each language writes it in a sentence: 2021年6月30日, 6/30/2021. */
export function dayMessage(iso: string): Message {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return message('date.day', { year, month, day });
}

/** The message in a language; a placeholder without a parameter stays visible rather than vanishing. */
export function translate(locale: Locale, m: Message): string {
  const template = templateOf(locale, m.key);
  if (template.length === 1) return template[0] ?? '';
  const pieces = new Array<string>(template.length);
  for (let i = 0; i < template.length; i++) {
    const piece = template[i] ?? '';
    if (i % 2 === 0) pieces[i] = piece;
    else {
      const value = m.params[piece];
      pieces[i] = value === undefined ? `{${piece}}` : paramText(locale, value);
    }
  }
  // Joined, not concatenated: the text is one flat string, not a tree of its pieces kept alive with it.
  return pieces.join('');
}

registerRenderer((locale, m) => translate(locale, m as Message));

/** The one error, with its key checked against the catalogue where it is thrown. */
export type LedgerError = Omit<Base, 'key' | 'toMessage'> & {
  readonly key: MessageKey;
  toMessage(): Message;
};

/** Makes a LedgerError (`new LedgerError(key, params)`). */
export const LedgerError = Base as unknown as new (key: MessageKey, params?: MessageParams) => LedgerError;

/** Whether something thrown is a LedgerError with the given key (classification by key, never by text). */
export function isLedgerError(error: unknown, key?: MessageKey): error is LedgerError {
  return isAnyLedgerError(error, key);
}
