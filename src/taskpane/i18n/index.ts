/** Message catalogues and language choice: zh-CN by default, en-US for English-language Office or browsers. */
import { enUS } from './en-US';
import { renderMessage, type Locale, type Message } from '../../domain/messages/model';
import { MessageKey, zhCN } from './zh-CN';

export type { MessageKey } from './zh-CN';

/** A UI language the pane offers (the same as the message model's). */
export type { Locale };

/** Picks the UI language from Office's display language or the browser's; anything not English is Chinese. */
export function pickLocale(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en-US' : 'zh-CN';
}

/**
 * Returns the translator for a locale: a pane key with `{name}` placeholders filled from `params`, or a message
 * of the layers below (src/domain/messages) translated into the same language.
 */
export function translator(
  locale: Locale,
): (key: MessageKey | Message, params?: Record<string, string | number>) => string {
  const catalogue: Record<MessageKey, string> = locale === 'en-US' ? enUS : zhCN;
  return (key, params) =>
    typeof key === 'object'
      ? renderMessage(locale, key)
      : catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
          params && name in params ? String(params[name]) : whole,
        );
}
