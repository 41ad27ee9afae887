/**
 * 状态: the host (from StatusCard), the workbook's schema and counts, last runs, skipped features; in the browser,
 * open (asking first when the workbook in the page has changes not downloaded) and download.
 */
import { HiddenFileInput } from '../components/HiddenFileInput';
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import type { HostInfo } from '../../excel/hostInfo';
import type { Message } from '../../domain/messages/model';
import type { LedgerBackend, PaneStatus } from '../backend/types';
import { Fact } from '../components/Fact';
import { JobStatus } from '../components/JobStatus';
import { StatusCard } from '../components/StatusCard';
import { saveFile, XLSX_TYPE } from '../components/saveFile';
import { useJob } from '../components/useJob';
import { targetCount, type Translate } from '../state/labels';
import { formatTime } from '../state/time';
import { usePaneText } from '../text/paneText';
import { User } from '../text/userText';

// The dialog is needed only when an unsaved workbook would be replaced: it stays out of the first script.
const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "confirm-dialog" */ '../components/ConfirmDialog').then((m) => ({
    default: m.ConfirmDialog,
  })),
);

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

/** Props of the Status screen. */
export interface StatusScreenProps {
  host: HostInfo | null;
  backend: LedgerBackend | null;
  status: PaneStatus | null;
  onChanged: () => void;
  t: Translate;
}

/** The Status screen. */
export function StatusScreen({ host, backend, status, onChanged, t }: StatusScreenProps) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const job = useJob();
  const fileInput = useRef<HTMLInputElement>(null);
  const [merged, setMerged] = useState<number | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [pending, setPending] = useState<File | null>(null);

  const open = async (file: File) => {
    if (!backend?.openWorkbook) return;
    setPending(null);
    const opened = await job.run(async () => {
      await backend.openWorkbook?.(new Uint8Array(await file.arrayBuffer()), file.name);
      return true;
    });
    if (opened) {
      setDownloaded(null);
      onChanged();
    }
  };

  const chosen = (file: File) => {
    // Opening replaces the workbook in the page: ask first when it holds changes not downloaded.
    if (backend?.hasUnsavedChanges?.()) setPending(file);
    else void open(file);
  };

  const merge = async () => {
    if (!backend) return;
    const done = await job.run((onProgress, signal) => backend.mergeEntries(onProgress, signal));
    if (done) {
      setMerged(done.moved);
      onChanged();
    }
  };

  const download = async (): Promise<boolean> => {
    if (!backend?.download) return false;
    const file = await job.run((onProgress, signal) => backend.download!(onProgress, signal));
    if (!file) return false;
    saveFile(file.name, file.bytes, XLSX_TYPE);
    setDownloaded(file.name);
    onChanged();
    return true;
  };

  return (
    <div className={styles.screen}>
      <StatusCard host={host} t={t} />
      <section className={styles.section} aria-labelledby="workbook-heading" data-testid="workbook-status">
        <Subtitle2 as="h2" id="workbook-heading">
          {t('wb.heading')}
        </Subtitle2>
        {status && <WorkbookFacts status={status} t={t} />}
        {status && status.rowsOutside > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="rows-outside">
            <MessageBarBody>{t('wb.rowsOutside', { count: status.rowsOutside })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void merge()} disabled={job.busy} data-testid="merge-rows">
                {t('wb.mergeRows')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {merged !== null && (
          <MessageBar intent="success" data-testid="rows-merged">
            <MessageBarBody>{t('wb.merged', { count: merged })}</MessageBarBody>
          </MessageBar>
        )}
        {backend?.kind === 'browser' && (
          <>
            <Body1>{t('wb.browserNote')}</Body1>
            <div className={styles.actions}>
              <Button
                onClick={() => fileInput.current?.click()}
                disabled={job.busy}
                data-testid="open-button"
              >
                {t('wb.open')}
              </Button>
              <HiddenFileInput
                ref={fileInput}
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                label={t('wb.open')}
                testId="open-xlsx"
                onFile={chosen}
              />
              <Button
                appearance="primary"
                onClick={() => void download()}
                disabled={job.busy || !status?.schema}
                data-testid="download"
              >
                {t('wb.download')}
              </Button>
            </div>
            {downloaded && (
              <MessageBar intent="success" data-testid="downloaded">
                <MessageBarBody>{tr('wb.downloaded', { name: downloaded })}</MessageBarBody>
              </MessageBar>
            )}
            <Body1>{t('wb.openHint')}</Body1>
          </>
        )}
        <JobStatus job={job} t={t} />
      </section>
      {pending && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title={t('confirm.replaceTitle')}
            confirmLabel={t('confirm.replace')}
            cancelLabel={t('confirm.cancel')}
            other={{
              label: t('confirm.downloadFirst'),
              onClick: () => {
                const file = pending;
                setPending(null);
                void download().then((ok) => {
                  if (ok) void open(file);
                });
              },
            }}
            onConfirm={() => void open(pending)}
            onCancel={() => setPending(null)}
            testId="confirm-replace"
          >
            {tr('confirm.replaceBody', { file: pending.name })}
          </ConfirmDialog>
        </Suspense>
      )}
    </div>
  );
}

