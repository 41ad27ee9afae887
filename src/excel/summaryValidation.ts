/**
 * The validation refresh that opens every summary run. The summary needs only 校验状态 to be current (its
 * formulas skip rows marked 错误), not highlights or the 校验结果 sheet, so it reads the entries compactly
 * (compactEntries.ts), validates them with the domain's rules and hands the 校验状态 column to the summary's own
 * write: no write of its own. The explicit Validate command keeps the full refresh (validateWorkbook.ts).
 */
import { checkWorkbook } from '../workbook/checkWorkbook';
import { COLUMNS, STATUS_LABELS } from '../workbook/format';
import { rectAddress } from './a1';
import { readCompactEntries } from './compactEntries';
import { cellInput } from './literal';
import { sheetProxy } from './proxies';
import { isTooLarge } from './tableRows';
import type { RefreshValidationStep } from './summaryWorkbook';
import { rowBlocks, unit, type WriteUnit } from './units';
import { refreshValidation, ValidationUnusableError } from './validateWorkbook';

const STATUS_INDEX = COLUMNS.entries.indexOf('校验状态');

/** The full refresh (highlights, 校验结果 and all) before the summary, as the Validate command runs it. */
export const refreshFullBeforeSummary: RefreshValidationStep = async (ctx, request) => {
  try {
    const done = await refreshValidation(ctx, { period: request.period, capabilities: request.capabilities });
    return {
      ok: true,
      value: { schema: done.schema, normalized: done.result.normalized, notices: done.notices },
    };
  } catch (e) {
    if (e instanceof ValidationUnusableError) return { ok: false, message: e.message };
    throw e;
  }
};

/**
 * Validates from a compact read and returns the 校验状态 column as write units for the summary's write; a
 * workbook without `WP_Entries` or `_wp_meta` goes through the full refresh, which explains the damage.
 */
export const refreshBeforeSummary: RefreshValidationStep = async (ctx, request) => {
  let read: Awaited<ReturnType<typeof readCompactEntries>>;
  try {
    read = await readCompactEntries(ctx);
  } catch (e) {
    // Short columns holding long texts can make the compact read's blind first block too large for Excel;
    // the full read sizes its blocks from what it measures.
    if (!isTooLarge(e)) throw e;
    return refreshFullBeforeSummary(ctx, request);
  }
  if (!read) return refreshFullBeforeSummary(ctx, request);
  const check = checkWorkbook(read.snapshot, { period: request.period });
  if (!check.ok) return { ok: false, message: check.problem };
  const { inspection, result } = check;
  const words = new Map(result.normalized.map((e) => [e.row, STATUS_LABELS[e.status]]));
  const column = inspection.layout.picks[STATUS_INDEX] ?? -1;
  const writes: WriteUnit[] = [];
  const first = inspection.rows[0]?.row;
  if (column >= 0 && first !== undefined) {
    const col = inspection.layout.left + column;
    // Rows are contiguous from the first data row (table rows, then rows typed below), blank rows included.
    const values = inspection.rows.map((r) => [cellInput(words.get(r.row) ?? null)]);
    for (const block of rowBlocks(values, 1_000_000)) {
      const top = first - 1 + block.start;
      const address = rectAddress(top, col, top + block.rows.length - 1, col);
      writes.push(
        unit('写入校验状态', [address, block.rows], (c) => {
          sheetProxy(c, inspection.layout.sheet).getRange(address).values = block.rows;
        }),
      );
    }
  }
  return {
    ok: true,
    value: {
      schema: inspection.schema,
      normalized: result.normalized,
      notices: inspection.notices.map((n) => n.message),
      writes,
      readResponseBytes: read.largestResponseBytes,
    },
  };
};
