import type { UnitKind } from '../../../src/domain/schema';
import { chooseReporter } from '../../../src/domain/notice/reporter';
import { parseNotice } from '../../../src/domain/notice/parseNotice';

const kinds: Record<string, UnitKind> = {
  江岸: 'other',
  武昌区人民政府: 'city',
  市人社局: 'department',
  各县区政府: 'collective',
};
const kindOf = (name: string): UnitKind => kinds[name] ?? 'other';

describe('the default reporter of an item’s targets', () => {
  it('is the first lead that is not a collective', () => {
    expect(chooseReporter(['各县区政府', '市人社局'], [], [], kindOf)).toEqual({ reporter: '市人社局' });
  });

  it('prefers a unit of a known kind to a name whose shape says nothing', () => {
    expect(chooseReporter([], ['江岸', '武昌区人民政府'], [], kindOf)).toEqual({
      reporter: '武昌区人民政府',
    });
  });

  it('still takes a name whose shape says nothing when it is the only one', () => {
    expect(chooseReporter([], ['江岸'], [], kindOf)).toEqual({ reporter: '江岸' });
  });

  it('does not make a place sharing the next name’s suffix report for the item', () => {
    const { schema } = parseNotice(
      '某市2024年工作要点\n1.完成老旧小区改造100个。(责任单位:江岸、江汉、武昌区人民政府)',
    );
    expect(schema.targets[0]?.reporter).toBe('武昌区人民政府');
  });
});
