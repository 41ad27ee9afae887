/** 五、下步工作: the office's own paragraphs, or the catalogue's default ones (一是…二是…三是…). */
import { heading, paragraph } from './blocks';
import type { BulletinBlock } from './types';
import type { Wording } from './wording';

/** The default 下步工作 paragraphs in a language, for the office to start editing from. */
export function defaultNextSteps(w: Wording): string[] {
  return [
    w.t('bulletin.nextSteps.default1'),
    w.t('bulletin.nextSteps.default2'),
    w.t('bulletin.nextSteps.default3'),
  ];
}

/** The heading and paragraphs of 五、下步工作; blank paragraphs are dropped, none at all means the default. */
export function nextStepsSection(w: Wording, written: readonly string[] | null | undefined): BulletinBlock[] {
  const own = (written ?? []).map((text) => text.trim()).filter((text) => text !== '');
  const texts = own.length > 0 ? own : defaultNextSteps(w);
  return [heading(w, 1, 5, 'bulletin.nextSteps.heading'), ...texts.map(paragraph)];
}
