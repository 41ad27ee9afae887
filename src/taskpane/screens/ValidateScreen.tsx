/**
 * 校验: pick a period, validate, and read the result in three groups counted apart — 错误 (cells to fix),
 * 未报送 (who still owes what: the list a 催报 message is made from) and 警告. Units come in reading order
 * (names outside the ledger first, with the likely unit offered as a suggestion to confirm); expand a unit for
 * its findings; 定位 selects a cell; tick certain fixes and apply them.
 */
import {
  Accordion,
  Body1,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { ValidationIssue, ValidationResult } from '../../domain/validation/types';
import { issueCell } from '../../workbook/issueText';
import type { LedgerBackend, PaneStatus } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { RunNotices, WorkbookNotices } from '../components/WorkbookNotices';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { useJob } from '../components/useJob';
import type { Translate } from '../state/labels';
import {
  fixableIds,
  keepFixable,
  missingListText,
  toggle,
  totals,
  unitsWorstFirst,
} from '../state/validationView';
import { usePaneText } from '../text/paneText';
import { copyText } from '../components/copyText';
import { UnitPanel } from './UnitPanel';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(84px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderTopWidth: '4px',
  },
  groupError: { borderTopColor: tokens.colorPaletteRedBorder2 },
  groupMissing: { borderTopColor: tokens.colorBrandStroke1 },
  groupWarning: { borderTopColor: tokens.colorPaletteMarigoldBorder2 },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: 1.2 },
  groupName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  copyBox: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
});

/** Props of the Validate screen. */
export interface ValidateScreenProps {
  backend: LedgerBackend;
  periods: string[];
  defaultPeriod: string;
  /** What the workbook holds now (its notices are shown above the result). */
  status: PaneStatus | null;
  /** Bumped whenever the workbook may have changed (a collect validates it: that result is shown). */
  version: number;
  onChanged: () => void;
  /** Called after a cell was selected in the host (the browser shows it in the entry grid). */
  onCellSelected: () => void;
  t: Translate;
}

