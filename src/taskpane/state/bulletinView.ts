/** The Bulletin screen's model: where the 下步工作 paragraphs are in a composed bulletin, and the edited ones. */
import type { BulletinDocument } from '../../domain/bulletin/types';

/** The 下步工作 paragraphs: those after the bulletin's last level-one heading (五、下步工作). */
export function nextStepsOf(bulletin: BulletinDocument): string[] {
  let last = -1;
  bulletin.body.forEach((block, i) => {
    if (block.kind === 'heading' && block.level === 1) last = i;
  });
  return bulletin.body.slice(last + 1).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

/** Paragraphs typed one per line: blank lines dropped, each trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
