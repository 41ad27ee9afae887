/**
 * The message catalogue of the layers below the edge, assembled from one file per area (areas/*.ts), so that
 * each area keeps its Chinese and English side by side. Every key exists in both languages with the same
 * placeholders (tests/domain/messages checks).
 */
import * as core from './areas/core';
import * as noticeFiles from './areas/noticeFiles';
import * as notice from './areas/notice';

/** Simplified Chinese, the catalogue that defines the keys. */
export const zhCN = { ...core.zh, ...notice.zh, ...noticeFiles.zh } as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zhCN;

/** English. */
export const enUS: Record<MessageKey, string> = { ...core.en, ...notice.en, ...noticeFiles.en };
