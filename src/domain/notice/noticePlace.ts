/**
 * Whether a notice comes from the registry's own province. The built-in registry knows Jiangxi's units by their
 * official names; a notice from another province keeps its units as it writes them (`省应急厅`, `省发改委`), since
 * renaming them to Jiangxi's names would help no one there.
 */
import { PROVINCES } from '../units/jiangxi';
import type { UnitRegistry } from '../units/registry';

const HOME_PROVINCE = '江西';
/** How many lines at the top (title, issuer, addressees) name the notice's place. */
const HEAD_LINES = 12;
/**
 * A place named as a city, county or district government (`丽水市`, `平湖市人民政府`, `海曙区`) or one of its offices
 * (`平顶山市河长制办公室`, `某县发展和改革局`).
 */
const LOCAL_PLACE =
  /([\u4e00-\u9fff]{2,3})(?:市|县|区)(?:人民政府|政府|委|委员会|办公室|[0-9]{4}年|关于|重点|工作|政府工作|[\u4e00-\u9fff]{1,8}?(?:办公室|局|委员会)关于)/;
const NOT_A_PLACE = /^(某某|全|本|各|该|城|县|区|市)/;

/** What one line says of the notice's place: home, elsewhere, or nothing. */
function placeOf(line: string, first: boolean, registry: UnitRegistry): 'home' | 'elsewhere' | undefined {
  if (line.includes(HOME_PROVINCE)) return 'home';
  if (
    PROVINCES.some((p) => p !== HOME_PROVINCE && new RegExp(`${p}(省|市|壮族|回族|维吾尔|自治区)`).test(line))
  )
    return 'elsewhere';
  // `陕西《政府工作报告》部门分工确定`: a title that opens with the province's name.
  if (first && PROVINCES.some((p) => p !== HOME_PROVINCE && line.startsWith(p))) return 'elsewhere';
  const local = LOCAL_PLACE.exec(line)?.[1];
  if (!local || NOT_A_PLACE.test(local)) return undefined;
  return registry.places().some((place) => local.startsWith(place) || place.startsWith(local))
    ? 'home'
    : 'elsewhere';
}

/**
 * Where the notice comes from: `elsewhere` when its head names a province other than the registry's, or a city the
 * registry does not know; `home` when it names the registry's own; undefined when it names no place. The first line
 * that names a place decides: the title and the issuer come before a preamble that may name other places
 * (`赣州市…对接广东省…`).
 */
export function noticePlace(
  head: readonly string[],
  registry: UnitRegistry,
): 'home' | 'elsewhere' | undefined {
  for (const [k, line] of head.slice(0, HEAD_LINES).entries()) {
    const place = placeOf(line, k === 0, registry);
    if (place) return place;
  }
  return undefined;
}
