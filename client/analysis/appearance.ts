// "Size by" and "Colour by" for the drawing (pure): which measure sets an organisation's size, which grouping its
// colour, and the legend that says so. Kind colours and tie-count sizes are the drawing's own defaults.
import type { OrganisationMeasures } from '../../server/analysis/network-measures.ts';

export const SIZE_BY = ['ties', 'partners', 'betweenness', 'pagerank'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export const COLOUR_BY = ['kind', 'community', 'component'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

export const SIZE_LABELS: Record<SizeBy, string> = { ties: 'Ties', partners: 'Partners', betweenness: 'Betweenness', pagerank: 'PageRank' };
export const COLOUR_LABELS: Record<ColourBy, string> = { kind: 'Kind', community: 'Community', component: 'Component' };

/** Ten colours told apart by most eyes (Tableau 10); groups past the tenth share the grey of "other". */
export const GROUP_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;
export const OTHER_GROUP_COLOUR = '#d5d8dc';

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 26;

/** Radius by area: the organisation with the largest value gets MAX_RADIUS, zero gets MIN_RADIUS. */
export function radiusFor(value: number, largest: number): number {
  if (!(largest > 0) || !(value > 0)) return MIN_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(1, value / largest));
}

/** Size of each organisation by the measure, or null for the drawing's default (ties across the whole network). */
export function sizeOf(sizeBy: SizeBy, measures: ReadonlyMap<string, OrganisationMeasures> | null): ((id: string) => number | null) | null {
  if (sizeBy === 'ties' || !measures) return null;
  let largest = 0;
  for (const m of measures.values()) largest = Math.max(largest, m[sizeBy]);
  return (id) => {
    const m = measures.get(id);
    return m ? radiusFor(m[sizeBy], largest) : null;
  };
}

export const groupColour = (group: number): string => GROUP_COLOURS[group] ?? OTHER_GROUP_COLOUR;

/** Colour of each organisation by its group, or null for the drawing's default (kind). */
export function colourOf(colourBy: ColourBy, measures: ReadonlyMap<string, OrganisationMeasures> | null): ((id: string) => string | null) | null {
  if (colourBy === 'kind' || !measures) return null;
  return (id) => {
    const m = measures.get(id);
    return m ? groupColour(m[colourBy]) : null;
  };
}

/**
 * Louvain numbers communities in the order it met them; numbered largest first instead, the same colours go to the
 * same big groups from one view to the next, and the legend reads from the largest down.
 */
export function numberCommunitiesBySize(organisations: readonly OrganisationMeasures[]): OrganisationMeasures[] {
  const sizes = new Map<number, number>();
  for (const o of organisations) sizes.set(o.community, (sizes.get(o.community) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const renumbered = new Map(order.map((community, index) => [community, index]));
  return organisations.map((o) => ({ ...o, community: renumbered.get(o.community)! }));
}

export interface LegendEntry {
  colour: string;
  label: string;
}

/** Legend of a grouping: one entry per coloured group (largest first, with its size), then "other" for the rest. */
export function groupLegend(colourBy: Exclude<ColourBy, 'kind'>, organisations: readonly OrganisationMeasures[]): LegendEntry[] {
  const sizes = new Map<number, number>();
  for (const o of organisations) sizes.set(o[colourBy], (sizes.get(o[colourBy]) ?? 0) + 1);
  const groups = [...sizes].sort((a, b) => a[0] - b[0]);
  const named = groups.filter(([group]) => group < GROUP_COLOURS.length);
  const others = groups.filter(([group]) => group >= GROUP_COLOURS.length);
  const word = COLOUR_LABELS[colourBy];
  const count = (n: number) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`;
  return [
    ...named.map(([group, size]) => ({ colour: groupColour(group), label: `${word} ${group + 1} (${count(size)})` })),
    ...(others.length ? [{ colour: OTHER_GROUP_COLOUR, label: `${others.length} smaller ${colourBy === 'community' ? 'communities' : 'components'} (${count(others.reduce((sum, [, size]) => sum + size, 0))})` }] : []),
  ];
}

/** One line saying what size means now. */
export function sizeNote(sizeBy: SizeBy): string {
  if (sizeBy === 'ties') return 'Size: number of ties.';
  if (sizeBy === 'partners') return 'Size: number of distinct partners in view.';
  return `Size: ${SIZE_LABELS[sizeBy]} in view (by area; largest = highest).`;
}
