/**
 * Whether a returned file is encrypted, told from its structure rather than from a reader's error text: an
 * encrypted .xlsx is a compound file holding `EncryptionInfo` and `EncryptedPackage` streams (ECMA-376 agile or
 * standard encryption), an encrypted .xls (or .et) a compound file whose workbook stream has a FILEPASS record
 * right after its first BOF ([MS-XLS] 2.4.117).
 */
import type { CompoundFileReader } from './loadSheetJs';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** BIFF record types. */
const BOF = 0x0809;
const FILEPASS = 0x002f;
/** Records looked at after the BOF: FILEPASS must follow it directly, a few are allowed for lenient writers. */
const RECORDS_SCANNED = 8;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether the bytes are a compound file (OLE2: .xls, .et, an encrypted .xlsx). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB_SIGNATURE);
}

/** Whether the bytes are a zip container (an OOXML package: .xlsx, .xlsm). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

/** Whether a BIFF workbook stream announces encryption (FILEPASS among the records following its first BOF). */
function hasFilePass(stream: ArrayLike<number>): boolean {
  const u16 = (at: number) => (stream[at] ?? 0) | ((stream[at + 1] ?? 0) << 8);
  if (stream.length < 4 || u16(0) !== BOF) return false;
  let at = 4 + u16(2);
  for (let n = 0; n < RECORDS_SCANNED && at + 4 <= stream.length; n++) {
    if (u16(at) === FILEPASS) return true;
    at += 4 + u16(at + 2);
  }
  return false;
}

/** Whether a compound file is password-protected (an encrypted package, or a BIFF workbook with FILEPASS). */
export function isPasswordProtected(bytes: Uint8Array, cfb: CompoundFileReader): boolean {
  const file = cfb.read(bytes, { type: 'array' });
  const names = new Set(file.FileIndex.map((entry) => entry.name));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return true;
  const stream = cfb.find(file, 'Workbook') ?? cfb.find(file, 'Book');
  return stream?.content ? hasFilePass(stream.content) : false;
}
