/**
 * The message catalogue of the layers below the edge, assembled from one file per area (areas/*.ts), so that
 * each area keeps its Chinese and English side by side. Every key exists in both languages with the same
 * placeholders (tests/domain/messages checks).
 */
import * as cli from './areas/cli';
import * as core from './areas/core';
import * as host from './areas/host';
import * as ledger from './areas/ledger';
import * as session from './areas/session';

/** Simplified Chinese, the catalogue that defines the keys. */
export const zhCN = { ...core.zh, ...ledger.zh, ...cli.zh, ...host.zh, ...session.zh } as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zhCN;

/** English. */
export const enUS: Record<MessageKey, string> = {
  ...core.en,
  ...ledger.en,
  ...cli.en,
  ...host.en,
  ...session.en,
};
