/**
 * One unit in the validation list: its counts per group in the header; in the panel, the suggested unit name to
 * confirm (for a name outside the ledger), its findings with their short rule titles, 定位 and certain fixes to
 * tick, and what it still owes in the period.
 */
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ValidationIssue } from '../../domain/validation/types';
import type { EntriesLayout } from '../../workbook/inspectEntries';
import { issueCell, issueMessage } from '../../workbook/issueText';
import { ruleTitle, type Translate } from '../state/labels';
import { isClean, owedBy, suggestionsOf, type UnitRowView } from '../state/validationView';
import { usePaneText, type RichTranslate, UserText } from '../text/paneText';
import { User } from '../text/userText';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  unitName: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
    overflowWrap: 'anywhere',
  },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
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
    minWidth: 0,
  },
  issueError: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  issueWarning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  issueHead: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  text: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  owed: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
});

/** Props of a unit row. */
export interface UnitPanelProps {
  row: UnitRowView;
  /** Where the entries are: places the cells the findings name. */
  layout: EntriesLayout | null;
  picked: ReadonlySet<string>;
  busy: boolean;
  onPick: (id: string) => void;
  onLocate: (issue: ValidationIssue) => void;
  /** Applies the given fixes (a confirmed suggestion). */
  onConfirm: (ids: readonly string[]) => void;
  t: Translate;
  tr: RichTranslate;
}

/** The unit's accordion item. */
export function UnitPanel({ row, layout, picked, busy, onPick, onLocate, onConfirm, t, tr }: UnitPanelProps) {
  const styles = useStyles();
  const { report } = row;
  const owed = owedBy(row);
  const { locale } = usePaneText();
  const join = locale === 'en-US' ? ', ' : '、';
  const suggestions = report.known ? [] : suggestionsOf(row);
  return (
    <AccordionItem value={report.unit} data-testid="unit-row" data-unit={report.unit}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <span className={styles.unitName}>
            {report.unit ? <User>{report.unit}</User> : t('validate.unitBlank')}
          </span>
          {!report.known && (
            <Badge appearance="outline" color="danger" data-testid="unit-unknown">
              {t('validate.unknownUnit')}
            </Badge>
          )}
          {report.errors > 0 && (
            <Badge appearance="filled" color="danger" data-testid="unit-errors">
              {t('validate.errors', { count: report.errors })}
            </Badge>
          )}
          {report.missing > 0 && (
            <Badge appearance="tint" color="brand" data-testid="unit-missing">
              {t('validate.missing', { count: report.missing })}
            </Badge>
          )}
          {report.warnings > 0 && (
            <Badge appearance="filled" color="warning" data-testid="unit-warnings">
              {t('validate.warnings', { count: report.warnings })}
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
        <div className={styles.panel}>
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
          {suggestions.map((s) => (
            <MessageBar key={s.name} intent="info" layout="multiline" data-testid="unit-suggestion">
              <MessageBarBody>
                {tr('validate.suggestion', { written: s.written, name: s.name })}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy}
                  onClick={() => onConfirm(s.ids)}
                  data-testid="confirm-suggestion"
                >
                  {tr('validate.confirmSuggestion', { name: s.name, count: s.ids.length })}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ))}
          {row.issues.length > 0 && (
            <ul className={styles.issues}>
              {row.issues.map((issue) => (
                <IssueLine
                  key={issue.id}
                  issue={issue}
                  layout={layout}
                  picked={picked.has(issue.id)}
                  onPick={onPick}
                  onLocate={onLocate}
                  t={t}
                  tr={tr}
                />
              ))}
            </ul>
          )}
          {(owed.items.length > 0 || owed.targets.length > 0) && (
            <div className={styles.owed} data-testid="unit-owed">
              <Caption1 className={styles.muted}>{t('validate.groupHint.missing')}</Caption1>
              {owed.items.length > 0 && (
                <Body1 as="p">{t('validate.missingItem', { no: owed.items.join(join) })}</Body1>
              )}
              {owed.targets.length > 0 && (
                <Body1 as="p">{t('validate.missingTarget', { id: owed.targets.join(join) })}</Body1>
              )}
            </div>
          )}
          {row.issues.length === 0 && row.missing.length === 0 && <Body1>{t('validate.noIssues')}</Body1>}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

interface IssueLineProps {
  issue: ValidationIssue;
  layout: EntriesLayout | null;
  picked: boolean;
  onPick: (id: string) => void;
  onLocate: (issue: ValidationIssue) => void;
  t: Translate;
  tr: RichTranslate;
}

function IssueLine({ issue, layout, picked, onPick, onLocate, t, tr }: IssueLineProps) {
  const styles = useStyles();
  // The sentence names the cell where the last validation found the entries.
  const sentence = t(issueMessage(issue, layout));
  const cell = issueCell(issue, layout);
  const certain = issue.fix?.certain === true && issue.row !== null;
  return (
    <li
      className={`${styles.issue} ${issue.severity === 'error' ? styles.issueError : styles.issueWarning}`}
      data-testid="issue"
      data-rule={issue.rule}
      data-row={issue.row ?? ''}
    >
      <span className={styles.issueHead}>
        <Badge
          appearance="tint"
          color={issue.severity === 'error' ? 'danger' : 'warning'}
          data-testid="rule-title"
        >
          {t(ruleTitle(issue.rule))}
        </Badge>
        {issue.row !== null && (
          <Caption1 className={styles.muted}>{t('validate.row', { row: issue.row })}</Caption1>
        )}
      </span>
      <Body1 className={styles.text}>
        <UserText text={sentence} />
      </Body1>
      <span className={styles.issueHead}>
        {certain && issue.fix && (
          <Checkbox
            checked={picked}
            onChange={() => onPick(issue.id)}
            label={<>{tr('validate.fixTo', { to: String(issue.fix.to) })}</>}
            data-testid="pick-fix"
          />
        )}
        {issue.row !== null && cell && (
          <Button size="small" appearance="subtle" onClick={() => onLocate(issue)} data-testid="locate">
            {t('validate.locate', { cell })}
          </Button>
        )}
      </span>
    </li>
  );
}
