import { describe, expect, it } from 'vitest';
import { layoutQuality } from '../../bench/layout-quality.ts';

describe('layout quality', () => {
  it('gives even ties a spread of zero and counts no overlaps when circles are apart', () => {
    const nodes = [{ x: 0, y: 0, radius: 5 }, { x: 100, y: 0, radius: 5 }, { x: 100, y: 100, radius: 5 }];
    expect(layoutQuality(nodes, [[0, 1], [1, 2]])).toEqual({ edgeLengthCv: 0, overlappingPairs: 0, overlappedShare: 0 });
  });

  it('measures the spread of tie lengths relative to their mean', () => {
    const nodes = [{ x: 0, y: 0, radius: 1 }, { x: 10, y: 0, radius: 1 }, { x: 30, y: 0, radius: 1 }];
    // Lengths 10 and 30: mean 20, standard deviation 10.
    expect(layoutQuality(nodes, [[0, 1], [0, 2]]).edgeLengthCv).toBeCloseTo(0.5);
  });

  it('counts overlapping pairs, including across grid cells, and the share of organisations involved', () => {
    const nodes = [{ x: 0, y: 0, radius: 10 }, { x: 15, y: 0, radius: 10 }, { x: 29, y: 0, radius: 5 }, { x: 500, y: 500, radius: 10 }];
    expect(layoutQuality(nodes, [])).toMatchObject({ overlappingPairs: 2, overlappedShare: 0.75 });
  });
});
