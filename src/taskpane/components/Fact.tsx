/** A label/value line of the status screens. */
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  label: { color: tokens.colorNeutralForeground3, minWidth: '7em' },
  value: { overflowWrap: 'anywhere' },
});

/** Props: the label, the value, and a test id for browser checks. */
export interface FactProps {
  label: string;
  children: ReactNode;
  testId?: string;
}

/** One fact. */
export function Fact({ label, children, testId }: FactProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Caption1 className={styles.label}>{label}</Caption1>
      <Body1 className={styles.value} data-testid={testId}>
        {children}
      </Body1>
    </div>
  );
}
