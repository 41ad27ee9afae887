/**
 * 回收 (minimal; its layout is the pane rework's): pick or drop the returned files, see a verdict per file before
 * anything is written, collect, then land on the validation result. The 催报 text is shown ready to copy.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { CollectOutcome, FileVerdict, LedgerBackend, PickedFile } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { useJob } from '../components/useJob';
import type { Translate } from '../state/labels';
import { usePaneText } from '../text/paneText';
import { User } from '../text/userText';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
  },
  file: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of the Collect screen. */
export interface CollectScreenProps {
  backend: LedgerBackend | null;
  periods: string[];
  onChanged: () => void;
  /** Called once forms were collected and validated: the pane shows the validation result. */
  onCollected: () => void;
  t: Translate;
}

const COLORS: Record<FileVerdict['status'], 'success' | 'informative' | 'warning' | 'danger'> = {
  accepted: 'success',
  unchanged: 'informative',
  superseded: 'warning',
  rejected: 'danger',
};

async function picked(files: FileList | null): Promise<PickedFile[]> {
  return Promise.all(
    [...(files ?? [])].map(async (f) => ({
      name: f.name,
      bytes: new Uint8Array(await f.arrayBuffer()),
      lastModified: Number.isFinite(f.lastModified) ? f.lastModified : null,
    })),
  );
}

/** The Collect screen. */
export function CollectScreen({ backend, periods, onChanged, onCollected, t }: CollectScreenProps) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const job = useJob();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [period, setPeriod] = useState('');
  const [preview, setPreview] = useState<CollectOutcome | null>(null);
  const [done, setDone] = useState<CollectOutcome | null>(null);

  const choose = async (list: FileList | null) => {
    const next = await picked(list);
    if (next.length === 0 || !backend) return;
    setFiles(next);
    setDone(null);
    const seen = await job.run((onProgress, signal) =>
      backend.previewCollect(next, period === '' ? null : period, onProgress, signal),
    );
    setPreview(seen ?? null);
  };

  const collect = async () => {
    if (!backend || files.length === 0) return;
    const result = await job.run((onProgress, signal) =>
      backend.collect(files, period === '' ? null : period, onProgress, signal),
    );
    if (!result) return;
    setDone(result);
    setPreview(null);
    onChanged();
    onCollected();
  };

  const shown = done ?? preview;
  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{t('collect.heading')}</Subtitle2>
      <Field label={t('period.label')}>
        <Select
          value={period}
          onChange={(_, d) => setPeriod(d.value)}
          disabled={job.busy}
          data-testid="collect-period"
        >
          <option value="">{t('collect.anyPeriod')}</option>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <div
        className={styles.drop}
        data-testid="collect-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void choose(e.dataTransfer.files);
        }}
      >
        <Body1>{t('collect.drop')}</Body1>
        <Button
          onClick={() => input.current?.click()}
          disabled={!backend || job.busy}
          data-testid="collect-pick"
        >
          {t('collect.pick')}
        </Button>
        <input
          ref={input}
          style={{ display: 'none' }}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,.et"
          aria-label={t('collect.pick')}
          data-testid="collect-files"
          onChange={(e) => {
            const list = e.target.files;
            void choose(list).finally(() => (e.target.value = ''));
          }}
        />
      </div>
      <JobStatus job={job} t={t} />
      {shown && (
        <ul className={styles.list} data-testid="collect-verdicts">
          {shown.verdicts.map((v) => (
            <li key={v.path} className={styles.file}>
              <span className={styles.head}>
                <Badge appearance="tint" color={COLORS[v.status]}>
                  {t(`collect.status.${v.status}`)}
                </Badge>
                <Body1>
                  <User>{v.name}</User>
                </Body1>
                {v.unit && (
                  <Caption1 className={styles.muted}>
                    <User>{v.unit}</User>
                  </Caption1>
                )}
              </span>
              <Caption1>
                {t('collect.rows', {
                  added: v.rows.added,
                  changed: v.rows.changed,
                  unchanged: v.rows.unchanged,
                })}
              </Caption1>
              {v.problem && <Caption1>{tr(v.problem)}</Caption1>}
              {[...v.notices, ...v.skipped.map((s) => s.why)].map((m, i) => (
                <Caption1 key={i} className={styles.muted}>
                  {tr(m)}
                </Caption1>
              ))}
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <div>
          <Button
            appearance="primary"
            onClick={() => void collect()}
            disabled={job.busy}
            data-testid="collect-run"
          >
            {t('collect.run')}
          </Button>
        </div>
      )}
      {done && (
        <MessageBar intent="success" data-testid="collect-done">
          <MessageBarBody>{t('collect.done', { entries: done.entries })}</MessageBarBody>
        </MessageBar>
      )}
      {done?.collection && done.collection.reminder.length > 0 && (
        <Field label={t('collect.reminder')}>
          <Textarea
            readOnly
            rows={8}
            resize="vertical"
            value={done.collection.reminder.map((m) => t(m)).join('\n')}
            data-testid="collect-reminder"
          />
        </Field>
      )}
    </div>
  );
}

export default CollectScreen;
