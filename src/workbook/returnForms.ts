/**
 * Return forms for a period, one per unit that owes something: the plans (pure) and their generation through
 * an injected writer (src/xlsx/writeReturnForm.ts), with progress per unit and cancellation between units, so
 * that a use case below the adapters can run it and the pane can show it.
 */
import type { NormalizedEntry } from '../domain/entries';
import { LedgerError } from '../domain/messages';
import { planReturns } from '../domain/returns';
import type { Schema } from '../domain/schema';
import { schemaFingerprint } from '../domain/schemaFile';
import { periodDeadline, unitContact, type OfficeCells } from './officeCells';
import { planReturnForm, type ReturnFormContext, type ReturnFormPlan } from './returnFormPlan';

/** What the forms are made from. */
export interface ReturnFormsInput {
  /** The ledger's schema (as stored in `_wp_meta`). */
  schema: Schema;
  /**
   * The fingerprint `_wp_meta` records, which returned forms are matched against; computed from the schema when
   * absent (they differ only when someone edited the stored schema by hand).
   */
  fingerprint?: string;
  /** The ledger's entries as validation normalized them (they give 上期累计值). */
  entries: readonly NormalizedEntry[];
  /** Period label, exactly as in the schema. */
  period: string;
  /** Only these units (names or aliases; a collective stands for its members); all that owe something when absent. */
  units?: readonly string[];
  /** 报送截止 to print on the forms; overrides the ledger's 报送截止 of the period. */
  due?: string;
  /** The office's contact for questions, e.g. `王芳 0791-8888xxxx`. */
  contact?: string;
  /** The office's cells of the ledger (报送截止 per period, each unit's contact). */
  office?: OfficeCells;
  /** When the forms are generated (recorded in each form). */
  generatedAt: Date;
}

/** One unit's form, planned. */
export interface PlannedReturnForm {
  unit: string;
  /** `<报告期>-<单位>.xlsx`, with characters no file system accepts replaced by `_`. */
  fileName: string;
  /** Item numbers of its WP_Return rows, as text, in order, each once. */
  items: string[];
  /** Target ids of its WP_Return rows, in order. */
  targets: string[];
  plan: ReturnFormPlan;
}

/** Every form of the period, planned. */
export interface PlannedReturnForms {
  period: string;
  forms: PlannedReturnForm[];
  /** Units asked for that owe nothing (no form). */
  nothingDue: string[];
  /** Names collectives stand for that are not units of the schema (no form; see ReturnsPlan.unlisted). */
  unlisted: string[];
}

/** One written form. */
export interface ReturnFormFile {
  unit: string;
  fileName: string;
  items: string[];
  targets: string[];
  bytes: Uint8Array;
}

/** The written forms of a period. */
export interface ReturnFormsResult {
  period: string;
  files: ReturnFormFile[];
  nothingDue: string[];
  unlisted: string[];
}

/** Progress after each written form. */
export interface ReturnFormProgress {
  unit: string;
  fileName: string;
  /** Forms written so far (1 after the first). */
  done: number;
  total: number;
}

/** How buildReturnForms writes and reports. */
export interface BuildReturnFormsOptions {
  /** Writes one form's plan to .xlsx bytes (src/xlsx/writeReturnForm.ts). */
  write: (plan: ReturnFormPlan) => Promise<Uint8Array>;
  /** Called after each form; a returned promise is awaited (the pane can repaint there). */
  onProgress?: (progress: ReturnFormProgress) => void | Promise<void>;
  /** Checked before each form: once aborted, no further form is written (`job.cancelled`). */
  signal?: AbortSignal;
}

/** Characters Windows, macOS or a zip reader refuse in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are among the characters refused
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g;

/** `<报告期>-<单位>.xlsx`, safe on every file system. */
export function returnFileName(period: string, unit: string): string {
  const stem = `${period}-${unit}`.replace(UNSAFE_FILE_CHARS, '_').replace(/[. ]+$/, '');
  return `${stem}.xlsx`;
}

/** Plans every form of the period (pure). Refuses an unknown period or unit name (LedgerError). */
export function planReturnForms(input: ReturnFormsInput): PlannedReturnForms {
  const returns = planReturns(
    input.schema,
    input.entries,
    input.period,
    input.units ? { units: input.units } : {},
  );
  const context: ReturnFormContext = {
    schema: input.schema,
    fingerprint: input.fingerprint ?? schemaFingerprint(input.schema),
    period: returns.period,
    previousPeriod: returns.previousPeriod,
    due: input.due?.trim() || periodDeadline(input.office, input.period),
    contact: input.contact?.trim() || null,
    generatedAt: input.generatedAt,
  };
  const taken = new Set<string>();
  const forms = returns.units.map((unit): PlannedReturnForm => {
    let fileName = returnFileName(input.period, unit.unit);
    // Two names that differ only in refused characters would collide once those become `_`.
    for (let n = 2; taken.has(fileName); n++) fileName = returnFileName(input.period, `${unit.unit}(${n})`);
    taken.add(fileName);
    const items = [...new Set(unit.rows.flatMap((r) => (r.item === null ? [] : [String(r.item)])))];
    const targets = unit.rows.flatMap((r) => (r.target ? [r.target.id] : []));
    const contact = input.office ? unitContact(input.office, unit.unit) : undefined;
    return { unit: unit.unit, fileName, items, targets, plan: planReturnForm(unit, context, contact) };
  });
  return { period: input.period, forms, nothingDue: returns.nothingDue, unlisted: returns.unlisted };
}

/** Plans and writes every form of the period, one unit at a time, reporting after each. */
export async function buildReturnForms(
  input: ReturnFormsInput,
  options: BuildReturnFormsOptions,
): Promise<ReturnFormsResult> {
  const planned = planReturnForms(input);
  const files: ReturnFormFile[] = [];
  for (const form of planned.forms) {
    if (options.signal?.aborted) throw new LedgerError('job.cancelled');
    const bytes = await options.write(form.plan);
    files.push({ unit: form.unit, fileName: form.fileName, items: form.items, targets: form.targets, bytes });
    await options.onProgress?.({
      unit: form.unit,
      fileName: form.fileName,
      done: files.length,
      total: planned.forms.length,
    });
  }
  return { period: planned.period, files, nothingDue: planned.nothingDue, unlisted: planned.unlisted };
}
