/**
 * Editing an item's units in the preview before writing: each unit with its role (牵头, 配合, 负责, or taken off the
 * item), and a unit of the schema added with a role. What the parser got wrong is corrected here, before the
 * ledger holds it; the units named only by their shape are confirmed in UnconfirmedUnits.
 */
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Item, Role, Schema } from '../../domain/schema';
import type { MessageKey } from '../i18n';
import type { Translate } from '../state/labels';
import { itemUnits, ROLES, unitsToAdd } from '../state/unitEdits';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: 'anywhere', flexGrow: 1 },
  // A native select is as wide as its longest option unless told it may shrink.
  shrink: { minWidth: 0, maxWidth: '100%' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

const ROLE_KEYS: Record<Role, MessageKey> = {
  lead: 'load.role.lead',
  cooperate: 'load.role.cooperate',
  responsible: 'load.role.responsible',
};

/** The value of the role select that takes a unit off the item. */
const REMOVE = 'remove';

/** Props: the item, the schema (its units), and the edit (a problem key when refused). */
export interface ItemUnitsProps {
  item: Item;
  schema: Schema;
  onRole: (unit: string, role: Role | null) => MessageKey | null;
  t: Translate;
}

/** The units of one item, editable. */
export function ItemUnits({ item, schema, onRole, t }: ItemUnitsProps) {
  const styles = useStyles();
  const [adding, setAdding] = useState('');
  const [addRole, setAddRole] = useState<Role>('cooperate');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const idBase = `item-${item.no}`;
  const choices = unitsToAdd(schema, item);

  const change = (unit: string, role: Role | null) => setProblem(onRole(unit, role));
  const add = () => {
    if (adding === '') return;
    const refused = onRole(adding, addRole);
    setProblem(refused);
    if (!refused) setAdding('');
  };

  return (
    <div className={styles.block} data-testid={`${idBase}-units`}>
      {itemUnits(item).map(({ unit, role }) => (
        <div key={unit} className={styles.row}>
          <Caption1 className={styles.name} data-user="">
            {unit}
          </Caption1>
          <Select
            size="small"
            className={styles.shrink}
            select={{ className: styles.shrink }}
            value={role}
            aria-label={t('load.unitRoleLabel', { unit })}
            onChange={(_, d) => change(unit, d.value === REMOVE ? null : (d.value as Role))}
            data-testid={`${idBase}-role-${unit}`}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(ROLE_KEYS[r])}
              </option>
            ))}
            <option value={REMOVE}>{t('load.roleRemove')}</option>
          </Select>
        </div>
      ))}
      {choices.length > 0 && (
        <div className={styles.row}>
          <Field label={t('load.addUnit')} size="small" className={styles.shrink}>
            <Select
              size="small"
              className={styles.shrink}
              select={{ className: styles.shrink }}
              value={adding}
              onChange={(_, d) => setAdding(d.value)}
              data-testid={`${idBase}-add-unit`}
            >
              <option value="">—</option>
              {choices.map((unit) => (
                <option key={unit} value={unit} data-user="">
                  {unit}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('load.addUnitRole')} size="small" className={styles.shrink}>
            <Select
              size="small"
              value={addRole}
              onChange={(_, d) => setAddRole(d.value as Role)}
              data-testid={`${idBase}-add-role`}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_KEYS[r])}
                </option>
              ))}
            </Select>
          </Field>
          <Button size="small" onClick={add} disabled={adding === ''} data-testid={`${idBase}-add`}>
            {t('load.addUnitButton')}
          </Button>
        </div>
      )}
      {problem && (
        <Caption1 role="alert" className={styles.problem}>
          {t(problem)}
        </Caption1>
      )}
    </div>
  );
}
