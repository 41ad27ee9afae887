/**
 * The shapes Excel accepts for what the fake otherwise stores as written: conditional-format properties, data
 * validation rules, prompts and alerts, and page layout. Taken from the Excel JS API reference (the
 * ConditionalFormat, DataValidation and PageLayout interfaces of @types/office-js); lengths from Excel's Data
 * Validation dialog (input title and error title 32 characters, input message 255, error message 225). A
 * writer that sets anything else gets InvalidArgument, as Excel would refuse it.
 */
import { FakeOfficeError } from './errors';

const bad = (what: string): never => {
  throw new FakeOfficeError('InvalidArgument', `fake: ${what}`);
};

const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isColor = (v: unknown): boolean =>
  isString(v) && (/^#[0-9A-Fa-f]{6}$/.test(v) || /^[A-Za-z]+$/.test(v));

const CELL_VALUE_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];
const VALIDATION_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];

/** Format properties under `<type>.format.` (ConditionalRangeFormat). */
const FORMAT: Record<string, (v: unknown) => boolean> = {
  'fill.color': isColor,
  'font.color': isColor,
  'font.bold': isBool,
  'font.italic': isBool,
  'font.strikethrough': isBool,
  'font.underline': isString,
  numberFormat: isString,
};

function ruleObject(v: unknown, keys: Record<string, (x: unknown) => boolean>, what: string): void {
  if (typeof v !== 'object' || v === null) bad(`${what} must be an object`);
  const o = v as Record<string, unknown>;
  for (const [k, x] of Object.entries(o)) {
    const check = keys[k];
    if (!check) bad(`${what} has no property '${k}'`);
    else if (x !== undefined && !check(x)) bad(`${what}.${k} has a wrong value ${JSON.stringify(x)}`);
  }
}

const formula = (v: unknown) => isString(v) || typeof v === 'number';

/** Checks a property set on a conditional format of `type` (dotted path below the ConditionalFormat). */
export function checkConditionalFormat(type: string, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  const sub = rest.join('.');
  const expected: Record<string, string> = {
    DataBar: 'dataBar',
    CellValue: 'cellValue',
    Custom: 'custom',
    ContainsText: 'textComparison',
  };
  if (head !== expected[type]) bad(`a ${type} conditional format has no '${head}' (use ${expected[type]})`);
  if (type === 'DataBar') {
    const ok: Record<string, (v: unknown) => boolean> = {
      'positiveFormat.fillColor': isColor,
      'positiveFormat.borderColor': isColor,
      'positiveFormat.gradientFill': isBool,
      'negativeFormat.fillColor': isColor,
      barDirection: isString,
      showDataBarOnly: isBool,
    };
    const check = ok[sub];
    if (!check || !check(value)) bad(`dataBar.${sub} = ${JSON.stringify(value)} is not accepted`);
    return;
  }
  if (sub.startsWith('format.')) {
    const check = FORMAT[sub.slice('format.'.length)];
    if (!check || !check(value)) bad(`${head}.${sub} = ${JSON.stringify(value)} is not accepted`);
    return;
  }
  if (type === 'CellValue' && sub === 'rule') {
    ruleObject(
      value,
      {
        formula1: formula,
        formula2: formula,
        operator: (x) => isString(x) && CELL_VALUE_OPERATORS.includes(x),
      },
      'cellValue.rule',
    );
    if (!(value as { formula1?: unknown }).formula1) bad('cellValue.rule needs formula1');
    return;
  }
  if (type === 'Custom' && sub === 'rule.formula') {
    if (!isString(value) || !value.startsWith('='))
      bad('custom.rule.formula must be a formula starting with "="');
    return;
  }
  if (type === 'ContainsText' && sub === 'rule') {
    ruleObject(value, { operator: isString, text: isString }, 'textComparison.rule');
    return;
  }
  bad(`${path} is not a property of a ${type} conditional format`);
}

const BASIC_RULE = {
  formula1: formula,
  formula2: formula,
  operator: (x: unknown) => isString(x) && VALIDATION_OPERATORS.includes(x),
};

/** Checks a DataValidation.rule: exactly one kind, with that kind's properties. */
export function checkValidationRule(v: unknown): void {
  if (typeof v !== 'object' || v === null) bad('DataValidation.rule must be an object');
  const kinds = Object.keys(v as object);
  if (kinds.length !== 1) bad(`DataValidation.rule must have exactly one kind, not ${kinds.join(', ')}`);
  const kind = kinds[0] ?? '';
  const body = (v as Record<string, unknown>)[kind];
  switch (kind) {
    case 'wholeNumber':
    case 'decimal':
    case 'textLength':
    case 'date':
    case 'time':
      ruleObject(body, BASIC_RULE, `rule.${kind}`);
      if ((body as { formula1?: unknown }).formula1 === undefined) bad(`rule.${kind} needs formula1`);
      return;
    case 'list': {
      ruleObject(body, { inCellDropDown: isBool, source: isString }, 'rule.list');
      const source = (body as { source?: unknown }).source;
      if (!isString(source) || source === '') bad('rule.list needs a source');
      else if (!source.startsWith('=') && source.length > 255)
        bad('a list source written out is limited to 255 characters; use a range or a name');
      return;
    }
    case 'custom':
      ruleObject(body, { formula: isString }, 'rule.custom');
      return;
    default:
      bad(`DataValidation.rule has no kind '${kind}'`);
  }
}

const chars = (limit: number) => (x: unknown) => isString(x) && [...x].length <= limit;

/** Checks a DataValidation.prompt (input message). */
export function checkPrompt(v: unknown): void {
  ruleObject(v, { showPrompt: isBool, title: chars(32), message: chars(255) }, 'DataValidation.prompt');
}

/** Checks a DataValidation.errorAlert. */
export function checkErrorAlert(v: unknown): void {
  ruleObject(
    v,
    {
      showAlert: isBool,
      style: (x) => isString(x) && ['Stop', 'Warning', 'Information'].includes(x),
      title: chars(32),
      message: chars(225),
    },
    'DataValidation.errorAlert',
  );
}

const PAPER = ['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal', 'Tabloid', 'Executive', 'Folio', 'Quarto'];
const fitPages = (x: unknown) => x === undefined || (Number.isInteger(x) && (x as number) >= 1);

/** Checks a PageLayout property set (or `printTitleRows` through setPrintTitleRows). */
export function checkPageLayout(key: string, value: unknown): void {
  switch (key) {
    case 'orientation':
      if (value !== 'Portrait' && value !== 'Landscape') bad(`orientation '${String(value)}'`);
      return;
    case 'paperSize':
      if (!isString(value) || !PAPER.includes(value)) bad(`paperSize '${String(value)}'`);
      return;
    case 'zoom':
      // Fit to pages wide/tall (whole pages, 1 or more) or a scale in percent; a 0 is not a page count.
      ruleObject(
        value,
        {
          horizontalFitToPages: fitPages,
          verticalFitToPages: fitPages,
          scale: (x) => typeof x === 'number' && x >= 10 && x <= 400,
        },
        'PageLayout.zoom',
      );
      return;
    case 'printTitleRows':
      if (!isString(value) || !/^\$?\d+:\$?\d+$/.test(value)) bad(`print title rows '${String(value)}'`);
      return;
    case 'centerHorizontally':
    case 'centerVertically':
    case 'printGridlines':
    case 'printHeadings':
    case 'blackAndWhite':
    case 'draftMode':
      if (!isBool(value)) bad(`${key} must be true or false`);
      return;
    default:
      bad(`PageLayout has no settable property '${key}' modelled`);
  }
}
