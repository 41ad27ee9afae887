/**
 * SHA-256 of text and bytes, through @noble/hashes: audited, dependency-free, pure JavaScript, so the same code
 * fingerprints a schema in the pane, the CLI and the domain's tests (no WebCrypto promise in pure code).
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** The SHA-256 digest of bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}

/** The SHA-256 of text encoded as UTF-8, in lower-case hex. */
export function sha256HexOfText(text: string): string {
  return bytesToHex(nobleSha256(utf8ToBytes(text)));
}
