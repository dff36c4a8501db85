// Brokerage roles on the hand-checked example documented in README, and common partners with their ties.
import { describe, expect, it } from 'vitest';
import { brokerage, commonPartners } from '../../../server/analysis/brokerage.js';
import type { Subgraph } from '../../../server/schemas/graph.js';

const tie = (source: string, target: string, id = `${source}-${target}`) =>
  ({ id, type: 'PARTNERS_WITH', source, target, since: null, until: null, description: null, evidence: [] });
const node = (id: string) =>
  ({ id, name: id, shortName: null, aliases: [], kind: 'x', sector: null, city: null, country: null, description: null, url: null, degree: 0 });

// README's worked example: universities U1, U2; NHS trusts T1, T2; a charity C.
// U1 → U2, U2 → T1, T1 → T2, U1 → C, C → T2, T2 → U1, U2 → C.
const groups: Record<string, string> = { U1: 'university', U2: 'university', T1: 'nhs-trust', T2: 'nhs-trust', C: 'charity' };
const example: Pick<Subgraph, 'nodes' | 'links'> = {
  nodes: Object.keys(groups).map(node),
  links: [tie('U1', 'U2'), tie('U2', 'T1'), tie('T1', 'T2'), tie('U1', 'C'), tie('C', 'T2'), tie('T2', 'U1'), tie('U2', 'C'), tie('U2', 'T1', 'parallel')],
};
const groupOf = (id: string) => groups[id]!;

describe('Gould–Fernandez brokerage', () => {
  it('counts each role on the worked example', () => {
    const byId = Object.fromEntries(brokerage(example, groupOf).map((c) => [c.id, c]));
    // U2: U1→U2→T1 representative; U1→U2→C skipped (U1→C exists).
    expect(byId.U2).toMatchObject({ representative: 1, total: 1 });
    // T1: U2→T1→T2 gatekeeper.
    expect(byId.T1).toMatchObject({ gatekeeper: 1, total: 1 });
    // C: U1→C→T2 and U2→C→T2 liaison.
    expect(byId.C).toMatchObject({ liaison: 2, total: 2 });
    // T2: T1→T2→U1 representative, C→T2→U1 liaison.
    expect(byId.T2).toMatchObject({ representative: 1, liaison: 1, total: 2 });
    // U1: T2→U1→U2 gatekeeper, T2→U1→C liaison.
    expect(byId.U1).toMatchObject({ gatekeeper: 1, liaison: 1, total: 2 });
  });

  it('counts coordinators and itinerants', () => {
    const g = { nodes: ['a1', 'a2', 'a3', 'b'].map(node), links: [tie('a1', 'a2'), tie('a2', 'a3'), tie('a3', 'b'), tie('b', 'a1')] };
    const byId = Object.fromEntries(brokerage(g, (id) => id[0]!).map((c) => [c.id, c]));
    expect(byId.a2).toMatchObject({ coordinator: 1, total: 1 });
    expect(byId.b).toMatchObject({ itinerant: 1, total: 1 });
  });

  it('keeps only paths between two groups when asked', () => {
    const byId = Object.fromEntries(brokerage(example, groupOf, ['university', 'nhs-trust']).map((c) => [c.id, c]));
    expect(byId.C).toMatchObject({ liaison: 2, total: 2 });
    expect(byId.U2!.total).toBe(1);
    // T1→T2→U1 and T2→U1→U2 join a trust and a university; C→T2→U1 and T2→U1→C have a charity at one end.
    expect(byId.T2).toMatchObject({ representative: 1, total: 1 });
    expect(byId.U1).toMatchObject({ gatekeeper: 1, total: 1 });
  });
});

describe('common partners', () => {
  it('lists partners shared by all asked organisations with each one’s ties', () => {
    const partners = commonPartners(example, ['U1', 'U2']);
    expect(partners.map((p) => p.id)).toEqual(['C']);
    expect(partners[0]!.ties.map((ties) => ties.map((t) => t.id))).toEqual([['U1-C'], ['U2-C']]);
    expect(commonPartners(example, ['U2', 'T2']).map((p) => p.id)).toEqual(['C', 'T1', 'U1']);
  });
});
