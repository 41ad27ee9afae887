/**
 * 汇总: pick a period, generate or refresh the 汇总 sheet, and see it: the status counts as one stacked bar, the
 * headline sentence, each target's 完成率 against 序时进度 as a bar in its status colour, and each unit's 报送率.
 * Plain CSS bars, no chart library.
 */
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
import { useState } from 'react';
import type { Summary } from '../../domain/summary/types';
import type { LedgerBackend, PaneStatus } from '../backend/types';
import { STATUS_FILL } from '../components/bars';
import { JobStatus } from '../components/JobStatus';
import { WorkbookNotices } from '../components/WorkbookNotices';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { useJob } from '../components/useJob';
import { STATUS_KEYS, type Translate } from '../state/labels';
import {
  headlineFigures,
  percent,
  sentenceCounts,
  statusColor,
  statusSegments,
  targetBar,
  unitsByReportRate,
} from '../state/summaryView';
import { usePaneText } from '../text/paneText';
import { User } from '../text/userText';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  stack: {
    display: 'flex',
    height: '20px',
    width: '100%',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  legend: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: { width: '12px', height: '12px', borderRadius: '2px', flexShrink: 0 },
  count: { fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  target: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  targetHead: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'baseline',
  },
  name: { overflowWrap: 'anywhere' },
  track: {
    position: 'relative',
    height: '10px',
    borderRadius: '5px',
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'visible',
  },
  fill: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: '5px' },
  mark: {
    position: 'absolute',
    top: '-3px',
    bottom: '-3px',
    width: '2px',
    marginLeft: '-1px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  unit: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(80px, 40%)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
});

/** Props of the Summary screen. */
export interface SummaryScreenProps {
  backend: LedgerBackend;
  periods: string[];
  defaultPeriod: string;
  /** What the workbook holds now (its notices are shown above the result). */
  status: PaneStatus | null;
  onChanged: () => void;
  t: Translate;
}

/** The Summary screen. */
export function SummaryScreen({ backend, periods, defaultPeriod, status, onChanged, t }: SummaryScreenProps) {
  const styles = useStyles();
  const job = useJob();
  const [period, setPeriod] = usePeriod(periods, defaultPeriod);
  const [summary, setSummary] = useState<Summary | null>(null);

  const generate = async () => {
    if (!period) return;
    const next = await job.run((onProgress, signal) => backend.summarize(period, onProgress, signal));
    if (next) {
      setSummary(next);
      onChanged();
    }
  };

  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{t('summary.heading')}</Subtitle2>
      <WorkbookNotices status={status} t={t} />
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
          disabled={!period || job.busy}
          data-testid="summary-run"
        >
          {summary?.period === period ? t('summary.refresh') : t('summary.run')}
        </Button>
      </div>
      <JobStatus job={job} t={t} />
      {!summary && <Body1>{t('summary.notRun')}</Body1>}
      {summary && <SummaryView summary={summary} t={t} />}
    </div>
  );
}

