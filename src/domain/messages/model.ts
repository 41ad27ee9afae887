/**
 * The message model without its catalogue: what a message is and the one error, so that code which only
 * classifies errors or passes messages on (the task pane's first screen) does not carry every sentence.
 * The catalogue (./index.ts) registers the renderer when it is loaded, which every layer that makes messages does.
 */

/** A language of the user interface: Simplified Chinese first, English second. */
export type Locale = 'zh-CN' | 'en-US';

/** A key of the message catalogue (the union is checked where messages are made, in ./catalogue.ts). */
export type MessageKeyOf<C> = keyof C & string;

/**
 * A parameter value: text, a number, another message (translated in the same language), or a list of either,
 * joined the way the language joins lists (、 or , ).
 */
export type MessageParam = string | number | Message | readonly (string | Message)[];

/** Parameters filling a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A sentence to show, as a catalogue key and its parameters. */
export interface Message {
  readonly key: string;
  readonly params: MessageParams;
}

/** Turns a message into text in a language (registered by the catalogue). */
export type MessageRenderer = (locale: Locale, m: Message) => string;

let renderer: MessageRenderer | null = null;

/** Registers the catalogue's renderer (done once, when the catalogue loads). */
export function registerRenderer(render: MessageRenderer): void {
  renderer = render;
}

/** The message in a language, or its key while no catalogue is loaded. */
export function renderMessage(locale: Locale, m: Message): string {
  return renderer ? renderer(locale, m) : m.key;
}

/** Whether a value is a message (an object with a key and parameters). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}

/**
 * The only error the layers below the edge throw on purpose. Its `message` is the Chinese text (for logs and
 * tests); the edge translates `key` and `params` into the user's language.
 */
export class LedgerError extends Error {
  constructor(
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'LedgerError';
    // The Chinese sentence, rendered when read (from the catalogue loaded by whoever threw): Error's own
    // `message` property is replaced by a getter.
    Object.defineProperty(this, 'message', {
      get: () => renderMessage('zh-CN', { key: this.key, params: this.params }),
      configurable: true,
      enumerable: false,
    });
  }

  /** The error as a message, for results that carry messages rather than throw. */
  toMessage(): Message {
    return { key: this.key, params: this.params };
  }
}

/** Whether something thrown is a LedgerError (with the given key): classification by key, never by text. */
export function isLedgerError(error: unknown, key?: string): error is LedgerError {
  return error instanceof LedgerError && (key === undefined || error.key === key);
}
