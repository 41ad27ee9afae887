/**
 * 校验: pick a period, validate, see units worst first; expand a unit for its issues; click an issue to select
 * its cell; pick fixes and apply them, with a count of what changed.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ValidationIssue, ValidationResult } from '../../domain/validation/types';
import type { LedgerBackend } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { PeriodPicker } from '../components/PeriodPicker';
import { useJob } from '../components/useJob';
import type { Locale } from '../i18n';
import type { Translate } from '../state/labels';
import { choosePeriod } from '../state/periodChoice';
import {
  fixableIds,
  isClean,
  issueText,
  keepFixable,
  toggle,
  totals,
  unitsWorstFirst,
  type UnitRowView,
} from '../state/validationView';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  unitName: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  issues: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  issue: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  issueError: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  issueWarning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  issueHead: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of the Validate screen. */
export interface ValidateScreenProps {
  backend: LedgerBackend | null;
  periods: string[];
  locale: Locale;
  onChanged: () => void;
  /** Called after a cell was selected in the host (the browser shows it in the entry grid). */
  onCellSelected: () => void;
  t: Translate;
}

/** The Validate screen. */
export function ValidateScreen({
  backend,
  periods,
  locale,
  onChanged,
  onCellSelected,
  t,
}: ValidateScreenProps) {
  const styles = useStyles();
  const job = useJob();
  const [period, setPeriod] = useState(choosePeriod(periods, ''));
  // The validation a collect (or an earlier visit) ran is shown at once: the pane lands on it.
  const [result, setResult] = useState<ValidationResult | null>(() => backend?.lastValidation() ?? null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setPeriod((p) => choosePeriod(periods, p)), [periods]);

  const show = (next: ValidationResult) => {
    setResult(next);
    setPicked((p) => keepFixable(p, next));
    onChanged();
  };

  const validate = async () => {
    if (!backend || !period) return;
    setMessage(null);
    const next = await job.run((onProgress, signal) => backend.validate(period, onProgress, signal));
    if (next) show(next);
  };

  const applyPicked = async () => {
    if (!backend) return;
    const done = await job.run((onProgress, signal) => backend.applyFixes([...picked], onProgress, signal));
    if (!done) return;
    setPicked(new Set());
    show(done.result);
    setMessage(t('validate.applied', { count: done.changes.length }));
  };

  const locate = async (issue: ValidationIssue) => {
    if (!backend || issue.row === null) return;
    const selected = await job.run(() => backend.selectCell(issue.row ?? 0, issue.column));
    if (selected) {
      setMessage(t('validate.selectedInSheet', { cell: issue.cell }));
      onCellSelected();
    } else if (selected === false) setMessage(t('validate.cannotSelect', { row: issue.row }));
  };

  const sum = result ? totals(result) : null;
  const allFixable = result ? fixableIds(result.issues) : [];
  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{t('validate.heading')}</Subtitle2>
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
          disabled={!backend || !period || job.busy}
          data-testid="validate-run"
        >
          {t('validate.run')}
        </Button>
        {result && (
          <Button
            onClick={() => void applyPicked()}
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
          <Body1 data-testid="validate-totals">{t('validate.totals', sum)}</Body1>
          {sum.errors === 0 && sum.warnings === 0 && <Body1>{t('validate.allClean')}</Body1>}
          {allFixable.length > 0 && (
            <Checkbox
              label={t('validate.selectAllFixes')}
              checked={picked.size === 0 ? false : picked.size === allFixable.length ? true : 'mixed'}
              onChange={(_, d) => setPicked(d.checked === true ? new Set(allFixable) : new Set())}
              data-testid="select-all-fixes"
            />
          )}
          <section aria-label={t('validate.unitsLabel')} data-testid="unit-list">
            <Accordion multiple collapsible>
              {unitsWorstFirst(result).map((row) => (
                <UnitPanel
                  key={row.report.unit}
                  row={row}
                  locale={locale}
                  picked={picked}
                  onPick={(id) => setPicked((p) => toggle(p, id))}
                  onLocate={(issue) => void locate(issue)}
                  t={t}
                />
              ))}
            </Accordion>
          </section>
        </>
      )}
    </div>
  );
}

