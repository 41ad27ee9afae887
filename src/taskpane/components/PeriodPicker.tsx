/** The period picker of the Validate and Summary screens. */
import { Field, Select } from '@fluentui/react-components';
import type { Translate } from '../state/labels';

/** Props: the periods, the chosen one, and a change callback. */
export interface PeriodPickerProps {
  periods: readonly string[];
  value: string;
  onChange: (period: string) => void;
  disabled?: boolean;
  testId: string;
  t: Translate;
}

/** A labelled period dropdown. */
export function PeriodPicker({ periods, value, onChange, disabled, testId, t }: PeriodPickerProps) {
  return (
    <Field
      label={t('period.label')}
      validationMessage={periods.length === 0 ? t('period.none') : undefined}
      validationState={periods.length === 0 ? 'warning' : 'none'}
    >
      <Select
        value={value}
        onChange={(_, d) => onChange(d.value)}
        disabled={disabled || periods.length === 0}
        data-testid={testId}
      >
        {periods.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
    </Field>
  );
}
