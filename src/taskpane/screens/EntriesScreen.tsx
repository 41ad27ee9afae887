/** 填报 (browser only): a form that appends WP_Entries rows to the in-browser workbook, and the rows as a grid. */
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { EntryChoices, EntryEditor, EntryRowView } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { useJob } from '../components/useJob';
import {
  cellText,
  emptyForm,
  FORM_COLUMNS,
  formToCells,
  isBlankForm,
  type EntryForm,
  type FormColumn,
} from '../state/entryForm';
import { COLUMN_KEYS, type Translate } from '../state/labels';
import { COLUMNS } from '../../workbook/format';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  wide: { gridColumn: '1 / -1' },
  scroller: {
    overflowX: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    whiteSpace: 'nowrap',
    textAlign: 'left',
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  selectedCell: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** Which datalist feeds a form field. */
const LISTS: Partial<Record<FormColumn, keyof EntryChoices>> = {
  报告期: 'periods',
  填报单位: 'units',
  序号: 'items',
  指标编号: 'targets',
};

/** Props: the in-browser workbook's entries and the translator. */
export interface EntriesScreenProps {
  editor: EntryEditor;
  hasSchema: boolean;
  onChanged: () => void;
  t: Translate;
}

/** The entries screen. */
export function EntriesScreen({ editor, hasSchema, onChanged, t }: EntriesScreenProps) {
  const styles = useStyles();
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
  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    if (selected) document.getElementById(`entry-row-${selected.row}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, rows]);

  const add = async () => {
    if (isBlankForm(form)) return setMessage(t('entries.blank'));
    const row = await job.run(() => editor.add(formToCells(form)));
    if (row === null) return;
    setMessage(t('entries.added', { row }));
    setForm(emptyForm());
    await reload();
    onChanged();
  };

  const remove = async (row: number) => {
    await job.run(() => editor.remove(row));
    await reload();
    onChanged();
  };

  const options = (column: FormColumn): string[] => {
    const list = LISTS[column];
    if (list === 'items') return choices.items.map((i) => String(i.no));
    if (list === 'targets') return choices.targets.map((x) => x.id);
    return list ? choices[list] : [];
  };

  return (
    <div className={styles.screen}>
      <section className={styles.block} aria-labelledby="entries-heading">
        <Subtitle2 as="h2" id="entries-heading">
          {t('entries.heading')}
        </Subtitle2>
        <Body1>{t('entries.hint')}</Body1>
        {!hasSchema && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('entries.noSchema')}</MessageBarBody>
          </MessageBar>
        )}
        <form
          className={styles.form}
          data-testid="entry-form"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          {FORM_COLUMNS.map((column) => {
            const list = options(column);
            const listId = `entry-list-${column}`;
            return (
              <Field
                key={column}
                label={t(COLUMN_KEYS[column])}
                className={column === '工作进展' || column === '存在问题' ? styles.wide : undefined}
              >
                <Input
                  value={form[column]}
                  onChange={(_, d) => setForm({ ...form, [column]: d.value })}
                  list={list.length > 0 ? listId : undefined}
                  data-testid={`entry-${column}`}
                  disabled={!hasSchema}
                />
                {list.length > 0 && (
                  <datalist id={listId}>
                    {list.map((value) => (
                      <option key={value} value={value} />
                    ))}
                  </datalist>
                )}
              </Field>
            );
          })}
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
          <Body1 role="status" aria-live="polite">
            {message}
          </Body1>
        )}
        <JobStatus job={job} t={t} />
      </section>
      <section className={styles.block} aria-labelledby="entries-table-heading">
        <Subtitle2 as="h3" id="entries-table-heading">
          {t('entries.tableLabel')}（{rows.length}）
        </Subtitle2>
        {selected && (
          <Body1 data-testid="entry-selected">
            {t('entries.selected', {
              row: selected.row,
              column: selected.column ? t(COLUMN_KEYS[selected.column]) : '—',
            })}
          </Body1>
        )}
        {rows.length === 0 ? (
          <Body1>{t('entries.none')}</Body1>
        ) : (
          <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby="entries-table-heading">
            <table className={styles.table} data-testid="entry-table">
              <thead>
                <tr>
                  <th className={styles.cell} scope="col">
                    {t('entries.row')}
                  </th>
                  {COLUMNS.entries.map((column) => (
                    <th key={column} className={styles.cell} scope="col">
                      {t(COLUMN_KEYS[column])}
                    </th>
                  ))}
                  <th className={styles.cell} scope="col">
                    {t('entries.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.row}
                    id={`entry-row-${r.row}`}
                    className={selected?.row === r.row ? styles.selected : undefined}
                    data-row={r.row}
                  >
                    <th className={styles.cell} scope="row">
                      {r.row}
                    </th>
                    {COLUMNS.entries.map((column, i) => (
                      <td
                        key={column}
                        className={`${styles.cell} ${selected?.row === r.row && selected.column === column ? styles.selectedCell : ''}`}
                        title={cellText(r.values[i])}
                      >
                        {cellText(r.values[i])}
                      </td>
                    ))}
                    <td className={styles.cell}>
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={t('entries.remove', { row: r.row })}
                        onClick={() => void remove(r.row)}
                      >
                        ×
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
