/** Messages of the layers below the edge, in English (same keys and placeholders as zh-CN.ts). */
import type { MessageKey } from './zh-CN';

/** The English catalogue. */
export const enUS: Record<MessageKey, string> = {
  'job.cancelled': 'Cancelled: the steps already finished are kept; the rest did not run.',
  'period.unknown': '“{period}” is not a reporting period of this schema (choose one of: {choices}).',
};
