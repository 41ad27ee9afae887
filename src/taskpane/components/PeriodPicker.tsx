/** The period picker of the Validate, Summary, Distribute and Bulletin screens, starting at the workbook's default. */
import { Field, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { choosePeriod } from '../state/periodChoice';
import type { Translate } from '../state/labels';

/** The chosen period of a screen: the workbook's default until the user picks another. */
export function usePeriod(periods: readonly string[], fallback: string): [string, (period: string) => void] {
  const [period, setPeriod] = useState(() => choosePeriod(periods, '', fallback));
  useEffect(() => setPeriod((p) => choosePeriod(periods, p, fallback)), [periods, fallback]);
  return [period, setPeriod];
}

/** Props: the periods, the chosen one, and a change callback. */
export interface PeriodPickerProps {
  periods: readonly string[];
  value: string;
  onChange: (period: string) => void;
  disabled?: boolean;
  testId: string;
  t: Translate;
}

/** A labelled period dropdown; the period labels are the workbook's words. */
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
          <option key={p} value={p} data-user="">
            {p}
          </option>
        ))}
      </Select>
    </Field>
  );
}
