/**
 * 重新读取方案 on the Load screen: the office corrected the schema in the workbook's own tables (工作任务, 责任分工,
 * 目标指标, 单位). The button reads them back and shows what they give — each problem naming its sheet and cell, or
 * the differences from the schema saved in the workbook — and writes only once the office confirms, in Excel and in
 * the browser alike (both backends share the session's use case).
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { LedgerBackend, RereadOutcome, TablesPreview } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { useJob } from '../components/useJob';
import type { Translate } from '../state/labels';
import { targetCount } from '../state/labels';
import { targetCounts } from '../state/preview';
import { usePaneText } from '../text/paneText';
import { ChangeItems } from './PreviewDetails';

// The dialog is needed only once there is something to confirm.
const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "confirm-dialog" */ '../components/ConfirmDialog').then((m) => ({
    default: m.ConfirmDialog,
  })),
);

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Problems listed before the rest are only counted. */
const LISTED_PROBLEMS = 20;

/** Props of the read-back section. */
export interface TablesRereadProps {
  backend: LedgerBackend | null;
  /** Called after the schema was written (the other screens read again). */
  onChanged: () => void;
  t: Translate;
}

/** The read-back section. */
export function TablesReread({ backend, onChanged, t }: TablesRereadProps) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const job = useJob();
  const [preview, setPreview] = useState<TablesPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [written, setWritten] = useState<Extract<RereadOutcome, { status: 'written' }> | null>(null);

  const read = async () => {
    if (!backend) return;
    setWritten(null);
    setPreview(await job.run((onProgress, signal) => backend.previewTables(onProgress, signal)));
  };

  const write = async () => {
    setConfirming(false);
    if (!backend || !preview?.fingerprint) return;
    const expected = preview.fingerprint;
    const done = await job.run((onProgress, signal) => backend.rereadSchema(expected, onProgress, signal));
    if (!done) return;
    if (done.status === 'written') {
      setWritten(done);
      setPreview(null);
      onChanged();
    } else setPreview(done.preview);
  };

  const problems = preview?.problems ?? [];
  const changes = preview && preview.schema && !preview.unchanged ? preview.changes : [];
  return (
    <section className={styles.block} aria-labelledby="tables-heading" data-testid="tables-reread">
      <Subtitle2 as="h2" id="tables-heading">
        {t('load.tablesHeading')}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t('load.tablesHint')}</Caption1>
      <div className={styles.actions}>
        <Button onClick={() => void read()} disabled={!backend || job.busy} data-testid="reread">
          {t('load.reread')}
        </Button>
      </div>
      <JobStatus job={job} t={t} />
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="tables-problems">
          <MessageBarBody>
            {tr({ key: 'tables.refused', params: { count: problems.length } })}
            <ul className={styles.problems}>
              {problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
                <li key={i}>{tr(problem)}</li>
              ))}
              {problems.length > LISTED_PROBLEMS && (
                <li>{tr({ key: 'tables.more', params: { count: problems.length - LISTED_PROBLEMS } })}</li>
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview?.unchanged && (
        <MessageBar intent="info" data-testid="tables-unchanged">
          <MessageBarBody>{tr({ key: 'tables.unchanged', params: {} })}</MessageBarBody>
        </MessageBar>
      )}
      {changes.length > 0 && (
        <section
          className={styles.block}
          aria-labelledby="tables-changes-heading"
          data-testid="tables-changes"
        >
          <Subtitle2 as="h3" id="tables-changes-heading">
            {t('load.tablesChanges', { count: changes.length })}
          </Subtitle2>
          <ChangeItems changes={changes} t={t} />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => setConfirming(true)}
              disabled={job.busy}
              data-testid="tables-write"
            >
              {t('load.tablesWrite')}
            </Button>
            <Button appearance="subtle" onClick={() => setPreview(null)} disabled={job.busy}>
              {t('load.discard')}
            </Button>
          </div>
        </section>
      )}
      {written && (
        <MessageBar intent="success" layout="multiline" data-testid="tables-written">
          <MessageBarBody>
            {t('load.tablesWritten', {
              items: written.load.schema.items.length,
              targets: countText(written, t),
              kept: written.load.entriesKept,
            })}
            {written.load.orphanedEntries > 0 &&
              ` ${t('load.orphans', { count: written.load.orphanedEntries })}`}
            {written.load.notices.map((m, i) => (
              <span key={i}> {tr(m)}</span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {confirming && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title={t('load.tablesConfirmTitle')}
            confirmLabel={t('load.tablesConfirm')}
            cancelLabel={t('confirm.cancel')}
            onConfirm={() => void write()}
            onCancel={() => setConfirming(false)}
            testId="tables-confirm"
          >
            <Body1>{t('load.tablesConfirmText', { count: changes.length })}</Body1>
          </ConfirmDialog>
        </Suspense>
      )}
    </section>
  );
}

function countText(written: Extract<RereadOutcome, { status: 'written' }>, t: Translate): string {
  const { tracked, candidates } = targetCounts(written.load.schema);
  return t(targetCount(tracked, candidates));
}
