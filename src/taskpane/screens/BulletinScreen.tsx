/**
 * 通报: choose the period, read the preview (the structured bulletin: headings, paragraphs, the signature and the
 * 滞后事项清单), edit the 下步工作 paragraphs, copy the text, download the .docx (the Word writer loads only
 * then; on Mac, where the pane cannot download, copying is the path), and write it as a 通报 sheet.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { bulletinText } from '../../domain/bulletin/plainText';
import type { Locale } from '../../domain/messages/model';
import { downloadsBlocked, type HostInfo } from '../../excel/hostInfo';
import type { BulletinDocument, LedgerBackend } from '../backend/types';
import { copyText } from '../components/copyText';
import { JobStatus } from '../components/JobStatus';
import { PeriodPicker, usePeriod } from '../components/PeriodPicker';
import { saveFile } from '../components/saveFile';
import { useJob } from '../components/useJob';
import { nextStepsOf, paragraphsOf } from '../state/bulletinView';
import type { Translate } from '../state/labels';
import { usePaneText, UserText } from '../text/paneText';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  paper: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  title: {
    textAlign: 'center',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  heading1: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  heading2: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  paragraph: { textIndent: '2em', margin: 0, lineHeight: tokens.lineHeightBase400 },
  signature: { textAlign: 'right', margin: 0 },
  tableScroller: { overflowX: 'auto', maxWidth: '100%', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    textAlign: 'left',
    verticalAlign: 'top',
    minWidth: '4em',
  },
  numeric: { textAlign: 'right', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of the Bulletin screen. */
export interface BulletinScreenProps {
  backend: LedgerBackend;
  host: HostInfo | null;
  periods: string[];
  defaultPeriod: string;
  onChanged: () => void;
  t: Translate;
}

/** The Bulletin screen. */
export function BulletinScreen({ backend, host, periods, defaultPeriod, onChanged, t }: BulletinScreenProps) {
  const styles = useStyles();
  const { locale, tr } = usePaneText();
  const job = useJob();
  const [period, setPeriod] = usePeriod(periods, defaultPeriod);
  const [language, setLanguage] = useState<Locale>(locale);
  const [bulletin, setBulletin] = useState<BulletinDocument | null>(null);
  const [errorRows, setErrorRows] = useState(0);
  const [steps, setSteps] = useState('');
  const [note, setNote] = useState<{ text: ReactNode; intent: 'success' | 'warning' } | null>(null);
  const [manualCopy, setManualCopy] = useState(false);
  const mac = downloadsBlocked(host);

  const compose = async (nextSteps: readonly string[] | null) => {
    if (!period) return;
    setNote(null);
    setManualCopy(false);
    const done = await job.run(() => backend.bulletin(period, nextSteps, language));
    if (!done) return;
    setBulletin(done.bulletin);
    setErrorRows(done.errorRows);
    setSteps(nextStepsOf(done.bulletin).join('\n'));
  };

  const copy = async () => {
    if (!bulletin) return;
    const ok = await copyText(bulletinText(bulletin));
    setManualCopy(!ok);
    setNote(
      ok
        ? { text: t('bulletin.copied'), intent: 'success' }
        : { text: t('bulletin.copyFailed'), intent: 'warning' },
    );
  };

  const docx = async () => {
    if (!bulletin) return;
    const bytes = await job.run(async () => {
      // The Word writer (the docx library) is loaded only when a document is asked for.
      const { bulletinDocx } = await import(
        /* webpackChunkName: "bulletin-docx" */ '../../documents/bulletinDocx'
      );
      return bulletinDocx(bulletin);
    });
    if (bytes) saveFile(`${bulletin.period}-通报.docx`, bytes, DOCX_TYPE);
  };

  const writeSheet = async () => {
    if (!bulletin) return;
    const done = await job.run(async (onProgress, signal) => {
      await backend.writeBulletinSheet(bulletin, onProgress, signal);
      return true;
    });
    if (done) {
      setNote({ text: tr('bulletin.sheetWritten'), intent: 'success' });
      onChanged();
    }
  };

  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{t('bulletin.heading')}</Subtitle2>
      <Body1>{t('bulletin.hint')}</Body1>
      <PeriodPicker
        periods={periods}
        value={period}
        onChange={setPeriod}
        disabled={job.busy}
        testId="bulletin-period"
        t={t}
      />
      <Field label={t('bulletin.language')}>
        <Select
          value={language}
          onChange={(_, d) => setLanguage(d.value as Locale)}
          disabled={job.busy}
          data-testid="bulletin-language"
        >
          <option value="zh-CN">{t('bulletin.language.zh')}</option>
          <option value="en-US">{t('bulletin.language.en')}</option>
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void compose(null)}
          disabled={!period || job.busy}
          data-testid="bulletin-run"
        >
          {bulletin ? t('bulletin.refresh') : t('bulletin.run')}
        </Button>
      </div>
      <JobStatus job={job} t={t} />
      {note && (
        <MessageBar intent={note.intent} data-testid="bulletin-note">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      {bulletin && (
        <>
          {errorRows > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('bulletin.errorRows', { count: errorRows })}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button onClick={() => void copy()} disabled={job.busy} data-testid="bulletin-copy">
              {t('bulletin.copy')}
            </Button>
            {!mac && (
              <Button onClick={() => void docx()} disabled={job.busy} data-testid="bulletin-docx">
                {t('bulletin.docx')}
              </Button>
            )}
            <Button onClick={() => void writeSheet()} disabled={job.busy} data-testid="bulletin-sheet">
              {tr('bulletin.writeSheet')}
            </Button>
          </div>
          {mac && <Caption1 className={styles.muted}>{t('bulletin.macNote')}</Caption1>}
          <Caption1 className={styles.muted}>{tr('bulletin.writeSheetHint')}</Caption1>
          {manualCopy && (
            <Field label={t('bulletin.textLabel')}>
              <Textarea value={bulletinText(bulletin)} readOnly rows={8} data-user="" />
            </Field>
          )}
          <Field label={t('bulletin.nextStepsLabel')}>
            <Textarea
              value={steps}
              onChange={(_, d) => setSteps(d.value)}
              rows={5}
              resize="vertical"
              data-testid="bulletin-next-steps"
            />
          </Field>
          <div>
            <Button
              onClick={() => void compose(paragraphsOf(steps))}
              disabled={job.busy}
              data-testid="bulletin-apply-steps"
            >
              {t('bulletin.applyNextSteps')}
            </Button>
          </div>
          <BulletinPreview bulletin={bulletin} t={t} />
        </>
      )}
    </div>
  );
}

