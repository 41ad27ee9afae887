/**
 * 填报 (browser only): a form that appends WP_Entries rows to the in-browser workbook — its fields stacked in a
 * narrow pane, in columns on a wide one, each list field a combobox over the ledger's lists with type-to-filter —
 * and the rows as an editable grid.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntryColumn } from '../../domain/entryCells';
import type { EntryChoices, EntryEditor, EntryRowView } from '../backend/types';
import { ComboField, type ComboOption } from '../components/ComboField';
import { JobStatus } from '../components/JobStatus';
import { useJob } from '../components/useJob';
import {
  cellFromText,
  emptyForm,
  FORM_COLUMNS,
  formToCells,
  isBlankForm,
  type EntryForm,
  type FormColumn,
} from '../state/entryForm';
import { COLUMN_KEYS, type Translate } from '../state/labels';
import { usePaneText } from '../text/paneText';
import { EntryGrid } from './EntryGrid';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  form: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalS,
    '@media (min-width: 640px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    '@media (min-width: 960px)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
  },
  wide: { gridColumn: '1 / -1' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props: the in-browser workbook's entries and the translator. */
export interface EntriesScreenProps {
  editor: EntryEditor;
  hasSchema: boolean;
  /** Changes whenever the workbook changed elsewhere (fixes, a new schema): the grid reads the rows again. */
  version: number;
  onChanged: () => void;
  t: Translate;
}

/** The fields typed as free text (no list behind them). */
const TEXT_FIELDS: ReadonlySet<FormColumn> = new Set(['累计完成值', '填报人']);
/** The long text fields, full width. */
const LONG_FIELDS: ReadonlySet<FormColumn> = new Set(['工作进展', '存在问题']);

/** The entries screen. */
export function EntriesScreen({ editor, hasSchema, version, onChanged, t }: EntriesScreenProps) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const job = useJob();
  const [form, setForm] = useState<EntryForm>(emptyForm());
  const [rows, setRows] = useState<EntryRowView[]>([]);
  const [choices, setChoices] = useState<EntryChoices>({ periods: [], units: [], items: [], targets: [] });
  const [message, setMessage] = useState<string | null>(null);
  const selected = editor.selected();

  const reload = useCallback(async () => {
    setRows(await editor.rows());
    setChoices(await editor.choices());
  }, [editor]);
  useEffect(() => void reload(), [reload, version]);

  // The lists behind each field; the target list follows the item chosen, the measure follows the target.
  const lists = useMemo((): Partial<Record<FormColumn, ComboOption[]>> => {
    const item = Number(form['序号']);
    const targets = choices.targets.filter((x) => form['序号'].trim() === '' || x.item === item);
    const target = choices.targets.find((x) => x.id === form['指标编号'].trim());
    const measures = [...new Set(choices.targets.map((x) => x.measure))];
    return {
      报告期: choices.periods.map((value) => ({ value })),
      填报单位: choices.units.map((value) => ({ value })),
      序号: choices.items.map((i) => ({ value: String(i.no), detail: i.title })),
      指标编号: targets.map((x) => ({ value: x.id, detail: x.name })),
      计量单位: (target ? [target.measure] : measures).map((value) => ({ value })),
    };
  }, [choices, form]);

  const add = async () => {
    if (isBlankForm(form)) return setMessage(t('entries.blank'));
    const row = await job.run(() => editor.add(formToCells(form)));
    if (row === null) return;
    const all = await editor.rows();
    setMessage(t('entries.added', { count: all.length, row }));
    setForm(emptyForm());
    await reload();
    onChanged();
  };

  const save = async (row: number, column: EntryColumn, text: string) => {
    const value = column === '校验状态' ? null : cellFromText(column, text);
    const done = await job.run(async () => {
      await editor.update(row, column, value);
      return true;
    });
    if (!done) return;
    setMessage(t('entries.saved', { row, column: t(COLUMN_KEYS[column]) }));
    await reload();
    onChanged();
  };

  const remove = async (row: number) => {
    await job.run(() => editor.remove(row));
    await reload();
    onChanged();
  };

  const field = (column: FormColumn) => {
    const label = t(COLUMN_KEYS[column]);
    const set = (value: string) => {
      const next = { ...form, [column]: value };
      // A target names its item and its measure: fill them in when they are still empty.
      if (column === '指标编号') {
        const target = choices.targets.find((x) => x.id === value.trim());
        if (target && next['序号'].trim() === '' && target.item !== null) next['序号'] = String(target.item);
        if (target && next['计量单位'].trim() === '') next['计量单位'] = target.measure;
      }
      setForm(next);
    };
    if (LONG_FIELDS.has(column))
      return (
        <Field key={column} label={label} className={styles.wide}>
          <Textarea
            value={form[column]}
            onChange={(_, d) => set(d.value)}
            data-testid={`entry-${column}`}
            disabled={!hasSchema}
            resize="vertical"
          />
        </Field>
      );
    if (TEXT_FIELDS.has(column))
      return (
        <Field key={column} label={label}>
          <Input
            value={form[column]}
            onChange={(_, d) => set(d.value)}
            data-testid={`entry-${column}`}
            disabled={!hasSchema}
            inputMode={column === '累计完成值' ? 'decimal' : undefined}
          />
        </Field>
      );
    return (
      <ComboField
        key={column}
        label={label}
        value={form[column]}
        onChange={set}
        options={lists[column] ?? []}
        noMatch={t('entries.noMatch')}
        disabled={!hasSchema}
        testId={`entry-${column}`}
      />
    );
  };

  return (
    <div className={styles.screen}>
      <section className={styles.block} aria-labelledby="entries-heading">
        <Subtitle2 as="h2" id="entries-heading">
          {t('entries.heading')}
        </Subtitle2>
        <Body1>{tr('entries.hint')}</Body1>
        {!hasSchema && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('entries.noSchema')}</MessageBarBody>
          </MessageBar>
        )}
        <Caption1 className={styles.muted}>{t('entries.listHint')}</Caption1>
        <form
          className={styles.form}
          data-testid="entry-form"
          aria-label={t('entries.formLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          {FORM_COLUMNS.map(field)}
          <div className={styles.wide}>
            <Button
              appearance="primary"
              type="submit"
              disabled={job.busy || !hasSchema}
              data-testid="entry-add"
            >
              {t('entries.add')}
            </Button>
          </div>
        </form>
        {message && (
          <Body1 role="status" aria-live="polite" data-testid="entry-message">
            {message}
          </Body1>
        )}
        <JobStatus job={job} t={t} />
      </section>
      <section className={styles.block} aria-labelledby="entries-table-heading">
        <Subtitle2 as="h3" id="entries-table-heading">
          {t('entries.tableLabel', { count: rows.length })}
        </Subtitle2>
        {selected && (
          <Body1 data-testid="entry-selected">
            {t('entries.selected', {
              row: selected.row,
              column: selected.column ? t(COLUMN_KEYS[selected.column]) : '',
            })}
          </Body1>
        )}
        {rows.length === 0 ? (
          <Body1>{t('entries.none')}</Body1>
        ) : (
          <>
            <Caption1 className={styles.muted}>{t('entries.gridHint')}</Caption1>
            <EntryGrid
              rows={rows}
              selected={selected}
              busy={job.busy}
              labelledBy="entries-table-heading"
              onSave={save}
              onRemove={(row) => void remove(row)}
              t={t}
            />
          </>
        )}
      </section>
    </div>
  );
}

export default EntriesScreen;
