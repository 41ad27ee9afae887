/**
 * What kind of file the bytes are, before anything is parsed: a zip (an OPC package, maybe a workbook), an OLE
 * compound file (a password-protected workbook, or a legacy .xls), or neither. Each refusal is a plain message.
 */
import { unzipSync } from 'fflate';
import { LedgerError } from '../../domain/messages';

/** One entry of the zip directory. */
export interface ZipEntryInfo {
  /** The entry name exactly as stored in the zip. */
  name: string;
  /** Zip compression method (0 stored, 8 deflate). */
  compression: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Stream names of an OLE compound file, read with SheetJS's CFB reader (loaded only for such files). */
async function oleStreamNames(bytes: Uint8Array): Promise<string[] | null> {
  try {
    const mod = (await import('@e965/xlsx')) as unknown as {
      CFB?: { read(data: Uint8Array, options: { type: string }): { FullPaths: string[] } };
      default?: { CFB?: { read(data: Uint8Array, options: { type: string }): { FullPaths: string[] } } };
    };
    const cfb = mod.CFB ?? mod.default?.CFB;
    if (!cfb) return null;
    return cfb
      .read(bytes, { type: 'array' })
      .FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop() ?? '');
  } catch {
    return null;
  }
}

/**
 * Refuses an OLE compound file with the message that fits it: an encrypted OOXML package (Excel's "encrypt with
 * password" wraps the zip in EncryptionInfo/EncryptedPackage streams), a BIFF workbook (.xls), or anything else.
 */
async function refuseOle(bytes: Uint8Array, file: string): Promise<never> {
  const names = (await oleStreamNames(bytes)) ?? [];
  const has = (name: string): boolean => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('EncryptedPackage') || has('EncryptionInfo')) throw new LedgerError('file.encrypted', { file });
  if (has('Workbook') || has('Book')) throw new LedgerError('file.legacyXls', { file });
  throw new LedgerError('file.notWorkbook', { file });
}

/** The zip directory of the bytes; refuses (LedgerError) anything that is not a readable zip. */
export async function zipDirectory(bytes: Uint8Array, file: string): Promise<ZipEntryInfo[]> {
  if (startsWith(bytes, OLE_SIGNATURE)) await refuseOle(bytes, file);
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push({ name: info.name, compression: info.compression });
        return false;
      },
    });
  } catch {
    throw new LedgerError('file.notZip', { file });
  }
  if (entries.length === 0) throw new LedgerError('file.notWorkbook', { file });
  return entries;
}

/** Decompresses the named entries (exact zip names); throws LedgerError naming the first that fails. */
export function unzipEntries(
  bytes: Uint8Array,
  names: ReadonlySet<string>,
  file: string,
): Map<string, Uint8Array> {
  let current = '';
  try {
    const files = unzipSync(bytes, {
      filter: (info) => {
        current = info.name;
        return names.has(info.name);
      },
    });
    return new Map(Object.entries(files));
  } catch {
    throw new LedgerError('file.damagedPart', { file, part: current || '?' });
  }
}
