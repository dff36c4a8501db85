// Gould & Fernandez (1989) brokerage roles and common partners, computed on a Subgraph (pure, no Node APIs).
// Partnership ties are symmetric in meaning, so each tie is read both ways (as statnet/UCINET do for symmetric data):
// every open path a – b – c counts once per direction, so a broker sharing a group with one end is both
// representative and gatekeeper once; parallel ties between the same pair count once.
import type { Subgraph, Tie } from '../schemas/graph.ts';
import type { NetworkShape } from './network-measures.ts';

export type BrokerageRole = 'coordinator' | 'itinerant' | 'gatekeeper' | 'representative' | 'liaison';
export type BrokerageCounts = Record<BrokerageRole, number> & { id: string; total: number };

/**
 * Role of broker b on the open two-step path a → b → c (a ≠ c, no tie a → c), from the groups of a, b and c:
 * all one group = coordinator; a and c share a group b is outside = itinerant; b in c's group only = gatekeeper;
 * b in a's group only = representative; all three different = liaison.
 */
export function brokerageRole(from: string, broker: string, to: string): BrokerageRole {
  if (from === broker && broker === to) return 'coordinator';
  if (from === to) return 'itinerant';
  if (broker === to) return 'gatekeeper';
  if (broker === from) return 'representative';
  return 'liaison';
}

/**
 * Brokerage counts of every organisation for the grouping `groupOf`; with `between` set, only paths whose two ends
 * lie one in each of the two groups count (e.g. university → NHS trust or back), for "who brokers between A and B".
 */
export function brokerage(
  subgraph: NetworkShape,
  groupOf: (id: string) => string,
  between?: readonly [string, string],
): BrokerageCounts[] {
  const partners = new Map<string, Set<string>>();
  for (const node of subgraph.nodes) partners.set(node.id, new Set());
  for (const link of subgraph.links) {
    if (link.source === link.target || !partners.has(link.source) || !partners.has(link.target)) continue;
    partners.get(link.source)!.add(link.target);
    partners.get(link.target)!.add(link.source);
  }
  const endsCount = (a: string, c: string) => !between
    || (groupOf(a) === between[0] && groupOf(c) === between[1]) || (groupOf(a) === between[1] && groupOf(c) === between[0]);
  return [...partners.keys()].map((broker) => {
    const counts: BrokerageCounts = { id: broker, coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0, total: 0 };
    for (const from of partners.get(broker)!) {
      for (const to of partners.get(broker)!) {
        if (to === from || partners.get(from)!.has(to) || !endsCount(from, to)) continue;
        counts[brokerageRole(groupOf(from), groupOf(broker), groupOf(to))] += 1;
        counts.total += 1;
      }
    }
    return counts;
  });
}

export interface CommonPartner {
  id: string;
  /** For each of the asked organisations, in order, the ties (with evidence) it has with this partner. */
  ties: Tie[][];
}

/** Organisations tied to every one of `ids`, with the ties that tie each asked organisation to them. */
export function commonPartners(subgraph: Pick<Subgraph, 'links'>, ids: readonly string[]): CommonPartner[] {
  const tiesWith = ids.map(() => new Map<string, Tie[]>());
  for (const link of subgraph.links) {
    ids.forEach((id, index) => {
      const other = link.source === id ? link.target : link.target === id ? link.source : null;
      if (other === null || other === id || ids.includes(other)) return;
      tiesWith[index]!.set(other, [...(tiesWith[index]!.get(other) ?? []), link]);
    });
  }
  const [first, ...rest] = tiesWith;
  if (!first) return [];
  return [...first.keys()]
    .filter((partner) => rest.every((map) => map.has(partner)))
    .sort()
    .map((partner) => ({ id: partner, ties: tiesWith.map((map) => map.get(partner)!) }));
}
