/** Small field checkers for reading untrusted JSON: each records a Chinese error naming the field path. */

/** One problem found in a schema file: the JSON path of the field (empty for the whole text) and a Chinese message. */
export interface SchemaFileError {
  path: string;
  message: string;
}

/** A JSON object as parsed from untrusted text. */
export type JsonObject = Record<string, unknown>;

/** Collects errors up to a limit, so a huge broken file yields a readable list rather than a flood. */
export class ErrorList {
  private readonly kept: SchemaFileError[] = [];
  private dropped = 0;

  constructor(private readonly limit = 100) {}

  /** Records an error at a field path. */
  add(path: string, message: string): void {
    if (this.kept.length < this.limit) this.kept.push({ path, message });
    else this.dropped++;
  }

  /** Whether any error was recorded. */
  get any(): boolean {
    return this.kept.length > 0;
  }

  /** The recorded errors, with a closing line counting those left out. */
  list(): SchemaFileError[] {
    return this.dropped > 0
      ? [...this.kept, { path: '', message: `另有 ${this.dropped} 处错误未列出` }]
      : [...this.kept];
  }
}

/** Path of a member of an object (`targets[3]` + `value` → `targets[3].value`). */
export function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * Returns the value as an object when it is one with all `required` keys and no key outside `required` ∪ `optional`;
 * records every missing or unknown key. Returns undefined only when the value is not an object at all.
 */
export function objectAt(
  errors: ErrorList,
  value: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): JsonObject | undefined {
  if (!isObject(value)) {
    errors.add(path, `${path || '文件内容'} 应为对象`);
    return undefined;
  }
  for (const key of required) {
    if (!has(value, key)) errors.add(at(path, key), `${at(path, key)} 缺少此字段`);
  }
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) {
      errors.add(at(path, key), `${at(path, key)} 是未知字段（版本 1 的结构文件中没有此字段）`);
    }
  }
  return value;
}

/** A member value, or undefined when absent (absence was already reported by `objectAt` if it matters). */
export function member(object: JsonObject, key: string): unknown {
  return has(object, key) ? object[key] : undefined;
}

/** Checks a string; `nonEmpty` also rejects blank text. */
export function stringAt(
  errors: ErrorList,
  value: unknown,
  path: string,
  nonEmpty = false,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    errors.add(path, `${path} 应为文本`);
    return undefined;
  }
  if (nonEmpty && value.trim() === '') {
    errors.add(path, `${path} 不能为空`);
    return undefined;
  }
  return value;
}

/** Checks a finite number. */
export function numberAt(errors: ErrorList, value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.add(path, `${path} 应为数字`);
    return undefined;
  }
  return value;
}

/** Checks an integer not below `min`. */
export function integerAt(
  errors: ErrorList,
  value: unknown,
  path: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    errors.add(path, `${path} 应为整数`);
    return undefined;
  }
  if (value < min || value > max) {
    errors.add(
      path,
      max === Number.MAX_SAFE_INTEGER ? `${path} 应不小于 ${min}` : `${path} 应在 ${min} 到 ${max} 之间`,
    );
    return undefined;
  }
  return value;
}

/** Checks a boolean. */
export function booleanAt(errors: ErrorList, value: unknown, path: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    errors.add(path, `${path} 应为 true 或 false`);
    return undefined;
  }
  return value;
}

/** Checks that the value is one of the allowed strings. */
export function enumAt<T extends string>(
  errors: ErrorList,
  value: unknown,
  path: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    errors.add(path, `${path} 应为以下之一：${allowed.map((v) => JSON.stringify(v)).join('、')}`);
    return undefined;
  }
  return value as T;
}

/** Checks an array and returns its elements for the caller to check one by one. */
export function arrayAt(errors: ErrorList, value: unknown, path: string): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.add(path, `${path} 应为数组`);
    return undefined;
  }
  return value;
}

/** Checks an array of non-empty strings; returns the valid ones. */
export function stringListAt(errors: ErrorList, value: unknown, path: string): string[] | undefined {
  const list = arrayAt(errors, value, path);
  if (!list) return undefined;
  const strings: string[] = [];
  list.forEach((entry, i) => {
    const text = stringAt(errors, entry, `${path}[${i}]`, true);
    if (text !== undefined) strings.push(text);
  });
  return strings;
}
