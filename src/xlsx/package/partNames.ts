/**
 * Part names of an OPC package (the zip inside an .xlsx). Generators disagree on spelling: some write zip entries
 * as `/xl/worksheets/sheet1.xml` or with backslashes, relationship targets may be absolute or relative, and part
 * names compare case-insensitively (OPC, ECMA-376 Part 2 §9.1.1). Everything here works on one canonical
 * spelling — no leading slash, forward slashes, `.`/`..` resolved — and compares by `partKey`.
 */

/** The canonical spelling of a part name or zip entry name: `xl/worksheets/sheet1.xml`. */
export function canonicalPartName(name: string): string {
  const parts: string[] = [];
  for (const segment of name.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

/** The key two spellings of the same part share (canonical, lower-case, percent-escapes decoded). */
export function partKey(name: string): string {
  const canonical = canonicalPartName(name);
  let decoded = canonical;
  try {
    decoded = decodeURIComponent(canonical);
  } catch {
    // A stray `%` is a literal character of the name.
  }
  return decoded.toLowerCase();
}

/** The folder of a part (`xl/worksheets` for `xl/worksheets/sheet1.xml`, `` for a root part). */
export function folderOf(part: string): string {
  const canonical = canonicalPartName(part);
  const slash = canonical.lastIndexOf('/');
  return slash < 0 ? '' : canonical.slice(0, slash);
}

/** The last segment of a part name. */
export function fileNameOf(part: string): string {
  const canonical = canonicalPartName(part);
  return canonical.slice(canonical.lastIndexOf('/') + 1);
}

/** The relationships part of a part: `xl/worksheets/_rels/sheet1.xml.rels`; `_rels/.rels` for the package. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const file = part === '' ? '' : fileNameOf(part);
  return canonicalPartName(`${folder}/_rels/${file}.rels`);
}

/** The part a relationship target names, resolved against the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  const withoutFragment = target.replace(/#.*$/, '');
  const absolute = withoutFragment.startsWith('/') || withoutFragment.startsWith('\\');
  return canonicalPartName(absolute ? withoutFragment : `${folderOf(source)}/${withoutFragment}`);
}

/** A relative target from `source` to `part`, as Excel writes them (`../tables/table1.xml`). */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = canonicalPartName(part).split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The extension of a part name, lower-case, without the dot (`xml`, `rels`, `bin`). */
export function extensionOf(part: string): string {
  const file = fileNameOf(part);
  const dot = file.lastIndexOf('.');
  return dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
}
