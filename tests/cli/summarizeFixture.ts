/** A ledger workbook built from tests/fixtures/summary, and an in-memory file system for `workpoints summarize`. */
import type { SummarizeCommandDeps } from '../../src/cli/commands/summarize';
import type { CliIo } from '../../src/cli/io';
import type { NormalizedEntry } from '../../src/domain/entries';
import type { Schema } from '../../src/domain/schema';
import { validateEntries } from '../../src/domain/validation';
import { COLUMNS } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { readWorkbookXlsx } from '../../src/xlsx/readWorkbookXlsx';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { miniSchema } from '../fixtures/summary/miniSchema';

/** The fixture ledger as a unit returns it: raw entries, 校验状态 still blank. */
export async function fixtureBook(): Promise<{
  schema: Schema;
  bytes: Uint8Array;
  entries: NormalizedEntry[];
}> {
  const schema = miniSchema();
  const rows = ENTRY_ROWS.map((row) => [...row]);
  const bytes = await writePlanToXlsx(
    planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows } }, { appVersion: 'test' }),
  );
  // What the command must count: the fixture rows validated as a whole.
  const { normalized } = validateEntries(
    schema,
    rows.map((values, i) => ({ row: i + 2, values })),
  );
  return { schema, bytes, entries: normalized };
}

/** Captured output and files of one run. */
export interface MemoryRun {
  io: CliIo;
  deps: SummarizeCommandDeps;
  files: Map<string, Uint8Array>;
  stdout(): string;
  stderr(): string;
}

/** CliIo over an in-memory file map; `failWrites` makes every write fail like a full disk. */
export function memoryRun(files: Map<string, Uint8Array>, failWrites = false): MemoryRun {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    readFile: async (path) => {
      const data = files.get(path);
      if (!data) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (path, data) => {
      if (failWrites) throw new Error('磁盘已满');
      files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
  };
  const deps: SummarizeCommandDeps = {
    readXlsx: readWorkbookXlsx,
    writeXlsx: (plan, keepSheetsFrom) => writePlanToXlsx(plan, { keepSheetsFrom }),
    rename: async (from, to) => {
      const data = files.get(from);
      if (!data) throw new Error(`no temp file ${from}`);
      files.set(to, data);
      files.delete(from);
    },
    remove: async (path) => void files.delete(path),
    appVersion: 'test',
  };
  return { io, deps, files, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}
