/** 汇总: pick a period, generate or refresh the 汇总 sheet, and see the headline figures and each target's status. */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Summary } from '../../domain/summary/types';
import type { LedgerBackend } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { PeriodPicker } from '../components/PeriodPicker';
import { useJob } from '../components/useJob';
import { STATUS_KEYS, type Translate } from '../state/labels';
import { choosePeriod } from '../state/periodChoice';
import { headlineFigures, percent, statusColor } from '../state/summaryView';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(88px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  count: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  target: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'baseline',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of the Summary screen. */
export interface SummaryScreenProps {
  backend: LedgerBackend | null;
  periods: string[];
  onChanged: () => void;
  t: Translate;
}

/** The Summary screen. */
export function SummaryScreen({ backend, periods, onChanged, t }: SummaryScreenProps) {
  const styles = useStyles();
  const job = useJob();
  const [period, setPeriod] = useState(choosePeriod(periods, ''));
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => setPeriod((p) => choosePeriod(periods, p)), [periods]);

  const generate = async () => {
    if (!backend || !period) return;
    const next = await job.run((onProgress, signal) => backend.summarize(period, onProgress, signal));
    if (next) {
      setSummary(next);
      onChanged();
    }
  };

  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{t('summary.heading')}</Subtitle2>
      <PeriodPicker
        periods={periods}
        value={period}
        onChange={setPeriod}
        disabled={job.busy}
        testId="summary-period"
        t={t}
      />
      <div>
        <Button
          appearance="primary"
          onClick={() => void generate()}
          disabled={!backend || !period || job.busy}
          data-testid="summary-run"
        >
          {summary?.period === period ? t('summary.refresh') : t('summary.run')}
        </Button>
      </div>
      <JobStatus job={job} t={t} />
      {!summary && <Body1>{t('summary.notRun')}</Body1>}
      {summary && (
        <>
          <MessageBar intent="success" data-testid="summary-written">
            <MessageBarBody>{t('summary.written', { period: summary.period })}</MessageBarBody>
          </MessageBar>
          <section aria-labelledby="headline-heading">
            <Subtitle2 as="h3" id="headline-heading">
              {t('summary.headline')}（{summary.period}）
            </Subtitle2>
            <ul
              className={styles.figures}
              aria-label={t('summary.figuresLabel')}
              data-testid="summary-figures"
            >
              {headlineFigures(summary).map((f) => (
                <li key={f.status} className={styles.figure} data-status={f.status} data-count={f.count}>
                  <span className={styles.count}>{f.count}</span>
                  <Caption1>{t(STATUS_KEYS[f.status])}</Caption1>
                </li>
              ))}
            </ul>
            <Body1 data-testid="summary-sentence">{summary.overall.sentence}</Body1>
          </section>
          <section aria-labelledby="targets-summary-heading">
            <Subtitle2 as="h3" id="targets-summary-heading">
              {t('summary.targetsLabel')}
            </Subtitle2>
            <ul className={styles.list} data-testid="summary-targets">
              {summary.targets.map((target) => (
                <li
                  key={target.id}
                  className={styles.target}
                  data-target={target.id}
                  data-status={target.status}
                >
                  <Badge appearance="filled" color={statusColor(target.status)}>
                    {t(STATUS_KEYS[target.status])}
                  </Badge>
                  <Body1>
                    {target.id} {target.name}
                  </Body1>
                  <Caption1 className={styles.muted}>
                    {t('summary.actual')} {target.actual ?? '—'}/{target.target}
                    {target.measure} · {t('summary.rate')} {percent(target.rate)}
                    {target.schedule !== null
                      ? ` · ${t('summary.schedule')} ${percent(target.schedule)}`
                      : ''}
                  </Caption1>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
