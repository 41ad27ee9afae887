/** Colours as the style sheet stores them. */

/** `#RRGGBB` (or `RRGGBB`) → `FFRRGGBB`; throws on anything else (colours come from our plans). */
export function argbOf(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`not a #RRGGBB colour: ${color}`);
  return `FF${hex}`;
}
