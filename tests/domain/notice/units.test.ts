/** The unit registry: aliases, kinds, the 11 设区市 of Jiangxi and editable membership of collectives. */
import { createUnitRegistry, JIANGXI_CITIES } from '../../../src/domain/units';

describe('unit registry', () => {
  const registry = createUnitRegistry();

  it('resolves the usual abbreviations to canonical names', () => {
    expect(registry.lookup('省工信厅').name).toBe('省工业和信息化厅');
    expect(registry.lookup('省发改委').name).toBe('省发展改革委');
    expect(registry.lookup('省人社厅').name).toBe('省人力资源社会保障厅');
    expect(registry.lookup('人行南昌中心支行').name).toBe('人民银行南昌中心支行');
  });

  it('keeps an unknown name as written and guesses its kind from its shape', () => {
    expect(registry.lookup('省贸促会')).toEqual({ name: '省贸促会', kind: 'other', known: false });
    expect(registry.lookup('某某县人民政府').kind).toBe('city');
    expect(registry.lookup('各县(市、区)人民政府').kind).toBe('collective');
  });

  it('knows the 11 设区市 as members of 各设区市人民政府', () => {
    expect(JIANGXI_CITIES).toHaveLength(11);
    const members = registry.membersOf('各设区市人民政府') ?? [];
    expect(members).toHaveLength(11);
    for (const city of JIANGXI_CITIES) {
      expect(members).toContain(`${city}市人民政府`);
      expect(registry.lookup(`${city}市人民政府`).kind).toBe('city');
    }
    expect(registry.lookup('全体成员单位').kind).toBe('collective');
  });

  it('lets the user edit membership without changing the original registry', () => {
    const edited = registry.withMembers('各设区市人民政府', ['南昌市人民政府']);
    expect(edited.membersOf('各设区市人民政府')).toEqual(['南昌市人民政府']);
    expect(registry.membersOf('各设区市人民政府')).toHaveLength(11);
    const withUnit = registry.withUnit({
      name: '省贸促会',
      aliases: ['省国际贸易促进委员会'],
      kind: 'department',
    });
    expect(withUnit.lookup('省国际贸易促进委员会')).toEqual({
      name: '省贸促会',
      kind: 'department',
      known: true,
    });
  });
});
