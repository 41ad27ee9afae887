/**
 * `composeBulletin(input, locale)`: the whole 通报 of a period as a structured document — title, 主送, opening,
 * 一、总体情况 … 五、下步工作, 附件说明, signature and the 附件 滞后事项清单 — with every figure taken from the
 * period's `Summary` and written as the 汇总 sheet shows it. Pure: the same input gives the same document.
 */
import type { Locale } from '../messages';
import { attributeProblems } from './problems';
import { lagAttachment } from './attachment';
import { paragraph } from './blocks';
import { nextStepsSection } from './nextSteps';
import { overallSection } from './overall';
import { problemsSection } from './problems';
import { reportingSection } from './reporting';
import { lineContext, targetsSection } from './targets';
import type { BulletinDocument, BulletinInput } from './types';
import { Wording } from './wording';

/** The notice title as the bulletin quotes it: its own 《》 dropped, since the template adds them. */
function noticeTitle(w: Wording, title: string): string {
  const bare = title.trim().replace(/^《(.*)》$/, '$1');
  return bare === '' ? w.t('bulletin.noticeFallback') : w.t('bulletin.notice', { title: bare });
}

/** Composes the bulletin in a language (Chinese by default). */
export function composeBulletin(input: BulletinInput, locale: Locale = 'zh-CN'): BulletinDocument {
  const w = new Wording(locale);
  const { summary, schema } = input;
  const notice = noticeTitle(w, schema.title);
  const lagging = summary.targets.filter((t) => t.lagging);
  const attributed = attributeProblems(lagging, input.problems ?? []);
  const attachment = lagAttachment(w, lagging, schema.items, attributed);
  const context = lineContext(schema.targets, input.previous);
  return {
    locale,
    period: summary.period,
    title: w.t('bulletin.title', { period: summary.period, notice }),
    addressee: w.t('bulletin.addressee'),
    body: [
      paragraph(w.t('bulletin.opening', { notice, period: summary.period })),
      ...overallSection(w, summary, input.previous),
      ...targetsSection(w, summary, context),
      ...reportingSection(w, summary, input.deadline, input.receipts),
      ...problemsSection(w, summary, attributed),
      ...nextStepsSection(w, input.nextSteps),
    ],
    attachmentNote: attachment ? w.t('bulletin.attachment.note', { title: attachment.title }) : null,
    signature: { issuer: schema.issuer.trim() || w.t('bulletin.issuerFallback'), date: w.date(input.date) },
    attachment,
  };
}
