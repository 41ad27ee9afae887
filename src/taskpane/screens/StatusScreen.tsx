/** 状态: the host (from StatusCard), the workbook's schema and counts, last runs, skipped features; in the browser, open and download. */
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
import { useRef, useState } from 'react';
import type { HostInfo } from '../../excel/hostInfo';
import type { Message } from '../../domain/messages/model';
import type { LedgerBackend, PaneStatus } from '../backend/types';
import { Fact } from '../components/Fact';
import { JobStatus } from '../components/JobStatus';
import { StatusCard } from '../components/StatusCard';
import { saveFile, XLSX_TYPE } from '../components/saveFile';
import { useJob } from '../components/useJob';
import type { Translate } from '../state/labels';
import { formatTime } from '../state/time';

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
  const job = useJob();
  const fileInput = useRef<HTMLInputElement>(null);
  const [merged, setMerged] = useState<number | null>(null);

  const open = async (file: File) => {
    if (!backend?.openWorkbook) return;
    const opened = await job.run(async () => {
      await backend.openWorkbook?.(new Uint8Array(await file.arrayBuffer()), file.name);
      return true;
    });
    if (opened) onChanged();
  };

  const merge = async () => {
    if (!backend) return;
    const done = await job.run((onProgress, signal) => backend.mergeEntries(onProgress, signal));
    if (done) {
      setMerged(done.moved);
      onChanged();
    }
  };

  const download = async () => {
    if (!backend?.download) return;
    const file = await job.run((onProgress, signal) => backend.download!(onProgress, signal));
    if (file) saveFile(file.name, file.bytes, XLSX_TYPE);
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
              <Button onClick={() => fileInput.current?.click()} disabled={job.busy}>
                {t('wb.open')}
              </Button>
              <HiddenFileInput
                ref={fileInput}
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                label={t('wb.open')}
                testId="open-xlsx"
                onFile={(file) => void open(file)}
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
            <Body1>{t('wb.openHint')}</Body1>
          </>
        )}
        <JobStatus job={job} t={t} />
      </section>
    </div>
  );
}

function WorkbookFacts({ status, t }: { status: PaneStatus; t: Translate }) {
  return (
    <>
      {status.schemaProblem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('wb.schemaProblem')}</MessageBarTitle>
            {t(status.schemaProblem)} {t('wb.schemaProblemAdvice')}
          </MessageBarBody>
        </MessageBar>
      )}
      {!status.schema && !status.schemaProblem && <Body1 data-testid="no-schema">{t('wb.noSchema')}</Body1>}
      <Fact label={t('wb.name')}>{status.workbookName}</Fact>
      {status.schema && (
        <>
          <Fact label={t('wb.notice')} testId="status-title">
            {status.schema.title}
          </Fact>
          <Fact label={t('wb.issuer')}>{status.schema.issuer}</Fact>
          <Fact label={t('wb.year')}>{status.schema.year}</Fact>
          <Fact label={t('wb.fingerprint')}>{status.schema.fingerprint.slice(0, 12)}</Fact>
        </>
      )}
      <Fact label={t('wb.items')} testId="status-items">
        {status.items}
      </Fact>
      <Fact label={t('wb.targets')} testId="status-targets">
        {status.targets}
      </Fact>
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
          ? t('wb.summaryAt', {
              time: formatTime(status.lastSummary.time),
              period: status.lastSummary.period,
            })
          : t('wb.never')}
      </Fact>
      {status.skippedFeatures.length > 0 && <SkippedFeatures notices={status.skippedFeatures} t={t} />}
    </>
  );
}

/** Features the host lacks, one per line: each notice names the feature and the Excel version it needs. */
function SkippedFeatures({ notices, t }: { notices: Message[]; t: Translate }) {
  const styles = useStyles();
  return (
    <div data-testid="status-skipped">
      <Caption1 className={styles.muted} id="skipped-heading">
        {t('wb.skipped')}
      </Caption1>
      <ul className={styles.list} aria-labelledby="skipped-heading">
        {notices.map((notice) => (
          <li key={JSON.stringify(notice)}>
            <Body1>{t(notice)}</Body1>
          </li>
        ))}
      </ul>
    </div>
  );
}
