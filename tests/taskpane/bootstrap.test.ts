/**
 * Point 5 of "inside real Excel": on a slow intranet Office.onReady can answer long after the pane has given up
 * waiting. The pane then works in the browser meanwhile, says it is still connecting, and switches to Excel
 * when onReady answers, however late.
 */
import { watchHost } from '../../src/taskpane/bootstrap';
import type { HostInfo } from '../../src/excel/hostInfo';

const g = globalThis as Record<string, unknown>;

/** An `Office` global whose onReady answers as Excel after `delay` ms (never when null). */
function installOffice(delay: number | null): () => void {
  const before = g.Office;
  g.Office = {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: 'zh-CN',
      platform: 'PC',
      requirements: { isSetSupported: (_n: string, v: string) => Number(v.split('.')[1]) <= 14 },
    },
    onReady: () =>
      new Promise((resolve) => {
        if (delay !== null) setTimeout(() => resolve({ host: 'Excel', platform: 'PC' }), delay);
      }),
  };
  return () => {
    g.Office = before;
  };
}

function collect(timeoutMs: number): { seen: HostInfo[]; settled: Promise<void> } {
  const seen: HostInfo[] = [];
  const settled = new Promise<void>((resolve) => {
    watchHost((host) => {
      seen.push(host);
      if (host.inExcel) resolve();
    }, timeoutMs);
  });
  return { seen, settled };
}

describe('connecting to Excel', () => {
  it('switches to Excel when Office.onReady answers after the wait has run out', async () => {
    const restore = installOffice(80);
    try {
      const { seen, settled } = collect(10);
      await settled;
      expect(seen.map((h) => [h.inExcel, h.connecting ?? false])).toEqual([
        [false, true],
        [true, false],
      ]);
      expect(seen[1]?.excelApiSets).toContain('1.14');
    } finally {
      restore();
    }
  });

  it('goes straight to Excel when onReady answers in time', async () => {
    const restore = installOffice(1);
    try {
      const { seen, settled } = collect(500);
      await settled;
      expect(seen.map((h) => h.inExcel)).toEqual([true]);
    } finally {
      restore();
    }
  });

  it('works outside Excel, still listening, when onReady never answers', async () => {
    const restore = installOffice(null);
    try {
      const { seen } = collect(10);
      await new Promise((r) => setTimeout(r, 40));
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ inExcel: false, connecting: true });
    } finally {
      restore();
    }
  });

  it('is outside Excel at once when the page has no Office.js', () => {
    const seen: HostInfo[] = [];
    watchHost((host) => seen.push(host), 10);
    expect(seen).toEqual([expect.objectContaining({ inExcel: false })]);
    expect(seen[0]?.connecting ?? false).toBe(false);
  });
});
