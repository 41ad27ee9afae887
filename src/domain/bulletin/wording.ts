/** The bulletin's words in one language: catalogue templates filled with figures formatted as the sheet shows them. */
import { translate, type Locale, type MessageKey, type MessageParams } from '../messages';
import { chineseNumber, dateParts, figureText, tenthsText } from './numbers';

/** Templates of one locale, with the helpers every section of the bulletin uses. */
export class Wording {
  constructor(readonly locale: Locale) {}

  /** A template filled in. */
  t(key: MessageKey, params: MessageParams = {}): string {
    return translate(this.locale, { key, params });
  }

  /** Clauses joined the way the language joins them inside a sentence (；). */
  clauses(parts: readonly string[]): string {
    return parts.join(this.t('bulletin.separator.clause'));
  }

  /** Names joined as a list (、). */
  names(parts: readonly string[]): string {
    return parts.join(this.t('bulletin.separator.name'));
  }

  /** Sentences joined into one paragraph. */
  sentences(parts: readonly string[]): string {
    return parts.join(this.t('bulletin.separator.sentence'));
  }

  /** A figure with its measurement unit (1000户, 9%). */
  figure(value: number, measure: string): string {
    const text = figureText(value);
    // A percent sign sits on the number in every language.
    if (measure === '%' || measure === '') return `${text}${measure}`;
    return this.t('bulletin.figure', { value: text, measure });
  }

  /** A difference of tenths of a point (2.0个百分点). */
  points(tenths: number): string {
    return this.t('bulletin.points', { value: tenthsText(tenths) });
  }

  /** A difference of tenths in a target's own unit: points for percentages, else the measure (3.0亿元). */
  difference(tenths: number, measure: string): string {
    if (measure === '%' || measure === '个百分点') return this.points(tenths);
    const value = tenthsText(tenths);
    return measure === '' ? value : this.t('bulletin.figure', { value, measure });
  }

  /** A heading number: 一、二 in Chinese, 1, 2 in English. */
  ordinal(n: number): string {
    return this.locale === 'zh-CN' ? chineseNumber(n) : String(n);
  }

  /** An ISO date as the language writes a date (2021年7月15日); the text itself when it is not a date. */
  date(iso: string): string {
    const parts = dateParts(iso);
    return parts ? this.t('bulletin.date', parts) : iso;
  }
}