/** What the summary shows: the stacked status bar, the sentence, the target bars and the units' 报送率. */
function SummaryView({ summary, t }: { summary: Summary; t: Translate }) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const counts = sentenceCounts(summary);
  const segments = statusSegments(summary);
  const parts = segments.map((s) => `${t(STATUS_KEYS[s.status])} ${s.count}`).join(', ');
  return (
    <>
      <MessageBar intent="success" data-testid="summary-written">
        <MessageBarBody>{tr('summary.written', { period: summary.period })}</MessageBarBody>
      </MessageBar>
      <section className={styles.section} aria-labelledby="headline-heading">
        <Subtitle2 as="h3" id="headline-heading">
          {tr('summary.headline', { period: summary.period })}
        </Subtitle2>
        <div
          className={styles.stack}
          role="img"
          aria-label={t('summary.statusBarLabel', { parts })}
          data-testid="summary-stack"
        >
          {segments.map((s) => (
            <div
              key={s.status}
              data-status={s.status}
              data-count={s.count}
              style={{ width: `${s.width}%`, backgroundColor: STATUS_FILL[s.status] }}
            />
          ))}
        </div>
        <ul className={styles.legend} aria-label={t('summary.figuresLabel')} data-testid="summary-figures">
          {headlineFigures(summary).map((f) => (
            <li key={f.status} className={styles.legendItem} data-status={f.status} data-count={f.count}>
              <span className={styles.swatch} style={{ backgroundColor: STATUS_FILL[f.status] }} />
              <span className={styles.count}>{f.count}</span>
              <Caption1>{t(STATUS_KEYS[f.status])}</Caption1>
            </li>
          ))}
        </ul>
        <Body1 data-testid="summary-sentence">
          {t('summary.sentence', { ...counts })}
          {counts.within + counts.over > 0 ? ` ${t('summary.caps', { ...counts })}` : ''}
        </Body1>
      </section>
      <section className={styles.section} aria-labelledby="targets-summary-heading">
        <Subtitle2 as="h3" id="targets-summary-heading">
          {t('summary.targetsLabel')}
        </Subtitle2>
        <ul className={styles.list} data-testid="summary-targets">
          {summary.targets.map((target) => {
            const bar = targetBar(target);
            const status = t(STATUS_KEYS[target.status]);
            const rate = percent(target.rate);
            const schedule = percent(target.schedule);
            return (
              <li
                key={target.id}
                className={styles.target}
                data-target={target.id}
                data-status={target.status}
              >
                <span className={styles.targetHead}>
                  <Badge appearance="filled" color={statusColor(target.status)}>
                    {status}
                  </Badge>
                  <Body1 className={styles.name}>
                    {target.id} <User>{target.name}</User>
                  </Body1>
                </span>
                <div
                  className={styles.track}
                  role="img"
                  aria-label={t('summary.barLabel', { name: target.id, rate, schedule, status })}
                  data-fill={bar.fill.toFixed(1)}
                  data-mark={bar.mark === null ? '' : bar.mark.toFixed(1)}
                >
                  <div
                    className={styles.fill}
                    style={{ width: `${bar.fill}%`, backgroundColor: STATUS_FILL[target.status] }}
                  />
                  {bar.mark !== null && <div className={styles.mark} style={{ left: `${bar.mark}%` }} />}
                </div>
                <Caption1 className={styles.muted}>
                  {target.schedule === null
                    ? t('summary.rateOnly', { rate })
                    : t('summary.rateLine', { rate, schedule })}
                  {' · '}
                  {tr('summary.figureLine', {
                    actual: target.actual === null ? '—' : `${target.actual}`,
                    target: `${target.target}${target.measure}`,
                  })}
                </Caption1>
              </li>
            );
          })}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="units-summary-heading">
        <Subtitle2 as="h3" id="units-summary-heading">
          {t('summary.units')}
        </Subtitle2>
        <ul className={styles.list} data-testid="summary-units">
          {unitsByReportRate(summary).map((unit) => (
            <li
              key={unit.unit}
              className={styles.unit}
              data-unit={unit.unit}
              data-rate={unit.reportRate ?? ''}
            >
              <span className={styles.target}>
                <Body1 className={styles.name}>
                  <User>{unit.unit}</User>
                </Body1>
                <Caption1 className={styles.muted}>
                  {unit.itemsDue === 0
                    ? t('summary.unitNothingDue')
                    : `${t('summary.unitLine', { reported: unit.itemsReported, due: unit.itemsDue })} · ${percent(unit.reportRate)}`}
                </Caption1>
              </span>
              <div className={styles.track} role="img" aria-label={`${percent(unit.reportRate)}`}>
                <div
                  className={styles.fill}
                  style={{
                    width: `${(unit.reportRate ?? 0) * 100}%`,
                    backgroundColor: tokens.colorBrandBackground,
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export default SummaryScreen;