interface UnitPanelProps {
  row: UnitRowView;
  locale: Locale;
  picked: ReadonlySet<string>;
  onPick: (id: string) => void;
  onLocate: (issue: ValidationIssue) => void;
  t: Translate;
}

function UnitPanel({ row, locale, picked, onPick, onLocate, t }: UnitPanelProps) {
  const styles = useStyles();
  const { report } = row;
  const name = report.unit || t('validate.unitBlank');
  return (
    <AccordionItem value={report.unit} data-testid="unit-row" data-unit={report.unit}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <span className={styles.unitName}>{name}</span>
          {!report.known && (
            <Badge appearance="outline" color="danger">
              {t('validate.unknownUnit')}
            </Badge>
          )}
          {report.errors > 0 && (
            <Badge appearance="filled" color="danger" data-testid="unit-errors">
              {t('validate.errors', { count: report.errors })}
            </Badge>
          )}
          {report.warnings > 0 && (
            <Badge appearance="filled" color="warning" data-testid="unit-warnings">
              {t('validate.warnings', { count: report.warnings })}
            </Badge>
          )}
          {row.missing > 0 && (
            <Badge appearance="tint" color="informative" data-testid="unit-missing">
              {t('validate.missing', { count: row.missing })}
            </Badge>
          )}
          {isClean(row) && (
            <Badge appearance="tint" color="success">
              {t('validate.clean')}
            </Badge>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        {report.known && (
          <Caption1 className={styles.muted}>
            {t('validate.due', {
              itemsReported: report.itemsReported,
              itemsDue: report.itemsDue,
              targetsReported: report.targetsReported,
              targetsDue: report.targetsDue,
            })}
          </Caption1>
        )}
        {row.issues.length === 0 ? (
          <Body1>{t('validate.noIssues')}</Body1>
        ) : (
          <ul className={styles.issues}>
            {row.issues.map((issue) => (
              <IssueLine
                key={issue.id}
                issue={issue}
                locale={locale}
                picked={picked.has(issue.id)}
                onPick={onPick}
                onLocate={onLocate}
                t={t}
              />
            ))}
          </ul>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

interface IssueLineProps {
  issue: ValidationIssue;
  locale: Locale;
  picked: boolean;
  onPick: (id: string) => void;
  onLocate: (issue: ValidationIssue) => void;
  t: Translate;
}

function IssueLine({ issue, locale, picked, onPick, onLocate, t }: IssueLineProps) {
  const styles = useStyles();
  const text = issueText(issue, locale);
  return (
    <li
      className={`${styles.issue} ${issue.severity === 'error' ? styles.issueError : styles.issueWarning}`}
      data-testid="issue"
      data-rule={issue.rule}
      data-row={issue.row ?? ''}
    >
      <span className={styles.issueHead}>
        <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'}>
          {t(`validate.severity.${issue.severity}`)}
        </Badge>
        <Caption1 className={styles.muted}>
          {issue.rule}
          {issue.row !== null ? ` · ${t('validate.row', { row: issue.row })}` : ''}
        </Caption1>
      </span>
      <Body1>{text.message}</Body1>
      <span className={styles.issueHead}>
        {issue.fix && issue.row !== null && (
          <Checkbox
            checked={picked}
            onChange={() => onPick(issue.id)}
            label={t('validate.pickFix')}
            data-testid="pick-fix"
          />
        )}
        {issue.row !== null && issue.cell && (
          <Button size="small" appearance="subtle" onClick={() => onLocate(issue)}>
            {t('validate.locate', { cell: issue.cell })}
          </Button>
        )}
      </span>
    </li>
  );
}
