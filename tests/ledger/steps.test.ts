import { isLedgerError } from '../../src/domain/messages';
import { runSteps, type Progress, type Step } from '../../src/ledger/steps';
import { yieldToBrowser } from '../../src/taskpane/backend/steps';

describe('long work in steps', () => {
  it('runs the steps in order and reports each before it starts', async () => {
    const log: string[] = [];
    const steps: Step[] = [
      { key: 'plan', run: () => void log.push('plan ran') },
      { key: 'writeSheets', run: async () => void log.push('write ran') },
    ];
    await runSteps(steps, { onProgress: (p: Progress) => log.push(`${p.index + 1}/${p.total} ${p.step}`) });
    expect(log).toEqual(['1/2 plan', 'plan ran', '2/2 writeSheets', 'write ran']);
  });

  it('stops between steps when cancelled and never starts the next one', async () => {
    const controller = new AbortController();
    const ran: string[] = [];
    const steps: Step[] = [
      { key: 'plan', run: () => void (ran.push('plan'), controller.abort()) },
      { key: 'writeSheets', run: () => void ran.push('write') },
    ];
    const error = await runSteps(steps, { signal: controller.signal }).catch((e: unknown) => e);
    expect(isLedgerError(error, 'job.cancelled')).toBe(true);
    expect(ran).toEqual(['plan']);
  });

  it('lets the browser run other work between steps', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const seen: number[] = [];
    const steps: Step[] = [0, 1, 2].map(() => ({
      key: 'validate' as const,
      run: () => void seen.push(ticks),
    }));
    await runSteps(steps, { pause: yieldToBrowser });
    clearInterval(timer);
    expect(seen[2]!).toBeGreaterThan(seen[0]!);
  });
});
