// When whole-network measures are recomputed: once writes pause for the delay, at once when asked, one at a time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecomputeSchedule } from '../../../server/measures/recompute-schedule.ts';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

/** A run that finishes when the test says so. */
function controlledRuns() {
  const finishers: Array<() => void> = [];
  const run = vi.fn(() => new Promise<void>((resolve) => { finishers.push(resolve); }));
  const finish = async () => {
    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { run, finish };
}

describe('the recompute schedule', () => {
  it('runs once after a burst of changes has been quiet for the delay', async () => {
    const { run } = controlledRuns();
    const schedule = createRecomputeSchedule(1_000, run);
    schedule.changed();
    await vi.advanceTimersByTimeAsync(600);
    schedule.changed();
    await vi.advanceTimersByTimeAsync(600);
    schedule.changed();
    await vi.advanceTimersByTimeAsync(999);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(schedule.running()).toBe(true);
  });

  it('runs at once when asked, and once more after the run in progress when asked again during it', async () => {
    const { run, finish } = controlledRuns();
    const schedule = createRecomputeSchedule(1_000, run);
    expect(schedule.now()).toBe('started');
    expect(schedule.now()).toBe('queued');
    expect(schedule.now()).toBe('queued');
    expect(run).toHaveBeenCalledTimes(1);
    await finish();
    expect(run).toHaveBeenCalledTimes(2);
    await finish();
    expect(run).toHaveBeenCalledTimes(2);
    expect(schedule.running()).toBe(false);
  });

  it('keeps going after a failed run and stops for good when stopped', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(undefined);
    const schedule = createRecomputeSchedule(100, run);
    schedule.now();
    await vi.advanceTimersByTimeAsync(0);
    expect(schedule.running()).toBe(false);
    schedule.changed();
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(schedule.now()).toBe('started');
    expect(run).toHaveBeenCalledTimes(1);
  });
});
