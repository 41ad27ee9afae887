/**
 * 导入工作要点: choose the built-in notice, paste a notice, or open a .txt / .docx / .pdf notice or a .json schema; preview
 * (differences first, diagnostics, units to confirm, sections with their units, targets), edit units, roles and
 * targets, then write; save the schema as .json. Below, 重新读取方案 reads back a schema the office corrected in the
 * workbook's own tables (TablesReread).
 */
import { HiddenFileInput } from '../components/HiddenFileInput';
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Schema } from '../../domain/schema';
import type { LedgerBackend, LoadOutcome, SchemaPreview } from '../backend/types';
import { JobStatus } from '../components/JobStatus';
import { saveFile } from '../components/saveFile';
import { useJob } from '../components/useJob';
import type { MessageKey } from '../i18n';
import type { Translate } from '../state/labels';
import {
  canWrite,
  confirmCandidate,
  dropCandidate,
  editTarget,
  targetCounts,
  type TargetEdit,
} from '../state/preview';
import { targetCount } from '../state/labels';
import { usePaneText } from '../text/paneText';
import { User } from '../text/userText';
import { openedFileText } from '../state/decodeFile';
import { ChangeList, DiagnosticList, SectionList } from './PreviewDetails';
import { TablesReread } from './TablesReread';
import { TargetCard } from './TargetCard';
import { UnconfirmedUnits } from './UnconfirmedUnits';
import { confirmUnit, setUnitRole } from '../state/unitEdits';
import type { Role } from '../../domain/schema';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Source = 'builtin' | 'paste' | 'file';

