/**
 * Units the parser recognised by their shape (县自然资源局, 某某海关) but the registry does not know: listed in the
 * preview with the items naming them, each confirmed with one press into this ledger's own units. Unconfirmed ones
 * are written too, still marked, so nothing the notice names is lost.
 */
import { Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Schema } from '../../domain/schema';
import type { Translate } from '../state/labels';
import { itemsNaming, unconfirmedUnits } from '../state/unitEdits';
import { usePaneText } from '../text/paneText';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  line: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props: the schema previewed and the confirmation. */
export interface UnconfirmedUnitsProps {
  schema: Schema;
  onConfirm: (unit: string) => void;
  t: Translate;
}

/** The units waiting for confirmation (nothing when there are none). */
export function UnconfirmedUnits({ schema, onConfirm, t }: UnconfirmedUnitsProps) {
  const styles = useStyles();
  const { locale, tr } = usePaneText();
  const units = unconfirmedUnits(schema);
  if (units.length === 0) return null;
  return (
    <section className={styles.block} aria-labelledby="unconfirmed-heading" data-testid="preview-unconfirmed">
      <Subtitle2 as="h3" id="unconfirmed-heading">
        {t('load.unconfirmedHeading', { count: units.length })}
      </Subtitle2>
      <Caption1 className={styles.muted}>{tr('load.unconfirmedHint')}</Caption1>
      <ul className={styles.list}>
        {units.map((unit) => (
          <li key={unit} className={styles.line}>
            <Badge appearance="tint" color="warning">
              {t('load.unconfirmedBadge')}
            </Badge>
            <Body1 data-user="">{unit}</Body1>
            <Caption1 className={styles.muted}>
              {t('load.unconfirmedItems', {
                items: itemsNaming(schema, unit).join(locale === 'en-US' ? ', ' : '、'),
              })}
            </Caption1>
            <Button size="small" onClick={() => onConfirm(unit)} data-testid={`confirm-unit-${unit}`}>
              {t('load.confirmUnit')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