/** The Validate screen. */
export function ValidateScreen({
  backend,
  periods,
  defaultPeriod,
  status,
  version,
  onChanged,
  onCellSelected,
  t,
}: ValidateScreenProps) {
  const styles = useStyles();
  const { tr, locale } = usePaneText();
  const job = useJob();
  const [period, setPeriod] = usePeriod(periods, defaultPeriod);
  // The validation a collect (or an earlier visit) ran is shown at once: the pane lands on it.
  const [result, setResult] = useState<ValidationResult | null>(() => backend?.lastValidation() ?? null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<ReactNode>(null);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  // The screen stays mounted: a validation run elsewhere since (a collect) replaces the one shown.
  useEffect(() => {
    const last = backend.lastValidation();
    if (last) setResult((shown) => (shown === last ? shown : last));
  }, [backend, version]);

  const show = (next: ValidationResult) => {
    setResult(next);
    setPicked((p) => keepFixable(p, next));
    setCopied(null);
    onChanged();
  };

  const validate = async () => {
    if (!period) return;
    setMessage(null);
    const next = await job.run((onProgress, signal) => backend.validate(period, onProgress, signal));
    if (next) show(next);
  };

  const apply = async (ids: readonly string[]) => {
    if (ids.length === 0) return;
    setMessage(null);
    const done = await job.run((onProgress, signal) => backend.applyFixes(ids, onProgress, signal));
    if (!done) return;
    setPicked(new Set());
    show(done.result);
    setMessage(t('validate.applied', { count: done.changes.length }));
  };

  const locate = async (issue: ValidationIssue) => {
    if (issue.row === null) return;
    const selected = await job.run(() => backend.selectCell(issue.row ?? 0, issue.column));
    if (selected) {
      setMessage(t('validate.selectedInSheet', { cell: issueCell(issue, backend.entriesLayout()) }));
      onCellSelected();
    } else if (selected === false) setMessage(tr('validate.cannotSelect', { row: issue.row }));
  };

  // The cells the findings name are placed where the last validation found the entries.
  const layout = result ? backend.entriesLayout() : null;
  const sum = result ? totals(result) : null;
  const allFixable = result ? fixableIds(result.issues) : [];
  const rows = result ? unitsWorstFirst(result) : [];
  const missingText = result ? missingListText(rows, locale, t) : '';
  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{t('validate.heading')}</Subtitle2>
      <WorkbookNotices status={status} t={t} />
      <PeriodPicker
        periods={periods}
        value={period}
        onChange={setPeriod}
        disabled={job.busy}
        testId="validate-period"
        t={t}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void validate()}
          disabled={!period || job.busy}
          data-testid="validate-run"
        >
          {t('validate.run')}
        </Button>
        {result && (
          <Button
            onClick={() => void apply([...picked])}
            disabled={job.busy || picked.size === 0}
            data-testid="apply-fixes"
          >
            {t('validate.apply', { count: picked.size })}
          </Button>
        )}
      </div>
      <JobStatus job={job} t={t} />
      {message && (
        <MessageBar intent="success" data-testid="validate-message">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {!result && <Body1>{t('validate.notRun')}</Body1>}
      {result && sum && (
        <>
          <RunNotices notices={backend.validationNotices()} />
          <ul className={styles.groups} aria-label={t('validate.totalsLabel')} data-testid="validate-totals">
            {(
              [
                ['error', sum.errors, styles.groupError],
                ['missing', sum.missing, styles.groupMissing],
                ['warning', sum.warnings, styles.groupWarning],
              ] as const
            ).map(([group, count, colour]) => (
              <li
                key={group}
                className={`${styles.group} ${colour}`}
                data-group={group}
                data-count={count}
                data-testid={`validate-count-${group}`}
              >
                <span className={styles.count}>{count}</span>
                <span className={styles.groupName}>{t(`validate.group.${group}`)}</span>
                <span className={styles.hint}>{t(`validate.groupHint.${group}`)}</span>
              </li>
            ))}
          </ul>
          {sum.errors === 0 && sum.warnings === 0 && sum.missing === 0 && (
            <Body1>{t('validate.allClean')}</Body1>
          )}
          <div className={styles.actions}>
            {allFixable.length > 0 && (
              <Checkbox
                label={t('validate.selectAllFixes', { count: allFixable.length })}
                checked={picked.size === 0 ? false : picked.size === allFixable.length ? true : 'mixed'}
                onChange={(_, d) => setPicked(d.checked === true ? new Set(allFixable) : new Set())}
                data-testid="select-all-fixes"
              />
            )}
            {sum.missing > 0 && (
              <Button
                size="small"
                onClick={() => void copyText(missingText).then((ok) => setCopied(ok ? 'ok' : 'failed'))}
                data-testid="copy-missing"
              >
                {t('validate.copyMissing')}
              </Button>
            )}
          </div>
          {copied === 'ok' && (
            <MessageBar intent="success">
              <MessageBarBody>{t('validate.copied')}</MessageBarBody>
            </MessageBar>
          )}
          {copied === 'failed' && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t('validate.copyFailed')}
                <div className={styles.copyBox} data-user="">
                  {missingText}
                </div>
              </MessageBarBody>
            </MessageBar>
          )}
          <section aria-label={t('validate.unitsLabel')} data-testid="unit-list">
            <Accordion multiple collapsible>
              {rows.map((row) => (
                <UnitPanel
                  key={row.report.unit}
                  row={row}
                  layout={layout}
                  picked={picked}
                  busy={job.busy}
                  onPick={(id) => setPicked((p) => toggle(p, id))}
                  onLocate={(issue) => void locate(issue)}
                  onConfirm={(ids) => void apply(ids)}
                  t={t}
                  tr={tr}
                />
              ))}
            </Accordion>
          </section>
        </>
      )}
    </div>
  );
}

export default ValidateScreen;
