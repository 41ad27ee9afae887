/**
 * The pane's language as every screen reaches it: the plain translator `t` (for labels and attributes), the
 * rich one `tr` (sentences whose parameters are user data, shown in `data-user` elements), and `UserText` for
 * finished sentences that hold the ledger's words (validation findings, the bulletin).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Message, MessageParam, MessageParams } from '../../domain/messages/model';
import { isMessage } from '../../domain/messages/model';
import type { Locale, MessageKey } from '../i18n';
import type { Translate } from '../state/labels';
import { asUser, knownPieces, renderPieces, richPieces, wordPattern } from './userText';

/** Parameters of a rich sentence: strings are user data, numbers are the pane's own. */
export type RichParams = Record<string, string | number>;

/** Renders a sentence with its user data marked. */
export type RichTranslate = (key: MessageKey | Message, params?: RichParams) => ReactNode;

/** What the screens share about language. */
export interface PaneText {
  locale: Locale;
  t: Translate;
  tr: RichTranslate;
  /** The ledger's words (units, periods, items, targets, sheet and column names), as one pattern. */
  words: RegExp | null;
}

function markParam(value: MessageParam): MessageParam {
  if (typeof value === 'string') return asUser(value);
  if (typeof value === 'number') return value;
  if (Array.isArray(value))
    return value.map((v: string | Message) => (typeof v === 'string' ? asUser(v) : markMessage(v)));
  return isMessage(value) ? markMessage(value as Message) : value;
}

/** The message with every text parameter (at any depth) marked as user data. */
export function markMessage(m: Message): Message {
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(m.params as MessageParams)) params[name] = markParam(value);
  return { key: m.key, params };
}

/** The rich translator over a plain one. */
export function richTranslator(t: Translate): RichTranslate {
  return (key, params) => {
    if (typeof key === 'object') return renderPieces(richPieces(t(markMessage(key))));
    const marked: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params ?? {}))
      marked[name] = typeof value === 'string' ? asUser(value) : value;
    return renderPieces(richPieces(t(key, marked)));
  };
}

const Context = createContext<PaneText | null>(null);

/** Provides the pane's language to the screens. */
export function PaneTextProvider({
  locale,
  t,
  words,
  children,
}: {
  locale: Locale;
  t: Translate;
  words: readonly string[];
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ locale, t, tr: richTranslator(t), words: wordPattern(words) }),
    [locale, t, words],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The pane's language (inside PaneTextProvider). */
export function usePaneText(): PaneText {
  const value = useContext(Context);
  if (!value) throw new Error('usePaneText outside PaneTextProvider');
  return value;
}

/** A finished sentence with the ledger's words and quoted names marked as user data. */
export function UserText({ text }: { text: string }) {
  const { words } = usePaneText();
  return <>{renderPieces(knownPieces(text, words))}</>;
}
