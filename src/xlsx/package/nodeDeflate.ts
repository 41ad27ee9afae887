/**
 * Node's native zlib as the package writer's compressor (`PackageEditor.toBytes({ deflate: nodeDeflate })`): the
 * CLI's choice, several times faster than fflate's JavaScript deflate on a large entries sheet. Not for the
 * browser build (it imports node:zlib); the task pane uses the default.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { RawDeflate } from './edit/zipWrite';

/** Raw DEFLATE and CRC-32 from node:zlib. */
export const nodeDeflate: RawDeflate = {
  deflate: (data, level) => deflateRawSync(data, { level }),
  crc32: (data) => crc32(data),
};
