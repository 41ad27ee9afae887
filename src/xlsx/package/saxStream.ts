/** Feeds a part's bytes to a saxes parser in chunks, so a large part is never held as one string. */
import { SaxesParser } from 'saxes';
import { XmlSyntaxError } from './xml';

const CHUNK = 1 << 16;

/** Runs `parser` over UTF-8 `bytes` chunk by chunk; throws XmlSyntaxError on malformed XML. */
export function runSax(parser: SaxesParser, bytes: Uint8Array): void {
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  const decoder = new TextDecoder('utf-8');
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK)
      parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
    if (!failure) parser.write(decoder.decode()).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw new XmlSyntaxError(failure.message);
}