/** The bulletin laid out as a page: title, 主送, headings and paragraphs, 附件说明, signature, the 附件 table. */
function BulletinPreview({ bulletin, t }: { bulletin: BulletinDocument; t: Translate }) {
  const styles = useStyles();
  return (
    <article
      className={styles.paper}
      aria-label={t('bulletin.preview')}
      data-testid="bulletin-preview"
      lang={bulletin.locale}
    >
      <h3 className={styles.title}>
        <UserText text={bulletin.title} />
      </h3>
      <p className={styles.paragraph} style={{ textIndent: 0 }}>
        <UserText text={bulletin.addressee} />
      </p>
      {bulletin.body.map((block, i) =>
        block.kind === 'heading' ? (
          block.level === 1 ? (
            <h4 key={i} className={styles.heading1}>
              <UserText text={block.text} />
            </h4>
          ) : (
            <h5 key={i} className={styles.heading2}>
              <UserText text={block.text} />
            </h5>
          )
        ) : (
          <p key={i} className={styles.paragraph} data-testid="bulletin-paragraph">
            <UserText text={block.text} />
          </p>
        ),
      )}
      {bulletin.attachmentNote && (
        <p className={styles.paragraph}>
          <UserText text={bulletin.attachmentNote} />
        </p>
      )}
      <p className={styles.signature}>
        <UserText text={bulletin.signature.issuer} />
        <br />
        <UserText text={bulletin.signature.date} />
      </p>
      {bulletin.attachment ? (
        <section aria-labelledby="bulletin-attachment">
          <Body1 as="p">
            <UserText text={bulletin.attachment.label} />
          </Body1>
          <h4 className={styles.heading1} id="bulletin-attachment">
            <UserText text={bulletin.attachment.title} />
          </h4>
          <div
            className={styles.tableScroller}
            tabIndex={0}
            role="region"
            aria-labelledby="bulletin-attachment"
          >
            <table className={styles.table} data-testid="bulletin-attachment">
              <thead>
                <tr>
                  {bulletin.attachment.table.columns.map((c) => (
                    <th
                      key={c.header}
                      scope="col"
                      className={`${styles.cell} ${c.numeric ? styles.numeric : ''}`}
                    >
                      <UserText text={c.header} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {bulletin.attachment.table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td
                        key={c}
                        className={`${styles.cell} ${bulletin.attachment?.table.columns[c]?.numeric ? styles.numeric : ''}`}
                      >
                        <UserText text={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        <Caption1 className={styles.muted}>{t('bulletin.noAttachment')}</Caption1>
      )}
    </article>
  );
}

export default BulletinScreen;
