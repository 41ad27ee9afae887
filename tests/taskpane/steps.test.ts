import { CancelledError, runSteps, type Step } from '../../src/taskpane/backend/steps';
import type { Progress } from '../../src/taskpane/backend/types';

describe('long work in steps', () => {
  it('runs the steps in order and reports each before it starts', async () => {
    const log: string[] = [];
    const steps: Step[] = [
      { key: 'plan', run: () => void log.push('plan ran') },
      { key: 'writeSheets', run: async () => void log.push('write ran') },
    ];
    await runSteps(
      steps,
      (p: Progress) => log.push(`${p.index + 1}/${p.total} ${p.step}`),
      new AbortController().signal,
    );
    expect(log).toEqual(['1/2 plan', 'plan ran', '2/2 writeSheets', 'write ran']);
  });

  it('stops between steps when cancelled and never starts the next one', async () => {
    const controller = new AbortController();
    const ran: string[] = [];
    const steps: Step[] = [
      { key: 'plan', run: () => void (ran.push('plan'), controller.abort()) },
      { key: 'writeSheets', run: () => void ran.push('write') },
    ];
    await expect(runSteps(steps, () => undefined, controller.signal)).rejects.toBeInstanceOf(CancelledError);
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
    await runSteps(steps, () => undefined, new AbortController().signal);
    clearInterval(timer);
    expect(seen[2]!).toBeGreaterThan(seen[0]!);
  });
});
