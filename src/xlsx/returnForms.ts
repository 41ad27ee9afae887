/** Return forms as .xlsx files: buildReturnForms with the exceljs writer, for the CLI and the pane. */
import {
  buildReturnForms,
  type BuildReturnFormsOptions,
  type ReturnFormsInput,
  type ReturnFormsResult,
} from '../workbook/returnForms';
import { writeReturnForm } from './writeReturnForm';

/** Every form of the period as .xlsx bytes, one unit at a time (progress and cancellation as buildReturnForms). */
export function buildReturnFormsXlsx(
  input: ReturnFormsInput,
  options: Omit<BuildReturnFormsOptions, 'write'> = {},
): Promise<ReturnFormsResult> {
  return buildReturnForms(input, { ...options, write: writeReturnForm });
}
