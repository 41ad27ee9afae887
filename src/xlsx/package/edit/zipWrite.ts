/**
 * Writes the edited package as a zip with fflate: entries in their original order and under their original names
 * (new parts after them), untouched parts with their bytes exactly as read, stored entries stored.
 *
 * Compression is fflate's own deflate (works everywhere), or a native one the caller passes (`RawDeflate`; Node's
 * zlib in the CLI, see nodeDeflate.ts), which is several times faster on a large entries sheet.
 */
import { Zip, zipSync, type Zippable, type ZipInputFile } from 'fflate';
import { canonicalPartName, partKey } from '../partNames';
import type { XlsxPackage } from '../xlsxPackage';

/** A raw DEFLATE compressor with the CRC-32 zip entries need. */
export interface RawDeflate {
  deflate(data: Uint8Array, level: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Deflate level for a part: large sheets favour speed (level 6 costs about twice as much). */
function levelFor(size: number): Level {
  return size > 4 * 1024 * 1024 ? 4 : 6;
}

/** The entries to write, in order: name, bytes, level. */
function entriesOf(
  pkg: XlsxPackage,
  out: ReadonlyMap<string, string | Uint8Array>,
  dropped: ReadonlySet<string>,
  added: readonly string[],
): { name: string; data: Uint8Array; level: Level }[] {
  const encoder = new TextEncoder();
  const changed = new Map<string, string | Uint8Array>();
  for (const [part, content] of out) changed.set(partKey(part), content);
  const bytesOf = (content: string | Uint8Array): Uint8Array =>
    typeof content === 'string' ? encoder.encode(content) : content;
  // One pass over the zip for every part copied as it is (parts being rewritten are not decompressed again).
  pkg.load(
    pkg.entries
      .map((e) => e.name)
      .filter((n) => !n.endsWith('/') && !changed.has(partKey(n)) && !dropped.has(partKey(n))),
  );
  const list: { name: string; data: Uint8Array; level: Level }[] = [];
  const written = new Set<string>();
  for (const entry of pkg.entries) {
    // Folder entries are not parts, but the input had them: they are kept as they were.
    if (entry.name.endsWith('/')) {
      list.push({ name: entry.name, data: new Uint8Array(), level: 0 });
      continue;
    }
    const key = partKey(entry.name);
    if (dropped.has(key) || written.has(key)) continue;
    written.add(key);
    const content = changed.get(key);
    const data = content !== undefined ? bytesOf(content) : (pkg.bytesOf(entry.name) ?? new Uint8Array());
    list.push({ name: entry.name, data, level: entry.compression === 0 ? 0 : levelFor(data.length) });
  }
  for (const part of added) {
    const key = partKey(part);
    if (written.has(key)) continue;
    written.add(key);
    const data = bytesOf(changed.get(key) ?? '');
    list.push({ name: canonicalPartName(part), data, level: levelFor(data.length) });
  }
  return list;
}

/** A zip of entries compressed by the given raw deflate, assembled by fflate's streaming Zip. */
function zipWith(entries: { name: string; data: Uint8Array; level: Level }[], codec: RawDeflate): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  for (const { name, data, level } of entries) {
    const stored = level === 0;
    const file: ZipInputFile = {
      filename: name,
      size: data.length,
      crc: codec.crc32(data),
      compression: stored ? 0 : 8,
    };
    zip.add(file);
    const body = stored ? data : codec.deflate(data, level);
    // fflate's handler types its chunk as a plain-ArrayBuffer view; every view we pass is one.
    file.ondata?.(null, body as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** The package bytes: original entries (changed where `out` says, left out where `dropped` says), then `added`. */
export function writeZip(
  pkg: XlsxPackage,
  out: ReadonlyMap<string, string | Uint8Array>,
  dropped: ReadonlySet<string>,
  added: readonly string[],
  codec?: RawDeflate,
): Uint8Array {
  const entries = entriesOf(pkg, out, dropped, added);
  if (codec) return zipWith(entries, codec);
  const files: Zippable = {};
  for (const { name, data, level } of entries) files[name] = [data, { level }];
  return zipSync(files);
}
