/**
 * One .zip of all return forms, for a single download. File names are Chinese: fflate flags such names as
 * UTF-8 (general-purpose bit 11), so Windows Explorer, macOS and 7-Zip show them rather than mojibake.
 */
import { zipSync, type Zippable } from 'fflate';

/** A file to put in the zip. */
export interface ZipFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The zip of the files, stored uncompressed (an .xlsx is already compressed), dated `mtime`. */
export function zipReturnForms(files: readonly ZipFile[], mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (entries[file.fileName]) throw new Error(`two files named ${file.fileName}`);
    entries[file.fileName] = [file.bytes, { level: 0 }];
  }
  return zipSync(entries, { mtime });
}
