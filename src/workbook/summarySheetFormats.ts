/** Conditional formats of the 汇总 sheet: status colours and data bars, readable without the add-in. */
import { TABLES } from './format';
import type { ConditionalFormatPlan } from './plan';
import type { TargetStatus } from '../domain/summary/types';

/** Fill and font colour per status word: 已完成 green, 正常 blue, 滞后 amber, 严重滞后 red, 未报送 grey. */
export const STATUS_COLOURS: Record<TargetStatus, { fill: string; fontColor: string }> = {
  已完成: { fill: '#C6EFCE', fontColor: '#006100' },
  达标: { fill: '#C6EFCE', fontColor: '#006100' },
  正常: { fill: '#DDEBF7', fontColor: '#1F4E79' },
  滞后: { fill: '#FFEB9C', fontColor: '#9C5700' },
  严重滞后: { fill: '#FFC7CE', fontColor: '#9C0006' },
  未达标: { fill: '#FFC7CE', fontColor: '#9C0006' },
  未报送: { fill: '#E7E6E6', fontColor: '#595959' },
};

/** Colour of the data bars. */
export const DATA_BAR_COLOUR = '#5B9BD5';

/** The sheet's conditional formats (严重滞后 before 滞后, in case a host matches text loosely). */
export function summaryFormats(): ConditionalFormatPlan[] {
  const order: TargetStatus[] = ['严重滞后', '滞后', '已完成', '正常', '未报送', '达标', '未达标'];
  return [
    ...order.map((text): ConditionalFormatPlan => ({
      type: 'textEquals',
      table: TABLES.summary,
      column: '状态',
      text,
      ...STATUS_COLOURS[text],
    })),
    { type: 'dataBar', table: TABLES.summary, column: '完成率', color: DATA_BAR_COLOUR },
    { type: 'dataBar', table: TABLES.unitSummary, column: '报送率', color: DATA_BAR_COLOUR },
    { type: 'dataBar', table: TABLES.sectionSummary, column: '平均完成率', color: DATA_BAR_COLOUR },
  ];
}
