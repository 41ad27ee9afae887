/** Data validation of the entry columns: dropdowns fed by defined names, a non-negative figure, Chinese prompts. */
import type { EntryColumn } from '../domain/entryCells';
import { LIST_NAMES } from './names';
import type { DataValidationPlan } from './plan';

/** Validation per entry column (columns without one are free text). */
export const ENTRY_DATA_VALIDATION: Partial<Record<EntryColumn, DataValidationPlan>> = {
  报告期: {
    type: 'list',
    source: `=${LIST_NAMES.periods}`,
    strict: true,
    prompt: { title: '报告期', message: '请从下拉列表选择报告期，例如“2021年一季度”。' },
  },
  填报单位: {
    type: 'list',
    source: `=${LIST_NAMES.units}`,
    strict: true,
    prompt: { title: '填报单位', message: '请从下拉列表选择本单位的规范名称，不要使用简称。' },
  },
  序号: {
    type: 'list',
    source: `=${LIST_NAMES.items}`,
    strict: true,
    prompt: { title: '序号', message: '请选择工作任务的序号（见“工作任务”表）。' },
  },
  指标编号: {
    type: 'list',
    source: `=${LIST_NAMES.targets}`,
    strict: true,
    prompt: {
      title: '指标编号',
      message: '有量化指标时选择指标编号（见“目标指标”表）；只报文字进展时留空。',
    },
  },
  累计完成值: {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    min: 0,
    strict: true,
    prompt: {
      title: '累计完成值',
      message: '填写本年截至报告期末的累计数，只填数字，不带单位；单位见“计量单位”。',
    },
  },
};
