/**
 * The first screen's status block: inside Excel or not, platform and language; the API versions and the minimum
 * requirement are technical details, folded away (a clerk needs them only when something is missing).
 */
import {
  Badge,
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { HostInfo } from '../../excel/hostInfo';
import type { Translate } from '../state/labels';
import { MINIMUM_EXCEL_API } from '../minimumApi';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  label: { color: tokens.colorNeutralForeground3, minWidth: '7em' },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  wrap: { overflowWrap: 'anywhere' },
});

/** Props: host facts (null while office.js is still starting) and the translator. */
export interface StatusCardProps {
  host: HostInfo | null;
  t: Translate;
}

/** Shows what the add-in knows about its host. */
export function StatusCard({ host, t }: StatusCardProps) {
  const styles = useStyles();
  if (!host) return <Body1 data-testid="status">{t('status.loading')}</Body1>;
  const belowMinimum = host.inExcel && !host.excelApiSets.includes(MINIMUM_EXCEL_API);
  return (
    <section className={styles.card} aria-labelledby="status-heading" data-testid="status">
      <Subtitle2 as="h2" id="status-heading">
        {t('status.heading')}
      </Subtitle2>
      <div>
        <Badge appearance="filled" color={host.inExcel ? 'success' : 'informative'} data-testid="host-badge">
          {host.inExcel ? t('status.connected') : t('status.notInExcel')}
        </Badge>
      </div>
      {!host.inExcel && <Body1>{t('status.notInExcelHint')}</Body1>}
      {host.connecting && <Body1 data-testid="status-connecting">{t('status.stillConnecting')}</Body1>}
      {belowMinimum && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('status.belowMinimum')}</MessageBarBody>
        </MessageBar>
      )}
      {host.platform && (
        <div className={styles.row}>
          <Caption1 className={styles.label}>{t('status.platform')}</Caption1>
          <Body1>{host.platform}</Body1>
        </div>
      )}
      {host.displayLanguage && (
        <div className={styles.row}>
          <Caption1 className={styles.label}>{t('status.language')}</Caption1>
          <Body1>{host.displayLanguage}</Body1>
        </div>
      )}
      <details className={styles.details} data-testid="status-details">
        <summary className={styles.summary}>{t('status.details')}</summary>
        <div className={styles.row}>
          <Caption1 className={styles.label}>{t('status.apiSets')}</Caption1>
          <Body1 data-testid="api-sets" className={styles.wrap}>
            {host.excelApiSets.length
              ? host.excelApiSets.map((v) => `ExcelApi ${v}`).join(', ')
              : t('status.apiSetsNone')}
          </Body1>
        </div>
        <Caption1>{t('status.minimum', { min: MINIMUM_EXCEL_API })}</Caption1>
      </details>
    </section>
  );
}
