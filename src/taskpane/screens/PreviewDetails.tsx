/**
 * The parts of a schema preview besides its targets: differences first, then diagnostics, then sections with their
 * items (their units editable when the preview allows it).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Item, Role } from '../../domain/schema';
import type { SchemaPreview } from '../backend/types';
import type { SchemaChange } from '../../workbook/plan';
import type { MessageKey } from '../i18n';
import type { Translate } from '../state/labels';
import { sectionViews, sortedDiagnostics } from '../state/preview';
import { usePaneText } from '../text/paneText';
import { ItemUnits } from './ItemUnits';

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
  line: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  item: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const CHANGE_KEYS: Record<'added' | 'removed' | 'changed', MessageKey> = {
  added: 'load.changeAdded',
  removed: 'load.changeRemoved',
  changed: 'load.changeChanged',
};
const CHANGE_COLORS = { added: 'success', removed: 'danger', changed: 'warning' } as const;
const SEVERITY_COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Differences between two schemas, one line each: a badge for the kind, the change in the reader's language. */
export function ChangeItems({ changes, t }: { changes: readonly SchemaChange[]; t: Translate }) {
  const styles = useStyles();
  const { locale, tr } = usePaneText();
  return (
    <ul className={styles.list}>
      {changes.map((change) => (
        <li key={`${change.entity}:${change.key}:${change.kind}`} className={styles.line}>
          <Badge appearance="tint" color={CHANGE_COLORS[change.kind]}>
            {t(CHANGE_KEYS[change.kind])}
          </Badge>
          {/* The Chinese sentence names the fields that changed and their values; in English, what and its key. */}
          <Body1>
            {locale === 'zh-CN' ? change.detail : tr(`load.entity.${change.entity}`, { key: change.key })}
          </Body1>
        </li>
      ))}
    </ul>
  );
}

/** The differences against the workbook's current schema. */
export function ChangeList({ preview, t }: { preview: SchemaPreview; t: Translate }) {
  const styles = useStyles();
  if (!preview.replacesExisting) return null;
  return (
    <section className={styles.block} aria-labelledby="changes-heading" data-testid="preview-changes">
      <Subtitle2 as="h3" id="changes-heading">
        {t('load.changesHeading')}
      </Subtitle2>
      {preview.changes.length === 0 ? (
        <Body1>{t('load.noChanges')}</Body1>
      ) : (
        <ChangeItems changes={preview.changes} t={t} />
      )}
    </section>
  );
}

/** Every diagnostic, worst first. */
export function DiagnosticList({ preview, t }: { preview: SchemaPreview; t: Translate }) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const diagnostics = sortedDiagnostics(preview.diagnostics);
  return (
    <section className={styles.block} aria-labelledby="diagnostics-heading" data-testid="preview-diagnostics">
      <Subtitle2 as="h3" id="diagnostics-heading">
        {t('load.diagnosticsHeading', { count: diagnostics.length })}
      </Subtitle2>
      {diagnostics.length > 0 && <Caption1 className={styles.muted}>{t('load.diagnosticsNote')}</Caption1>}
      {diagnostics.length === 0 ? (
        <Body1>{t('load.noDiagnostics')}</Body1>
      ) : (
        <ul className={styles.list}>
          {diagnostics.map((d, i) => (
            <li key={i} className={styles.line}>
              <Badge appearance="tint" color={SEVERITY_COLORS[d.severity]}>
                {t(`load.severity.${d.severity}`)}
              </Badge>
              <Caption1 className={styles.muted}>
                {t('load.diagnosticAt', { line: d.line, column: d.column })}
              </Caption1>
              {d.detail ? (
                // The parser's note as a message: the pane's language, the notice's words marked as user data.
                <Body1>{tr(d.detail)}</Body1>
              ) : (
                // A diagnostic read from a schema file has only its stored Chinese sentence.
                <Body1 data-user="" lang="zh-CN">
                  {d.message}
                </Body1>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Units({ item, t }: { item: Item; t: Translate }) {
  const styles = useStyles();
  const { tr, locale } = usePaneText();
  const roles = [
    ['load.role.lead', item.lead],
    ['load.role.cooperate', item.cooperate],
    ['load.role.responsible', item.responsible],
  ] as const;
  return (
    <>
      {roles
        .filter(([, units]) => units.length > 0)
        .map(([key, units]) => (
          <Caption1 key={key} className={styles.muted}>
            {tr('load.roleLine', { role: t(key), units: units.join(locale === 'en-US' ? ', ' : '、') })}
          </Caption1>
        ))}
    </>
  );
}

/** Sections, collapsed, each listing its items with their units by role and target count. */
export function SectionList({
  preview,
  onRole,
  t,
}: {
  preview: SchemaPreview;
  /** When given, each item's units are editable (a problem key when an edit is refused). */
  onRole?: (no: number, unit: string, role: Role | null) => MessageKey | null;
  t: Translate;
}) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const { sections } = sectionViews(preview.schema);
  return (
    <section className={styles.block} aria-labelledby="sections-heading" data-testid="preview-sections">
      <Subtitle2 as="h3" id="sections-heading">
        {t('load.sectionsHeading')}
      </Subtitle2>
      <Accordion multiple collapsible>
        {sections.map(({ section, items }) => (
          <AccordionItem key={section.no} value={section.no}>
            <AccordionHeader size="small">
              {tr('load.sectionLabel', {
                no: section.no > 0 ? section.no : '',
                title: section.title,
                count: items.length,
              })}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={section.title}>
                {items.map(({ item, targets }) => (
                  <li key={item.no} className={styles.item}>
                    <Body1>
                      {tr('load.itemLabel', { no: item.label || String(item.no), title: item.title })}
                      {targets.length > 0 ? ` [${targets.map((x) => x.id).join(', ')}]` : ''}
                    </Body1>
                    {onRole ? (
                      <ItemUnits
                        item={item}
                        schema={preview.schema}
                        onRole={(unit, role) => onRole(item.no, unit, role)}
                        t={t}
                      />
                    ) : (
                      <Units item={item} t={t} />
                    )}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
