/**
 * The in-browser entries as an editable grid: arrow keys move between cells; Enter, F2 or a double click edits;
 * Enter saves and moves down, Tab saves and moves right (Shift+Tab left), Esc cancels. The cell chosen with 定位
 * is highlighted and scrolled into view both ways inside the grid's own scroller (the page never scrolls
 * sideways).
 */
import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EntryColumn } from '../../domain/entryCells';
import { COLUMNS } from '../../workbook/format';
import type { EntryRowView } from '../backend/types';
import { cellText, isFormColumn } from '../state/entryForm';
import { COLUMN_KEYS, type Translate } from '../state/labels';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '60vh',
    maxWidth: '100%',
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
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground2, zIndex: 1 },
  selectedRow: { backgroundColor: tokens.colorBrandBackground2 },
  selectedCell: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  editor: { minWidth: '8em', width: '100%' },
});

/** Props of the grid. */
export interface EntryGridProps {
  rows: readonly EntryRowView[];
  selected: { row: number; column: EntryColumn | null } | null;
  busy: boolean;
  labelledBy: string;
  onSave: (row: number, column: EntryColumn, text: string) => Promise<void>;
  onRemove: (row: number) => void;
  t: Translate;
}

const COLUMN_LIST = COLUMNS.entries;

/** The grid. */
export function EntryGrid({ rows, selected, busy, labelledBy, onSave, onRemove, t }: EntryGridProps) {
  const styles = useStyles();
  const [focus, setFocus] = useState<{ r: number; c: number }>({ r: 0, c: 0 });
  const [editing, setEditing] = useState<{ r: number; c: number; draft: string } | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const moved = useRef(false);

  // 定位: focus and show the chosen cell (a row alone when the finding names no column).
  useEffect(() => {
    if (!selected) return;
    const r = rows.findIndex((row) => row.row === selected.row);
    if (r < 0) return;
    const c = selected.column ? COLUMN_LIST.indexOf(selected.column) : 0;
    setFocus({ r, c: Math.max(0, c) });
    const cell = table.current?.querySelector<HTMLElement>(`[data-cell="${r}:${Math.max(0, c)}"]`);
    cell?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected, rows]);

  // Keyboard moves focus to the new cell; a click does not need it.
  useEffect(() => {
    if (!moved.current || editing) return;
    moved.current = false;
    table.current?.querySelector<HTMLElement>(`[data-cell="${focus.r}:${focus.c}"]`)?.focus();
  }, [focus, editing]);

  const move = (r: number, c: number) => {
    moved.current = true;
    setFocus({
      r: Math.max(0, Math.min(rows.length - 1, r)),
      c: Math.max(0, Math.min(COLUMN_LIST.length - 1, c)),
    });
  };

  const startEditing = (r: number, c: number) => {
    const column = COLUMN_LIST[c];
    if (!column || !isFormColumn(column) || busy) return;
    setEditing({ r, c, draft: cellText(rows[r]?.values[c]) });
  };

  // The editor can lose focus while it is being closed (Enter, Tab): the ref makes each edit commit once.
  const open = useRef(editing);
  open.current = editing;
  const commit = async (then: { r: number; c: number }) => {
    const edit = open.current;
    if (!edit) return;
    open.current = null;
    setEditing(null);
    const column = COLUMN_LIST[edit.c];
    const row = rows[edit.r];
    if (row && column && isFormColumn(column) && edit.draft.trim() !== cellText(row.values[edit.c]))
      await onSave(row.row, column, edit.draft);
    move(then.r, then.c);
  };

  const onCellKey = (e: KeyboardEvent<HTMLElement>, r: number, c: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(r + 1, c),
      ArrowUp: () => move(r - 1, c),
      ArrowRight: () => move(r, c + 1),
      ArrowLeft: () => move(r, c - 1),
      Home: () => move(r, 0),
      End: () => move(r, COLUMN_LIST.length - 1),
      Enter: () => startEditing(r, c),
      F2: () => startEditing(r, c),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit({ r: r + 1 < rows.length ? r + 1 : r, c });
    } else if (e.key === 'Tab') {
      e.preventDefault();
      void commit({ r, c: e.shiftKey ? c - 1 : c + 1 });
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setEditing(null);
      move(r, c);
    }
  };

  return (
    <div className={styles.scroller} data-testid="entry-scroller">
      <table
        ref={table}
        className={styles.table}
        data-testid="entry-table"
        role="grid"
        aria-labelledby={labelledBy}
      >
        <thead>
          <tr>
            <th className={`${styles.cell} ${styles.head}`} scope="col">
              {t('entries.row')}
            </th>
            {COLUMN_LIST.map((column) => (
              <th key={column} className={`${styles.cell} ${styles.head}`} scope="col">
                {t(COLUMN_KEYS[column])}
              </th>
            ))}
            <th className={`${styles.cell} ${styles.head}`} scope="col">
              {t('entries.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr
              key={row.row}
              id={`entry-row-${row.row}`}
              className={selected?.row === row.row ? styles.selectedRow : undefined}
              data-row={row.row}
            >
              <th className={styles.cell} scope="row">
                {row.row}
              </th>
              {COLUMN_LIST.map((column, c) => {
                const isEditing = editing?.r === r && editing.c === c;
                const text = cellText(row.values[c]);
                const chosen = selected?.row === row.row && selected.column === column;
                return (
                  <td
                    key={column}
                    role="gridcell"
                    className={`${styles.cell} ${chosen ? styles.selectedCell : ''}`}
                    tabIndex={focus.r === r && focus.c === c && !isEditing ? 0 : -1}
                    data-cell={`${r}:${c}`}
                    data-column={column}
                    data-selected={chosen ? 'true' : undefined}
                    title={text}
                    onKeyDown={(e) => !isEditing && onCellKey(e, r, c)}
                    onFocus={() => !isEditing && setFocus({ r, c })}
                    onDoubleClick={() => startEditing(r, c)}
                  >
                    {isEditing ? (
                      <Input
                        className={styles.editor}
                        size="small"
                        autoFocus
                        value={editing.draft}
                        onChange={(_, d) => setEditing({ r, c, draft: d.value })}
                        onKeyDown={(e) => onEditorKey(e, r, c)}
                        onBlur={() => void commit({ r, c })}
                        data-testid="entry-cell-editor"
                        aria-label={t('entries.edit', { row: row.row, column: t(COLUMN_KEYS[column]) })}
                      />
                    ) : (
                      <span data-user="">{text}</span>
                    )}
                  </td>
                );
              })}
              <td className={styles.cell}>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={t('entries.remove', { row: row.row })}
                  onClick={() => onRemove(row.row)}
                  disabled={busy}
                >
                  ×
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
