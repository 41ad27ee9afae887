/** Colours of the status bars: the 汇总 sheet's colours, as Fluent palette tokens. */
import { tokens } from '@fluentui/react-components';
import type { TargetStatus } from '../../domain/summary/types';

/** Fill colour of a status (green met, blue on track, amber behind, red far behind, grey not reported). */
export const STATUS_FILL: Record<TargetStatus, string> = {
  已完成: tokens.colorPaletteGreenBackground3,
  达标: tokens.colorPaletteGreenBackground3,
  正常: tokens.colorBrandBackground,
  滞后: tokens.colorPaletteMarigoldBackground3,
  严重滞后: tokens.colorPaletteRedBackground3,
  未达标: tokens.colorPaletteRedBackground3,
  未报送: tokens.colorNeutralStrokeAccessible,
};
