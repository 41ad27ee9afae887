/**
 * How Excel turns what is written into `Range.values` / `Range.formulas` into cell contents.
 * Modelled on the documented behaviour (Excel.Range.values: "If the returned value starts with a plus,
 * minus, or equal sign, Excel interprets this value as a formula"; ISO dates become dates) and on what
 * typing does in the grid: a leading apostrophe makes the rest literal text and is not part of the value,
 * a cell formatted as Text (`@`) keeps the string as typed, numeric/boolean/error-looking text is converted.
 */

/** What a cell holds. */
export type Stored =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; error: string }
  | { kind: 'formula'; formula: string };

const ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!'];
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

function parseNumber(s: string): number | null {
  const t = s.trim();
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1) : t;
  if (!/\d/.test(body) || !NUMBER.test(body)) return null;
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

function isoDateSerial(s: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(t)) return null;
  return t / 86400000 + 25569;
}

/**
 * What a leading apostrophe does in a Text-formatted cell (see FakeBehaviour.apostropheInTextCells): in a General
 * cell it is always Excel's prefix character, never part of the value.
 */
export type ApostropheInText = 'prefix' | 'literal';

/** Interprets a string as Excel does when it is written through the API. */
export function interpretString(
  s: string,
  numberFormat: string,
  apostrophe: ApostropheInText = 'prefix',
): Stored {
  if (s === '') return { kind: 'empty' };
  if (numberFormat === '@' && apostrophe === 'literal') return { kind: 'text', text: s };
  if (s.startsWith("'")) return s.length === 1 ? { kind: 'empty' } : { kind: 'text', text: s.slice(1) };
  if (numberFormat === '@') return { kind: 'text', text: s };
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  const n = parseNumber(s);
  if (n !== null) return { kind: 'number', value: n };
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) return { kind: 'formula', formula: `=${s}` };
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  if (ERRORS.includes(upper)) return { kind: 'error', error: upper };
  const date = isoDateSerial(s);
  if (date !== null) return { kind: 'number', value: date };
  return { kind: 'text', text: s };
}

/** Interprets one element of a `values`/`formulas` array; `undefined` means "leave the cell as it is" (null input). */
export function interpretInput(
  input: unknown,
  numberFormat: string,
  apostrophe: ApostropheInText = 'prefix',
): Stored | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number')
    return Number.isFinite(input) ? { kind: 'number', value: input } : { kind: 'error', error: '#NUM!' };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  if (typeof input === 'string') return interpretString(input, numberFormat, apostrophe);
  throw new TypeError(`fake: cannot write ${typeof input} into a cell`);
}

/** The placeholder `values` returns for formula cells: the fake does not calculate. */
export const UNCALCULATED = '#FAKE_UNCALCULATED!';

/** What `values` returns for a formula cell in manual calculation after a change, until Application.calculate. */
export const STALE = '#FAKE_STALE!';

/** What `Range.values` returns for a cell (Office.js gives "" for empty cells and error strings for errors). */
export function readValue(s: Stored): string | number | boolean {
  switch (s.kind) {
    case 'empty':
      return '';
    case 'text':
      return s.text;
    case 'number':
    case 'boolean':
      return s.value;
    case 'error':
      return s.error;
    case 'formula':
      return UNCALCULATED;
  }
}

/** What `Range.formulas` returns for a cell (the formula, else the value; no apostrophe). */
export function readFormula(s: Stored): string | number | boolean {
  return s.kind === 'formula' ? s.formula : readValue(s);
}

/** What `Range.valueTypes` returns for a cell. */
export function readValueType(s: Stored): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  switch (s.kind) {
    case 'empty':
      return 'Empty';
    case 'text':
      return 'String';
    case 'number':
      return 'Double';
    case 'boolean':
      return 'Boolean';
    case 'error':
    case 'formula':
      return 'Error';
  }
}
