/** The settings of each uncertain Excel behaviour, for tests that must pass whichever way Excel behaves. */
import type { FakeBehaviour } from './fake/context';

const SETTINGS: { [K in keyof FakeBehaviour]: ReadonlyArray<FakeBehaviour[K]> } = {
  apostropheInTextCells: ['prefix', 'literal'],
  calculatedColumns: ['autofill', 'off'],
  namesAdd: ['fixedAddress', 'asWritten'],
  emptyTableBody: ['error', 'rowBelowHeader'],
};

/** `[label, behaviour]` for every setting of one behaviour, for `describe.each`. */
export function eachSetting<K extends keyof FakeBehaviour>(key: K): Array<[string, Partial<FakeBehaviour>]> {
  return SETTINGS[key].map((value) => [`${key}: ${String(value)}`, { [key]: value }]);
}
