/**
 * The message catalogue of the layers below the edge, assembled from one file per area (areas/*.ts), so that
 * each area keeps its Chinese and English side by side. Every key exists in both languages with the same
 * placeholders (tests/domain/messages checks). One area per line, in alphabetical order.
 */
import * as bulletin from './areas/bulletin';
import * as cells from './areas/cells';
import * as cli from './areas/cli';
import * as collect from './areas/collect';
import * as core from './areas/core';
import * as counts from './areas/counts';
import * as excelHost from './areas/excelHost';
import * as file from './areas/file';
import * as files from './areas/files';
import * as host from './areas/host';
import * as ledger from './areas/ledger';
import * as notice from './areas/notice';
import * as noticeFiles from './areas/noticeFiles';
import * as returns from './areas/returns';
import * as rules from './areas/rules';
import * as session from './areas/session';
import * as tables from './areas/tables';
import * as validation from './areas/validation';

/** Simplified Chinese, the catalogue that defines the keys. */
export const zhCN = {
  ...bulletin.zh,
  ...cells.zh,
  ...cli.zh,
  ...collect.zh,
  ...core.zh,
  ...counts.zh,
  ...excelHost.zh,
  ...file.zh,
  ...files.zh,
  ...host.zh,
  ...ledger.zh,
  ...notice.zh,
  ...noticeFiles.zh,
  ...returns.zh,
  ...rules.zh,
  ...session.zh,
  ...tables.zh,
  ...validation.zh,
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zhCN;

/** English. */
export const enUS: Record<MessageKey, string> = {
  ...bulletin.en,
  ...cells.en,
  ...cli.en,
  ...collect.en,
  ...core.en,
  ...counts.en,
  ...excelHost.en,
  ...file.en,
  ...files.en,
  ...host.en,
  ...ledger.en,
  ...notice.en,
  ...noticeFiles.en,
  ...returns.en,
  ...rules.en,
  ...session.en,
  ...tables.en,
  ...validation.en,
};
