/** Messages of the return forms (one pre-filled form per member unit). */

/** Simplified Chinese. */
export const zh = {
  'returns.unknownUnit': '“{unit}”不是本台账“单位”表中的单位（可选：{choices}）。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'returns.unknownUnit': '“{unit}” is not a unit of this ledger’s “单位” sheet (choose one of: {choices}).',
};
