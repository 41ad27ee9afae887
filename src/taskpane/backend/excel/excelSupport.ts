/**
 * Small pure helpers of the Excel backend: which cell an issue points at, which fixes reached the sheet,
 * how the Excel layer's summary steps map to the pane's step names, and host failures in plain Chinese.
 */
import { applyFixes } from '../../../domain/validation';
import type { CellChange } from '../../../domain/validation/types';
import { FEATURE_LABELS, FEATURE_SETS, hasFeature, type HostCapabilities } from '../../../excel/capabilities';
import { MESSAGES } from '../../../excel/messages';
import { SUMMARY_MESSAGES } from '../../../excel/summaryMessages';
import type { WorkbookValidation } from '../../../excel/validateWorkbook';
import { columnLetters } from '../../../workbook/address';
import { COLUMNS, SHEETS } from '../../../workbook/format';
import { entryCellAddress, type EntriesLayout } from '../../../workbook/inspectEntries';
import { UserFacingError } from '../steps';
import type { StepKey } from '../steps';

/**
 * The sheet and A1 address to select for an entry cell: through the layout validation read (the table may not
 * start in column A), else the contract layout from A1. A column index below 0 selects the row's entry cells.
 */
export function cellToSelect(
  layout: EntriesLayout | null,
  row: number,
  columnIndex: number,
): { sheet: string; address: string } {
  if (!layout) {
    const address =
      columnIndex < 0
        ? `A${row}:${columnLetters(COLUMNS.entries.length)}${row}`
        : `${columnLetters(columnIndex + 1)}${row}`;
    return { sheet: SHEETS.entries, address };
  }
  const cell = columnIndex < 0 ? '' : entryCellAddress(layout, row, columnIndex);
  if (cell) return { sheet: layout.sheet, address: cell };
  return {
    sheet: layout.sheet,
    address: `${columnLetters(layout.left + 1)}${row}:${columnLetters(layout.left + layout.headers.length)}${row}`,
  };
}

/** The domain's changes for the chosen issues that the Excel layer actually wrote (cells edited since are left out). */
export function fixedChanges(
  validation: WorkbookValidation,
  issueIds: Iterable<string>,
  written: readonly string[],
): CellChange[] {
  const done = new Set(written);
  return applyFixes(validation.rows, validation.result.issues, issueIds).filter((c) =>
    done.has(entryCellAddress(validation.layout, c.row, c.columnIndex)),
  );
}

/** Notices for what validation leaves out on this host (the 校验结果 sheet's conditional formats). */
export function validationSkips(capabilities: HostCapabilities): string[] {
  return hasFeature(capabilities, 'conditionalFormats')
    ? []
    : [MESSAGES.skipped(FEATURE_LABELS.conditionalFormats, FEATURE_SETS.conditionalFormats)];
}

/** The pane's step name for a step of the Excel layer's summary run. */
export function summaryStepKey(step: string): StepKey {
  if (step === SUMMARY_MESSAGES.validationStep) return 'validate';
  if (step === SUMMARY_MESSAGES.probeStep) return 'summarize';
  return 'writeSummary';
}

/** Whether a validation failure was the workbook's (a Chinese reason) rather than the host's. */
function isWorkbookProblem(e: unknown): e is Error {
  return e instanceof Error && e.name === 'ValidationUnusableError';
}

/**
 * Runs host work and turns what Excel throws into a plain Chinese explanation with what to do; a workbook that
 * cannot be validated keeps its own reason. Errors already written for users pass through.
 */
export async function hostFailure<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserFacingError) throw e;
    if (isWorkbookProblem(e))
      throw new UserFacingError(
        e.message,
        '请在“导入工作要点”中写入方案，并确认“进度填报”表没有被改名或删除。',
      );
    const code =
      typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    throw new UserFacingError(
      `${what}时 Excel 没有完成操作${code ? `（${code}）` : ''}。`,
      '已写入的内容保持不变。请先退出正在编辑的单元格，再重试；如仍失败，请保存工作簿后重新打开。',
    );
  }
}
