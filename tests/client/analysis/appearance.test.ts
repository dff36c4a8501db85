// Size by and colour by: radii by area between the two bounds, group colours with a shared "other", communities
// numbered largest first, and legends that say how many organisations each colour covers.
import { describe, expect, it } from 'vitest';
import {
  GROUP_COLOURS, MAX_RADIUS, MIN_RADIUS, OTHER_GROUP_COLOUR, colourOf, groupLegend, numberCommunitiesBySize, radiusFor, sizeOf,
} from '../../../client/analysis/appearance.ts';
import type { OrganisationMeasures } from '../../../server/analysis/network-measures.ts';

const measures = (id: string, community: number, betweenness = 0): OrganisationMeasures =>
  ({ id, ties: 1, partners: 1, betweenness, pagerank: 0.1, closeness: 1, community, component: 0, constraint: 1, effectiveSize: 1 });

describe('appearance', () => {
  it('sizes by area: the largest value gets the largest radius, nothing gets the smallest', () => {
    expect(radiusFor(1, 1)).toBe(MAX_RADIUS);
    expect(radiusFor(0, 1)).toBe(MIN_RADIUS);
    expect(radiusFor(0.25, 1)).toBe(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) / 2);
    expect(radiusFor(0, 0)).toBe(MIN_RADIUS);
  });

  it('keeps the drawing’s defaults for ties and kind, and for organisations it has no measures of', () => {
    const byId = new Map([['a', measures('a', 0, 0.5)], ['b', measures('b', 11, 0)]]);
    expect(sizeOf('ties', byId)).toBeNull();
    expect(colourOf('kind', byId)).toBeNull();
    expect(sizeOf('betweenness', null)).toBeNull();
    const size = sizeOf('betweenness', byId)!;
    expect([size('a'), size('b'), size('new')]).toEqual([MAX_RADIUS, MIN_RADIUS, null]);
    const colour = colourOf('community', byId)!;
    expect([colour('a'), colour('b'), colour('new')]).toEqual([GROUP_COLOURS[0], OTHER_GROUP_COLOUR, null]);
  });

  it('numbers communities largest first and writes a legend with sizes and one "other" entry', () => {
    const organisations = [measures('a', 5), measures('b', 2), measures('c', 2), ...Array.from({ length: 11 }, (_, i) => measures(`x${i}`, 100 + i))];
    const renumbered = numberCommunitiesBySize(organisations);
    expect(renumbered.find((o) => o.id === 'b')!.community).toBe(0);
    expect(renumbered.find((o) => o.id === 'c')!.community).toBe(0);
    const legend = groupLegend('community', renumbered);
    expect(legend[0]).toEqual({ colour: GROUP_COLOURS[0], label: 'Community 1 (2 organisations)' });
    expect(legend[1]!.label).toBe('Community 2 (1 organisation)');
    expect(legend).toHaveLength(GROUP_COLOURS.length + 1);
    expect(legend.at(-1)).toEqual({ colour: OTHER_GROUP_COLOUR, label: '3 smaller communities (3 organisations)' });
  });
});
