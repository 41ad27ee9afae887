/** One target in the preview: value, measure, comparator, kind, reporter, the highlighted source sentence; editable. */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Item, Schema, Target } from '../../domain/schema';
import type { MessageKey } from '../i18n';
import type { Translate } from '../state/labels';
import { readTargetValue, reporterChoices, targetSource, type TargetEdit } from '../state/preview';
import { usePaneText } from '../text/paneText';
import { User } from '../text/userText';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  figure: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  // A native select is as wide as its longest option unless told it may shrink.
  shrink: { minWidth: 0, maxWidth: '100%' },
  source: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    padding: '0 1px',
  },
});

const COMPARATOR_SIGNS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;
const KIND_KEYS: Record<Target['kind'], MessageKey> = {
  increment: 'load.kind.increment',
  total: 'load.kind.total',
  rate: 'load.kind.rate',
  cap: 'load.kind.cap',
};

/** Props: the target, its item, the schema (for reporter choices), the notice text, and the edit callbacks. */
export interface TargetCardProps {
  target: Target;
  item: Item | undefined;
  schema: Schema;
  noticeText?: string;
  onEdit: (edit: TargetEdit) => MessageKey | null;
  onDrop: () => void;
  onConfirm: () => void;
  t: Translate;
}

/** A target card. */
export function TargetCard({
  target,
  item,
  schema,
  noticeText,
  onEdit,
  onDrop,
  onConfirm,
  t,
}: TargetCardProps) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const [value, setValue] = useState(String(target.value));
  const [name, setName] = useState(target.name);
  const [problem, setProblem] = useState<{ field: 'value' | 'name'; key: MessageKey } | null>(null);
  useEffect(() => setValue(String(target.value)), [target.value]);
  useEffect(() => setName(target.name), [target.name]);
  const source = targetSource(target, item, noticeText);
  const idBase = `target-${target.id.replace(/\W/g, '_')}`;

  const commitValue = () => {
    const read = readTargetValue(value);
    if (read === null) return setProblem({ field: 'value', key: 'edit.badValue' });
    const refused = read === target.value ? null : onEdit({ value: read });
    setProblem(refused ? { field: 'value', key: refused } : null);
  };
  const commitName = () => {
    const refused = name === target.name ? null : onEdit({ name });
    setProblem(refused ? { field: 'name', key: refused } : null);
  };

  return (
    <Card className={styles.card} data-testid={idBase} aria-labelledby={`${idBase}-title`}>
      <div className={styles.head}>
        <Body1 id={`${idBase}-title`} className={styles.figure}>
          {target.id}{' '}
          <User>
            {target.name} {COMPARATOR_SIGNS[target.comparator]}
            {target.value}
            {target.measure}
            {target.approx ? '左右' : ''}
          </User>
        </Body1>
        <Badge appearance="tint" color="informative">
          {t(KIND_KEYS[target.kind])}
        </Badge>
        {target.confidence === 'low' && (
          <Badge appearance="filled" color="warning">
            {t('load.lowConfidence')}
          </Badge>
        )}
      </div>
      {target.confidence === 'low' && <Caption1>{t('load.candidateHint')}</Caption1>}
      <Caption1 className={styles.source}>
        {t('load.sourceLine')}
        <span data-user="">
          {source.before}
          <mark className={styles.mark}>{source.match}</mark>
          {source.after}
        </span>
      </Caption1>
      <Field
        label={t('load.targetName')}
        validationMessage={problem?.field === 'name' ? t(problem.key) : undefined}
      >
        <Input
          value={name}
          onChange={(_, d) => setName(d.value)}
          onBlur={commitName}
          onKeyDown={(e) => e.key === 'Enter' && commitName()}
        />
      </Field>
      <Field
        label={{ children: tr('load.targetValue', { measure: target.measure }) }}
        validationMessage={problem?.field === 'value' ? t(problem.key) : undefined}
      >
        <Input
          value={value}
          inputMode="decimal"
          onChange={(_, d) => setValue(d.value)}
          onBlur={commitValue}
          onKeyDown={(e) => e.key === 'Enter' && commitValue()}
          data-testid={`${idBase}-value`}
        />
      </Field>
      <Field label={t('load.reporter')} className={styles.shrink}>
        <Select
          className={styles.shrink}
          select={{ className: styles.shrink }}
          value={target.reporter}
          onChange={(_, d) => onEdit({ reporter: d.value })}
          data-testid={`${idBase}-reporter`}
        >
          {/* A unit's name is the office's own text; the pending entry is the pane's words, checked as such. */}
          {reporterChoices(schema, target).map((unit) =>
            unit === '' ? (
              <option key="" value="">
                {t('load.reporterPending')}
              </option>
            ) : (
              <option key={unit} value={unit} data-user="">
                {unit}
              </option>
            ),
          )}
        </Select>
      </Field>
      {target.confidence === 'low' && (
        <div className={styles.head}>
          <Button size="small" appearance="primary" onClick={onConfirm} data-testid={`${idBase}-confirm`}>
            {t('load.confirm', { id: target.id })}
          </Button>
          <Button size="small" onClick={onDrop} data-testid={`${idBase}-drop`}>
            {t('load.drop', { id: target.id })}
          </Button>
        </div>
      )}
    </Card>
  );
}
