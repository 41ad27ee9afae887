/**
 * Writes the edited package as a zip with fflate: entries in their original order and under their original names
 * (new parts after them), untouched parts with their bytes exactly as read, stored entries stored.
 */
import { zipSync, type Zippable } from 'fflate';
import { canonicalPartName, partKey } from '../partNames';
import type { XlsxPackage } from '../xlsxPackage';

/** Deflate level for changed parts: large sheets favour speed (level 6 costs about three times as much). */
function levelFor(size: number): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return size > 4 * 1024 * 1024 ? 4 : 6;
}

/** The package bytes: original entries (changed where `out` says, left out where `dropped` says), then `added`. */
export function writeZip(
  pkg: XlsxPackage,
  out: ReadonlyMap<string, string | Uint8Array>,
  dropped: ReadonlySet<string>,
  added: readonly string[],
): Uint8Array {
  const encoder = new TextEncoder();
  const changed = new Map<string, string | Uint8Array>();
  for (const [part, content] of out) changed.set(partKey(part), content);
  // One pass over the zip for every part copied as it is (parts being rewritten are not decompressed again).
  pkg.load(
    pkg.entries
      .map((e) => e.name)
      .filter((n) => !n.endsWith('/') && !changed.has(partKey(n)) && !dropped.has(partKey(n))),
  );
  const files: Zippable = {};
  const written = new Set<string>();
  const bytesOf = (content: string | Uint8Array): Uint8Array =>
    typeof content === 'string' ? encoder.encode(content) : content;
  for (const entry of pkg.entries) {
    // Folder entries are not parts, but the input had them: they are kept as they were.
    if (entry.name.endsWith('/')) {
      files[entry.name] = [new Uint8Array(), { level: 0 }];
      continue;
    }
    const key = partKey(entry.name);
    if (dropped.has(key) || written.has(key)) continue;
    written.add(key);
    const content = changed.get(key);
    if (content !== undefined) {
      const data = bytesOf(content);
      files[entry.name] = [data, { level: entry.compression === 0 ? 0 : levelFor(data.length) }];
    } else {
      const data = pkg.bytesOf(entry.name) ?? new Uint8Array();
      files[entry.name] = [data, { level: entry.compression === 0 ? 0 : 6 }];
    }
  }
  for (const part of added) {
    const key = partKey(part);
    if (written.has(key)) continue;
    written.add(key);
    const data = bytesOf(changed.get(key) ?? '');
    files[canonicalPartName(part)] = [data, { level: levelFor(data.length) }];
  }
  return zipSync(files);
}
