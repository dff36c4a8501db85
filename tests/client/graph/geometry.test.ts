// Where ties start, bend and end, and how the view is fitted: shared by the canvas and the SVG export.
import { describe, expect, it } from 'vitest';
import { boundsOf, fitTransform, linkGeometry, parallelBends } from '../../../client/graph/geometry.ts';

describe('linkGeometry', () => {
  it('starts on the rim of the source and puts the arrow tip on the rim of the target', () => {
    const geometry = linkGeometry({ x: 0, y: 0, radius: 10 }, { x: 100, y: 0, radius: 5 }, 0, 8)!;
    expect(geometry.x1).toBeCloseTo(10);
    expect(geometry.arrow[0].x).toBeCloseTo(94);
    expect(geometry.x2).toBeLessThan(geometry.arrow[0].x);
    expect(geometry.curved).toBe(false);
  });

  it('returns null when the two circles overlap', () => {
    expect(linkGeometry({ x: 0, y: 0, radius: 10 }, { x: 12, y: 0, radius: 5 }, 0, 8)).toBeNull();
  });

  it('bends parallel ties to opposite sides', () => {
    const up = linkGeometry({ x: 0, y: 0, radius: 5 }, { x: 100, y: 0, radius: 5 }, 10, 8)!;
    const down = linkGeometry({ x: 0, y: 0, radius: 5 }, { x: 100, y: 0, radius: 5 }, -10, 8)!;
    expect(Math.sign(up.cy)).toBe(-Math.sign(down.cy));
  });
});

describe('parallelBends', () => {
  it('leaves a lone tie straight and spreads ties between the same two organisations symmetrically', () => {
    const bends = parallelBends([
      { id: 'lone', source: 'a', target: 'c' },
      { id: 'one', source: 'a', target: 'b' },
      { id: 'two', source: 'b', target: 'a' },
    ]);
    expect(bends.has('lone')).toBe(false);
    expect(bends.get('one')!.bend).toBe(-bends.get('two')!.bend);
    expect(bends.get('two')!.flip).toBe(true);
  });
});

describe('fitTransform', () => {
  it('fits and centres the bounds inside the box', () => {
    const bounds = boundsOf([{ x: 0, y: 0, radius: 10 }, { x: 200, y: 100, radius: 10 }])!;
    const { k, x, y } = fitTransform(bounds, 800, 600, 40, 10);
    expect(k).toBeCloseTo(720 / 220);
    expect(x + k * 100).toBeCloseTo(400);
    expect(y + k * 50).toBeCloseTo(300);
  });

  it('ignores nodes without a position', () => {
    expect(boundsOf([{ radius: 3 }])).toBeNull();
  });
});
