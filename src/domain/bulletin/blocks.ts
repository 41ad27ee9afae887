/** Building blocks of the bulletin's body: numbered headings and paragraphs. */
import type { MessageKey } from '../messages';
import type { BulletinBlock } from './types';
import type { Wording } from './wording';

/** A numbered heading: level 1 `一、总体情况`, level 2 `（一）滞后的指标`. */
export function heading(w: Wording, level: 1 | 2, no: number, key: MessageKey): BulletinBlock {
  const template = level === 1 ? 'bulletin.heading1' : 'bulletin.heading2';
  return { kind: 'heading', level, text: w.t(template, { no: w.ordinal(no), text: w.t(key) }) };
}

/** A body paragraph. */
export function paragraph(text: string): BulletinBlock {
  return { kind: 'paragraph', text };
}
