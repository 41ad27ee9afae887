/**
 * 分发: choose the period (and, if wanted, some units), make one pre-filled return form per unit with progress
 * unit by unit, then hand them out — one .zip download in the browser, on Windows and on the web; on Mac, where
 * the task pane cannot download, each form opens in a new Excel window, one at a time.
 */
import {
  Body1,
  Button,
  Caption1,
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
  useComboboxFilter,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { downloadsBlocked, type HostInfo } from '../../excel/hostInfo';
import type { LedgerBackend, LedgerReturns, ReturnFormProgress } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { saveFile } from '../components/saveFile';
import { useJob } from '../components/useJob';
import type { Translate } from '../state/labels';
import { usePaneText } from '../text/paneText';
import { User } from '../text/userText';
import { dropStaleDescendant } from '../components/comboboxBlur';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  chosen: { overflowWrap: 'anywhere' },
  files: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  file: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  fileText: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of the Distribute screen. */
export interface DistributeScreenProps {
  backend: LedgerBackend;
  host: HostInfo | null;
  periods: string[];
  defaultPeriod: string;
  /** The ledger's reporting units, for choosing some. */
  units: readonly string[];
  t: Translate;
}

/** The Distribute screen. */
export function DistributeScreen({ backend, host, periods, defaultPeriod, units, t }: DistributeScreenProps) {
  const styles = useStyles();
  const { tr, locale } = usePaneText();
  const job = useJob();
  const [period, setPeriod] = usePeriod(periods, defaultPeriod);
  const [chosen, setChosen] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [progress, setProgress] = useState<ReturnFormProgress | null>(null);
  const [made, setMade] = useState<LedgerReturns | null>(null);
  const [opened, setOpened] = useState<Set<string>>(new Set());
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const mac = downloadsBlocked(host);
  const join = locale === 'en-US' ? ', ' : '、';

  const unitOptions = useMemo(() => [...units], [units]);
  const filtered = useComboboxFilter(query, unitOptions, {
    noOptionsMessage: t('entries.noMatch'),
    renderOption: (unit) => (
      <Option key={unit} value={unit} text={unit}>
        <User>{unit}</User>
      </Option>
    ),
  });

  const make = async () => {
    if (!period) return;
    setMade(null);
    setOpened(new Set());
    setDownloaded(null);
    setProgress(null);
    const done = await job.run((_, signal) => backend.returns(period, chosen, setProgress, signal));
    setProgress(null);
    if (done) setMade(done);
  };

  const download = async () => {
    if (!made) return;
    const zip = await job.run(async () => {
      const { zipReturnForms } = await import(/* webpackChunkName: "zip" */ '../../xlsx/zipReturnForms');
      return zipReturnForms(made.files, new Date());
    });
    if (!zip) return;
    const name = `${made.period}-${locale === 'en-US' ? 'return-forms' : '填报表'}.zip`;
    saveFile(name, zip, 'application/zip');
    setDownloaded(name);
  };

  const open = async (unit: string) => {
    const file = made?.files.find((f) => f.unit === unit);
    if (!file || !backend.openForm) return;
    const done = await job.run(async () => {
      await backend.openForm?.(file.bytes);
      return true;
    });
    if (done) setOpened((o) => new Set(o).add(unit));
  };

  const next = made?.files.find((f) => !opened.has(f.unit));
  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{t('distribute.heading')}</Subtitle2>
      <Body1>{t('distribute.hint')}</Body1>
      <PeriodPicker
        periods={periods}
        value={period}
        onChange={setPeriod}
        disabled={job.busy}
        testId="distribute-period"
        t={t}
      />
      <Field label={t('distribute.unitsLabel')}>
        <Combobox
          multiselect
          freeform
          value={query}
          placeholder={t('distribute.unitsPlaceholder')}
          selectedOptions={chosen}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => {
            setChosen(d.selectedOptions);
            setQuery('');
          }}
          disabled={job.busy || units.length === 0}
          data-testid="distribute-units"
          onBlur={dropStaleDescendant}
        >
          {filtered}
        </Combobox>
      </Field>
      <div className={styles.actions}>
        <Caption1 className={styles.chosen} data-testid="distribute-chosen">
          {chosen.length === 0 ? (
            t('distribute.allUnits')
          ) : (
            <>
              {t('distribute.chosen', { count: chosen.length })}: <User>{chosen.join(join)}</User>
            </>
          )}
        </Caption1>
        {chosen.length > 0 && (
          <Button size="small" appearance="subtle" onClick={() => setChosen([])} disabled={job.busy}>
            {t('distribute.clearUnits')}
          </Button>
        )}
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void make()}
          disabled={!period || job.busy}
          data-testid="distribute-run"
        >
          {t('distribute.run')}
        </Button>
      </div>
      {job.busy && (
        <div className={styles.progress} role="status" aria-live="polite" data-testid="distribute-progress">
          <div className={styles.row}>
            <Field
              className={styles.grow}
              label={
                progress
                  ? {
                      children: tr('distribute.progress', {
                        done: progress.done,
                        total: progress.total,
                        unit: progress.unit,
                      }),
                    }
                  : t('distribute.preparing')
              }
              validationState="none"
            >
              <ProgressBar value={progress ? progress.done / progress.total : undefined} />
            </Field>
            <Button size="small" onClick={job.cancel} aria-label={t('progress.cancelLabel')}>
              {t('progress.cancel')}
            </Button>
          </div>
        </div>
      )}
      {!job.busy && <JobStatus job={job} t={t} />}
      {made && (
        <>
          <MessageBar intent="success" data-testid="distribute-done">
            <MessageBarBody>
              {tr('distribute.done', { count: made.files.length, period: made.period })}
            </MessageBarBody>
          </MessageBar>
          {made.nothingDue.length > 0 && (
            <Caption1 className={styles.muted}>
              {tr('distribute.nothingDue', { units: made.nothingDue.join(join) })}
            </Caption1>
          )}
          {made.unlisted.length > 0 && (
            <Caption1 className={styles.muted}>
              {tr('distribute.unlisted', { units: made.unlisted.join(join) })}
            </Caption1>
          )}
          {!mac && made.files.length > 0 && (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                onClick={() => void download()}
                disabled={job.busy}
                data-testid="distribute-download"
              >
                {t('distribute.download')}
              </Button>
              {downloaded && (
                <Body1 data-testid="distribute-downloaded">
                  {tr('distribute.downloaded', { name: downloaded })}
                </Body1>
              )}
            </div>
          )}
          {mac && !backend.openForm && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('distribute.macCannot')}</MessageBarBody>
            </MessageBar>
          )}
          {mac && backend.openForm && (
            <>
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{t('distribute.macNote')}</MessageBarBody>
              </MessageBar>
              {next && (
                <div>
                  <Button
                    appearance="primary"
                    onClick={() => void open(next.unit)}
                    disabled={job.busy}
                    data-testid="distribute-open-next"
                  >
                    {tr('distribute.openNext', { unit: next.unit })}
                  </Button>
                </div>
              )}
            </>
          )}
          <section aria-labelledby="distribute-files">
            <Subtitle2 as="h3" id="distribute-files">
              {t('distribute.filesLabel')}
            </Subtitle2>
            <ul className={styles.files} data-testid="distribute-files">
              {made.files.map((file) => (
                <li key={file.fileName} className={styles.file} data-unit={file.unit}>
                  <span className={styles.fileText}>
                    <Body1 className={styles.name}>
                      <User>{file.fileName}</User>
                    </Body1>
                    <Caption1 className={styles.muted}>
                      {t('distribute.fileLine', { items: file.items.length, targets: file.targets.length })}
                    </Caption1>
                  </span>
                  {mac && backend.openForm && (
                    <Button
                      size="small"
                      onClick={() => void open(file.unit)}
                      disabled={job.busy}
                      data-testid="distribute-open"
                    >
                      {opened.has(file.unit) ? t('distribute.opened') : t('distribute.open')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

export default DistributeScreen;
