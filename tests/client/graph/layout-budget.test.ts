// The layout's time budget and local re-heating, without a browser.
import { describe, expect, it } from 'vitest';
import { decayFor, layoutBudgetMs, neighbourhood } from '../../../client/graph/layout-budget.ts';

const D3_DECAY = 1 - 0.001 ** (1 / 300);

describe('layout budget', () => {
  it('grows with the view and never passes 12 s', () => {
    expect(layoutBudgetMs(1000)).toBeLessThan(layoutBudgetMs(5000));
    expect(layoutBudgetMs(10_000)).toBeLessThanOrEqual(12_000);
    expect(layoutBudgetMs(20_000)).toBe(12_000);
  });

  it('cools fast enough to reach the minimum in the ticks that fit in the time left', () => {
    const decay = decayFor(1, 0.001, 1000, 50, D3_DECAY);
    // 20 ticks left: alpha × (1 − decay)^20 reaches alphaMin.
    expect((1 - decay) ** 20).toBeCloseTo(0.001, 5);
  });

  it('never cools slower than d3, nor more than half a tick, and leaves a cold or unmeasured layout alone', () => {
    expect(decayFor(1, 0.001, 60_000, 1, D3_DECAY)).toBe(D3_DECAY);
    expect(decayFor(1, 0.001, 0, 50, D3_DECAY)).toBe(0.5);
    expect(decayFor(0.0005, 0.001, 1000, 50, D3_DECAY)).toBe(D3_DECAY);
    expect(decayFor(1, 0.001, 1000, 0, D3_DECAY)).toBe(D3_DECAY);
  });

  it('finds the nodes within a number of ties of the ones that changed', () => {
    // A chain 0 – 1 – 2 – 3 – 4, and 5 on its own.
    const partners = [[1], [0, 2], [1, 3], [2, 4], [3], []];
    expect([...neighbourhood([0], partners, 2)].sort()).toEqual([0, 1, 2]);
    expect([...neighbourhood([2, 5], partners, 1)].sort()).toEqual([1, 2, 3, 5]);
    expect([...neighbourhood([4], partners, 0)]).toEqual([4]);
  });
});
