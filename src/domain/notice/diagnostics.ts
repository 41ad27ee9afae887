/** Parser diagnostics: stable codes with their Chinese messages, collected in the order found. */
import type { Diagnostic, Severity } from '../schema';

/** Stable codes of the parser's diagnostics. */
export type NoticeDiagnosticCode =
  | 'no-items'
  | 'no-title'
  | 'no-year'
  | 'no-units'
  | 'unknown-unit'
  | 'abbreviated-unit'
  | 'merged-unit-name'
  | 'open-unit-list'
  | 'carried-rule'
  | 'collective-reporter'
  | 'no-reporter'
  | 'low-confidence-target'
  | 'tracked-list'
  | 'block-target'
  | 'numbering-restart'
  | 'numbering-irregular'
  | 'internal-error';

const SEVERITY: Readonly<Record<NoticeDiagnosticCode, Severity>> = {
  'no-items': 'error',
  'no-title': 'warning',
  'no-year': 'warning',
  'no-units': 'warning',
  'unknown-unit': 'info',
  'abbreviated-unit': 'warning',
  'merged-unit-name': 'info',
  'open-unit-list': 'info',
  'carried-rule': 'info',
  'collective-reporter': 'warning',
  'no-reporter': 'warning',
  'low-confidence-target': 'warning',
  'tracked-list': 'info',
  'block-target': 'info',
  'numbering-restart': 'info',
  'numbering-irregular': 'warning',
  'internal-error': 'error',
};

/** A position in the notice (1-based). */
export interface Position {
  line: number;
  column: number;
}

/** Collects diagnostics; the severity follows from the code so that it stays stable. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];

  add(code: NoticeDiagnosticCode, at: Position, message: string): void {
    this.list.push({ severity: SEVERITY[code], line: at.line, column: at.column, code, message });
  }

  /** Diagnostics ordered by position; the sort is stable, so equal positions keep the order found. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}