/** Files the Load screen opens: text and Word/PDF notices, saved schemas. */
const NOTICE_FILES = [
  '.txt',
  '.json',
  '.docx',
  '.pdf',
  'text/plain',
  'application/json',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

/** Props of the Load screen. */
export interface LoadScreenProps {
  backend: LedgerBackend | null;
  onChanged: () => void;
  t: Translate;
}

/** The Load screen. */
export function LoadScreen({ backend, onChanged, t }: LoadScreenProps) {
  const styles = useStyles();
  const { tr } = usePaneText();
  const job = useJob();
  const [source, setSource] = useState<Source>('builtin');
  const [text, setText] = useState('');
  const [textMissing, setTextMissing] = useState(false);
  const [preview, setPreview] = useState<SchemaPreview | null>(null);
  const [schema, setSchema] = useState<Schema | null>(null);
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [unitNotice, setUnitNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const show = (next: SchemaPreview | null) => {
    if (!next) return;
    setPreview(next);
    setSchema(next.schema);
    setOutcome(null);
    setNotice(null);
    setUnitNotice(null);
  };

  const previewChosen = async () => {
    if (!backend) return;
    if (source === 'builtin') return show(await job.run(() => backend.previewBuiltin()));
    if (source === 'paste') {
      if (text.trim() === '') return setTextMissing(true);
      setTextMissing(false);
      return show(await job.run(() => backend.previewNotice(text)));
    }
    fileInput.current?.click();
  };

  const openFile = async (file: File) => {
    if (!backend) return;
    const next = await job.run(async () => {
      const opened = await openedFileText(file.name, new Uint8Array(await file.arrayBuffer()));
      const content = opened.text;
      return !opened.document && (/\.json$/i.test(file.name) || content.trimStart().startsWith('{'))
        ? backend.previewSchemaFile(content)
        : backend.previewNotice(content);
    });
    show(next);
  };

  const edit = (id: string, change: TargetEdit): MessageKey | null => {
    if (!schema) return null;
    const result = editTarget(schema, id, change);
    if ('problem' in result) return result.problem;
    setSchema(result.schema);
    return null;
  };

  const drop = (id: string) => {
    if (!schema) return;
    const result = dropCandidate(schema, id);
    if ('schema' in result) {
      setSchema(result.schema);
      setNotice(t('load.dropped', { id }));
    }
  };

  const confirm = (id: string) => {
    if (!schema) return;
    const result = confirmCandidate(schema, id);
    if ('schema' in result) {
      setSchema(result.schema);
      setNotice(t('load.confirmed', { id }));
    }
  };

  const setRole = (no: number, unit: string, role: Role | null): MessageKey | null => {
    if (!schema) return null;
    const result = setUnitRole(schema, no, unit, role);
    if ('problem' in result) return result.problem;
    setSchema(result.schema);
    return null;
  };

  const confirmNamed = (unit: string) => {
    if (!schema) return;
    const result = confirmUnit(schema, unit);
    if ('schema' in result) {
      setSchema(result.schema);
      setUnitNotice(t('load.unitConfirmed', { unit }));
    }
  };

  const write = async () => {
    if (!backend || !schema) return;
    const done = await job.run((onProgress, signal) => backend.loadSchema(schema, onProgress, signal));
    if (done) {
      setOutcome(done);
      setPreview(null);
      onChanged();
    }
  };

  const saveJson = async () => {
    if (!schema) return;
    const { serializeSchema } = await import(/* webpackChunkName: "schema-file" */ '../../domain/schemaFile');
    saveFile(`${schema.title || 'workpoints-schema'}.json`, serializeSchema(schema), 'application/json');
  };

  const written = outcome && schema;
  return (
    <div className={styles.screen}>
      <section className={styles.block} aria-labelledby="load-heading">
        <Subtitle2 as="h2" id="load-heading">
          {t('load.heading')}
        </Subtitle2>
        <RadioGroup
          value={source}
          onChange={(_, d) => setSource(d.value as Source)}
          aria-label={t('load.sourceLabel')}
        >
          <Radio value="builtin" label={t('load.builtin')} />
          <Radio value="paste" label={t('load.paste')} />
          <Radio value="file" label={t('load.file')} />
        </RadioGroup>
        {source === 'paste' && (
          <Field label={t('load.pasteLabel')} validationMessage={textMissing ? t('load.noText') : undefined}>
            <Textarea
              value={text}
              onChange={(_, d) => setText(d.value)}
              placeholder={t('load.pastePlaceholder')}
              rows={8}
              resize="vertical"
            />
          </Field>
        )}
        <HiddenFileInput
          ref={fileInput}
          accept={NOTICE_FILES}
          label={t('load.fileLabel')}
          testId="open-notice"
          onFile={(file) => void openFile(file)}
        />
        <div className={styles.actions}>
          <Button
            appearance={preview ? 'secondary' : 'primary'}
            onClick={() => void previewChosen()}
            disabled={!backend || job.busy}
            data-testid="preview"
          >
            {source === 'file' ? t('load.fileLabel') : t('load.preview')}
          </Button>
        </div>
        <JobStatus job={job} t={t} />
        {written && (
          <MessageBar intent="success" layout="multiline" data-testid="load-written">
            <MessageBarBody>
              {t('load.written', {
                items: schema.items.length,
                targets: countText(schema, t),
                kept: outcome.entriesKept,
              })}
              {outcome.orphanedEntries > 0 && ` ${t('load.orphans', { count: outcome.orphanedEntries })}`}
              {outcome.skipped.length > 0 && (
                <>
                  {' '}
                  {t('wb.skipped')}:{' '}
                  {outcome.skipped.map((m, i) => (
                    <span key={i}>{tr(m)} </span>
                  ))}
                </>
              )}
              {outcome.notices.map((m, i) => (
                <span key={i}> {tr(m)}</span>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
      {preview && schema && (
        <PreviewPanel
          preview={{ ...preview, schema }}
          notice={notice}
          unitNotice={unitNotice}
          busy={job.busy}
          onEdit={edit}
          onDrop={drop}
          onConfirm={confirm}
          onRole={setRole}
          onConfirmUnit={confirmNamed}
          onWrite={() => void write()}
          onSave={() => void saveJson()}
          onDiscard={() => setPreview(null)}
          t={t}
        />
      )}
      {!preview && written && (
        <div className={styles.actions}>
          <Button onClick={() => void saveJson()}>{t('load.saveJson')}</Button>
        </div>
      )}
      {!preview && <TablesReread backend={backend} onChanged={onChanged} t={t} />}
    </div>
  );
}

interface PreviewPanelProps {
  preview: SchemaPreview;
  notice: string | null;
  unitNotice: string | null;
  busy: boolean;
  onEdit: (id: string, edit: TargetEdit) => MessageKey | null;
  onDrop: (id: string) => void;
  onConfirm: (id: string) => void;
  onRole: (no: number, unit: string, role: Role | null) => MessageKey | null;
  onConfirmUnit: (unit: string) => void;
  onWrite: () => void;
  onSave: () => void;
  onDiscard: () => void;
  t: Translate;
}

function PreviewPanel({
  preview,
  notice,
  unitNotice,
  busy,
  onEdit,
  onDrop,
  onConfirm,
  onRole,
  onConfirmUnit,
  onWrite,
  onSave,
  onDiscard,
  t,
}: PreviewPanelProps) {
  const styles = useStyles();
  const { schema } = preview;
  const itemOf = new Map(schema.items.map((i) => [i.no, i]));
  const writable = canWrite(schema);
  const actions = (
    <div className={styles.actions}>
      <Button appearance="primary" onClick={onWrite} disabled={busy || !writable} data-testid="write">
        {preview.replacesExisting ? t('load.writeReplace') : t('load.write')}
      </Button>
      <Button onClick={onSave} disabled={busy}>
        {t('load.saveJson')}
      </Button>
      <Button appearance="subtle" onClick={onDiscard} disabled={busy}>
        {t('load.discard')}
      </Button>
    </div>
  );
  return (
    <section className={styles.block} aria-labelledby="preview-heading" data-testid="preview-panel">
      <Subtitle2 as="h2" id="preview-heading">
        {t('load.previewHeading')}
      </Subtitle2>
      <Body1 data-testid="preview-counts">
        {schema.title.trim() === '' ? t('load.untitled') : <User>{schema.title}</User>}
        {': '}
        {t('load.counts', {
          sections: schema.sections.length,
          items: schema.items.length,
          targets: countText(schema, t),
          units: schema.units.length,
        })}
      </Body1>
      {!writable && (
        <MessageBar intent="error">
          <MessageBarBody>{t('load.cannotWrite')}</MessageBarBody>
        </MessageBar>
      )}
      {actions}
      <ChangeList preview={preview} t={t} />
      <DiagnosticList preview={preview} t={t} />
      {unitNotice && (
        <MessageBar intent="info" data-testid="unit-notice">
          <MessageBarBody>{unitNotice}</MessageBarBody>
        </MessageBar>
      )}
      <UnconfirmedUnits schema={schema} onConfirm={onConfirmUnit} t={t} />
      <Caption1>{t('load.unitsHint')}</Caption1>
      <SectionList preview={preview} onRole={onRole} t={t} />
      <section className={styles.block} aria-labelledby="targets-heading" data-testid="preview-targets">
        <Subtitle2 as="h3" id="targets-heading">
          {t('load.targetsHeading', { targets: countText(schema, t) })}
        </Subtitle2>
        {notice && (
          <MessageBar intent="info">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {schema.targets.map((target) => (
          <TargetCard
            key={target.id}
            target={target}
            item={target.item === null ? undefined : itemOf.get(target.item)}
            schema={schema}
            noticeText={preview.noticeText}
            onEdit={(change) => onEdit(target.id, change)}
            onDrop={() => onDrop(target.id)}
            onConfirm={() => onConfirm(target.id)}
            t={t}
          />
        ))}
      </section>
      {actions}
    </section>
  );
}

/** The one target count of a schema: `14 个目标指标（另有 2 个待确认）`. */
function countText(schema: Schema, t: Translate): string {
  const { tracked, candidates } = targetCounts(schema);
  return t(targetCount(tracked, candidates));
}

export default LoadScreen;