function WorkbookFacts({ status, t }: { status: PaneStatus; t: Translate }) {
  const { tr } = usePaneText();
  const styles = useStyles();
  return (
    <>
      {status.schemaProblem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('wb.schemaProblem')}</MessageBarTitle>
            {tr(status.schemaProblem)} {t('wb.schemaProblemAdvice')}
          </MessageBarBody>
        </MessageBar>
      )}
      {!status.schema && !status.schemaProblem && <Body1 data-testid="no-schema">{t('wb.noSchema')}</Body1>}
      {status.tablesEdited && (
        <MessageBar intent="warning" layout="multiline" data-testid="tables-edited">
          <MessageBarBody>{tr(status.tablesEdited)}</MessageBarBody>
        </MessageBar>
      )}
      <Fact label={t('wb.name')}>
        <User>{status.workbookName}</User>
      </Fact>
      {status.schema && (
        <>
          <Fact label={t('wb.notice')} testId="status-title">
            <User>{status.schema.title}</User>
          </Fact>
          <Fact label={t('wb.issuer')}>
            <User>{status.schema.issuer}</User>
          </Fact>
          <Fact label={t('wb.year')}>{status.schema.year}</Fact>
        </>
      )}
      <Fact label={t('wb.items')} testId="status-items">
        {status.items}
      </Fact>
      <Fact label={t('wb.targets')} testId="status-targets">
        <span data-count={status.targets}>{t(targetCount(status.targets, status.candidates))}</span>
      </Fact>
      {status.candidates > 0 && <Caption1 className={styles.muted}>{t('wb.candidatesHint')}</Caption1>}
      <Fact label={t('wb.units')} testId="status-units">
        {status.units}
      </Fact>
      <Fact label={t('wb.entries')} testId="status-entries">
        {status.entries}
      </Fact>
      <Fact label={t('wb.lastValidation')} testId="status-last-validation">
        {status.lastValidation ? formatTime(status.lastValidation) : t('wb.never')}
      </Fact>
      <Fact label={t('wb.lastSummary')} testId="status-last-summary">
        {status.lastSummary
          ? tr('wb.summaryAt', {
              time: formatTime(status.lastSummary.time),
              period: status.lastSummary.period,
            })
          : t('wb.never')}
      </Fact>
      {status.schema && (
        <details data-testid="workbook-details">
          <summary className={styles.muted}>{t('status.details')}</summary>
          <Fact label={t('wb.fingerprint')}>{status.schema.fingerprint.slice(0, 12)}</Fact>
          <Fact label={t('wb.version')}>{status.schema.formatVersion}</Fact>
        </details>
      )}
      {status.skippedFeatures.length > 0 && <SkippedFeatures notices={status.skippedFeatures} t={t} />}
    </>
  );
}

/** Features the host lacks, one per line: each notice names the feature and the Excel version it needs. */
function SkippedFeatures({ notices, t }: { notices: Message[]; t: Translate }) {
  const styles = useStyles();
  const { tr } = usePaneText();
  return (
    <div data-testid="status-skipped">
      <Caption1 className={styles.muted} id="skipped-heading">
        {t('wb.skipped')}
      </Caption1>
      <ul className={styles.list} aria-labelledby="skipped-heading">
        {notices.map((notice) => (
          <li key={JSON.stringify(notice)}>
            <Body1>{tr(notice)}</Body1>
          </li>
        ))}
      </ul>
    </div>
  );
}
