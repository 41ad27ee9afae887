/** Errors shaped like OfficeExtension.Error: a `code`, a message and `debugInfo`. */

/** Error codes the fake raises, named as Office.js names them. */
export type FakeErrorCode =
  | 'AccessDenied'
  | 'InvalidOperationInCellEditMode'
  | 'InsertDeleteConflict'
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'ApiNotFound'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidSelection'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'GeneralException';

/** An error as Office.js reports it from `context.sync()` or a property read. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    // Object paths in messages lose the fake's proxy tags (see FakeClientObject.path).
    message = message.replace(/\)#\d+/g, ')');
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** The error Office.js throws when a property is read before `load()` + `sync()`. */
export function propertyNotLoaded(owner: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${prop}`,
  );
}

/** Office.js's ItemNotFound for an object that does not exist (or no longer does), naming where it was looked for. */
export function itemNotFound(where: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${where})`);
}

/** The item a proxy points at while it is still in its collection, else ItemNotFound (also for null objects). */
export function liveItem<T>(item: T | null, collection: readonly T[], where: string): T {
  if (!item || !collection.includes(item)) throw itemNotFound(where);
  return item;
}
