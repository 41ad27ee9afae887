/**
 * A labelled combobox over one of the ledger's lists (periods, units, items, targets): type to filter, pick, or
 * keep any text typed (a returned workbook can hold anything, and validation is what says so).
 */
import { Combobox, Field, Option, useComboboxFilter } from '@fluentui/react-components';
import { useCallback, useMemo, type ReactNode } from 'react';
import { User } from '../text/userText';
import { dropStaleDescendant } from './comboboxBlur';

/** An option: the value written into the cell, and what it stands for (an item's title, a target's name). */
export interface ComboOption {
  value: string;
  detail?: string;
}

/** Props of the field. */
export interface ComboFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly ComboOption[];
  noMatch: string;
  hint?: string;
  disabled?: boolean;
  testId: string;
  className?: string;
}

/** The field. */
export function ComboField(props: ComboFieldProps) {
  const { label, value, onChange, options, noMatch, hint, disabled, testId, className } = props;
  type Shown = { value: string; detail: string; children: ReactNode };
  const shown = useMemo(
    (): Shown[] => options.map((o) => ({ value: o.value, detail: o.detail ?? '', children: null })),
    [options],
  );
  const toText = useCallback((o: Shown) => `${o.value} ${o.detail}`, []);
  const children = useComboboxFilter(value, shown, {
    noOptionsMessage: noMatch,
    optionToText: toText,
    optionToReactKey: (o) => o.value,
    renderOption: (o) => (
      <Option key={o.value} value={o.value} text={o.value}>
        <User>
          {o.value}
          {o.detail !== '' ? ` · ${o.detail}` : ''}
        </User>
      </Option>
    ),
  });
  return (
    <Field label={label} hint={hint} className={className}>
      <Combobox
        freeform
        value={value}
        selectedOptions={options.some((o) => o.value === value) ? [value] : []}
        onChange={(e) => onChange(e.target.value)}
        onOptionSelect={(_, d) => d.optionValue !== undefined && onChange(d.optionValue)}
        disabled={disabled}
        data-testid={testId}
        onBlur={dropStaleDescendant}
      >
        {children}
      </Combobox>
    </Field>
  );
}
