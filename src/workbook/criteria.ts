/**
 * Criteria that match a name exactly. SUMIFS, COUNTIFS, AVERAGEIFS and MATCH read their criterion as a pattern:
 * a leading `=`, `<`, `>` (or `<>`, `<=`, `>=`) is a comparison, and `*`, `?` are wildcards with `~` their
 * escape. Unit, section and period names come from the notice and are never refused for their characters, so
 * every criterion built from such a name goes through these, computed in the formula from the cell that holds
 * the name (the sheet stays live when the name changes). Only SUBSTITUTE and `&`: Excel 2010+ and LibreOffice
 * both evaluate them, and LibreOffice reads .xlsx criteria with wildcards on (see docs/summary-rules.md).
 */

/** The text of `ref` with `~`, `*` and `?` escaped (`~` first, so the tildes added after are not doubled). */
export function escapedWildcards(ref: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * A SUMIFS/COUNTIFS criterion matching exactly the text in `ref`: an explicit `=` comparison, so a name that
 * starts with `=`, `<` or `>` is the operand and not an operator, and escaped wildcards.
 */
export function exactCriterion(ref: string): string {
  return `"="&${escapedWildcards(ref)}`;
}
