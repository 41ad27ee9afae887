/** Progress of long work (step name, step count, cancel) and its error, as a Fluent MessageBar. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import type { Job } from './useJob';
import type { Translate } from '../state/labels';

const useStyles = makeStyles({
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
});

/** Props: the job and the translator. */
export interface JobStatusProps {
  job: Job;
  t: Translate;
}

/** Shows the running step with a cancel button, or the last error with what to do. */
export function JobStatus({ job, t }: JobStatusProps) {
  const styles = useStyles();
  if (job.busy) {
    const p = job.progress;
    const label = p
      ? t('progress.label', { index: p.index + 1, total: p.total, step: t(`step.${p.step}`) })
      : t('backend.loading');
    return (
      <div className={styles.progress} role="status" aria-live="polite" data-testid="job-progress">
        <div className={styles.row}>
          <Field className={styles.grow} label={label} validationState="none">
            <ProgressBar value={p ? (p.index + 0.5) / p.total : undefined} />
          </Field>
          <Button size="small" onClick={job.cancel} aria-label={t('progress.cancelLabel')}>
            {t('progress.cancel')}
          </Button>
        </div>
      </div>
    );
  }
  return job.error ? <ErrorBar error={job.error} onDismiss={job.clearError} t={t} /> : null;
}
