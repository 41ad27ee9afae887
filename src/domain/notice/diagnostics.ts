/**
 * Parser diagnostics: stable codes whose sentences live in the message catalogue (messages/areas/notice.ts), collected
 * in the order found. Each diagnostic keeps its catalogue key and parameters (`detail`) beside the Chinese `message`.
 */
import { translate, type Locale, type MessageKey, type MessageParams } from '../messages';
import type { Diagnostic, Severity } from '../schema';

/** Stable codes of the parser's diagnostics. */
export type NoticeDiagnosticCode =
  | 'no-items'
  | 'no-title'
  | 'no-year'
  | 'no-units'
  | 'unknown-unit'
  | 'abbreviated-unit'
  | 'shared-suffix'
  | 'units-by-matter'
  | 'unit-note'
  | 'open-unit-list'
  | 'carried-rule'
  | 'collective-reporter'
  | 'no-reporter'
  | 'low-confidence-target'
  | 'tracked-list'
  | 'block-target'
  | 'numbering-restart'
  | 'numbering-irregular'
  | 'numbering-gap'
  | 'unattached-text'
  | 'deadline-unread'
  | 'table-columns'
  | 'units-from-row-above'
  | 'unnumbered-items'
  | 'number-lost'
  | 'row-continued'
  | 'group-cell'
  | 'person-left-out'
  | 'units-for-group'
  | 'ordinal-items'
  | 'closed-items'
  | 'units-from-heading'
  | 'covering-letter'
  | 'traditional-script'
  | 'internal-error';

/** Catalogue keys of the parser: `notice.<code>` or `notice.<code>.<variant>`. */
export type NoticeMessageKey = Extract<MessageKey, `notice.${string}`>;

/** Severity of each code, so that it stays stable whatever the sentence. */
export const NOTICE_SEVERITY: Readonly<Record<NoticeDiagnosticCode, Severity>> = {
  'no-items': 'error',
  'no-title': 'warning',
  'no-year': 'warning',
  'no-units': 'warning',
  'unknown-unit': 'info',
  'abbreviated-unit': 'warning',
  'shared-suffix': 'info',
  'units-by-matter': 'info',
  'unit-note': 'info',
  'open-unit-list': 'info',
  'carried-rule': 'info',
  'collective-reporter': 'warning',
  'no-reporter': 'warning',
  'low-confidence-target': 'warning',
  'tracked-list': 'info',
  'block-target': 'info',
  'numbering-restart': 'info',
  'numbering-irregular': 'warning',
  'numbering-gap': 'warning',
  'unattached-text': 'info',
  'deadline-unread': 'info',
  'table-columns': 'info',
  'units-from-row-above': 'warning',
  'unnumbered-items': 'warning',
  'number-lost': 'warning',
  'row-continued': 'info',
  'group-cell': 'info',
  'person-left-out': 'info',
  'units-for-group': 'warning',
  'ordinal-items': 'info',
  'closed-items': 'warning',
  'units-from-heading': 'warning',
  'covering-letter': 'info',
  'traditional-script': 'info',
  'internal-error': 'error',
};

/** A position in the notice (1-based). */
export interface Position {
  line: number;
  column: number;
}

/** Makes one diagnostic: the Chinese message comes from the catalogue, and the key and parameters stay with it. */
export function noticeDiagnostic(
  code: NoticeDiagnosticCode,
  at: Position,
  params: MessageParams = {},
  variant?: string,
): Diagnostic {
  const key = (variant ? `notice.${code}.${variant}` : `notice.${code}`) as NoticeMessageKey;
  const detail = { key, params };
  return {
    severity: NOTICE_SEVERITY[code],
    line: at.line,
    column: at.column,
    code,
    message: translate('zh-CN', detail),
    detail,
  };
}

/** The same diagnostic with other parameters (names as the notice writes them), its sentence made again. */
export function withParams(diagnostic: Diagnostic, params: MessageParams): Diagnostic {
  if (!diagnostic.detail) return diagnostic;
  const detail = { ...diagnostic.detail, params };
  return { ...diagnostic, message: translate('zh-CN', detail), detail };
}

/** Collects diagnostics; the severity follows from the code so that it stays stable. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];

  private readonly seen = new Set<string>();

  /**
   * Records a diagnostic; `variant` picks `notice.<code>.<variant>` instead of `notice.<code>`. The same diagnostic
   * at the same place is said once (a unit line several items share is read once for each).
   */
  add(code: NoticeDiagnosticCode, at: Position, params: MessageParams = {}, variant?: string): void {
    this.keep(noticeDiagnostic(code, at, params, variant));
  }

  /** Takes the diagnostics another sink recorded (a clause read on trial, then accepted). */
  merge(other: DiagnosticSink): void {
    for (const diagnostic of other.list) this.keep(diagnostic);
  }

  private keep(diagnostic: Diagnostic): void {
    const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.code}:${diagnostic.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(diagnostic);
  }

  /** Diagnostics ordered by position; the sort is stable, so equal positions keep the order found. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** The sentence of a diagnostic in a language: from its key and parameters, else (read from a file) its message. */
export function diagnosticText(locale: Locale, diagnostic: Diagnostic): string {
  return diagnostic.detail ? translate(locale, diagnostic.detail) : diagnostic.message;
}
