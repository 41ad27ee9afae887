/** Text of an opened .txt or .json file, whatever encoding a Chinese office saved it in (UTF-8, UTF-16, GBK). */
import { decodeText } from '../../cli/decodeText';

/** Decodes file bytes to text (see decodeText: BOMs honoured, invalid UTF-8 read as GB18030). */
export function decodeFile(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}
