/**
 * Loads SheetJS (`@e965/xlsx`, its current build as published on npm) on demand: the reader of returned forms in
 * every format offices send (docs/libraries.md). The task pane loads it only when forms are collected.
 */
import type * as SheetJsModule from '@e965/xlsx';

/** The SheetJS namespace. */
export type SheetJs = typeof SheetJsModule;

/** The parts of SheetJS's bundled compound-file reader used here (its typings declare it `any`). */
export interface CompoundFile {
  FileIndex: { name: string; type: number; content?: ArrayLike<number> }[];
}

/** Reading compound files (CFB), as SheetJS bundles it. */
export interface CompoundFileReader {
  read(data: Uint8Array, options: { type: 'array' }): CompoundFile;
  find(file: CompoundFile, path: string): { content?: ArrayLike<number> } | null;
}

/** Imports SheetJS; bundlers and Node's CommonJS interop put the namespace on `default` or on the module itself. */
export async function loadSheetJs(): Promise<SheetJs> {
  const mod = (await import('@e965/xlsx')) as unknown as { default?: SheetJs } & SheetJs;
  return mod.default?.read ? mod.default : mod;
}

/** SheetJS's compound-file reader. */
export function compoundFiles(sheetJs: SheetJs): CompoundFileReader {
  return sheetJs.CFB as CompoundFileReader;
}
