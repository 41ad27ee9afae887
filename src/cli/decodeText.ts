/** Turns the bytes of a .txt file into text, whatever encoding a Chinese office saved it in. */

/** Encodings recognised in notice files. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's "Unicode"), and otherwise GB18030,
 * a superset of GBK/GB2312 that Windows in Chinese saves .txt files in. Bytes that are not valid UTF-8
 * are taken as GB18030: GBK text is almost never valid UTF-8, while UTF-8 text is always checked first.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A UTF-8 BOM is a declaration: honour it even if a stray byte later is broken.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
