// Brokerage roles on the hand-checked example documented in README, and common partners with their ties.
import { describe, expect, it } from 'vitest';
import { brokerage, commonPartners } from '../../../server/analysis/brokerage.ts';
import type { Subgraph } from '../../../server/schemas/graph.ts';

const tie = (source: string, target: string, id = `${source}-${target}`) =>
  ({ id, type: 'PARTNERS_WITH', source, target, since: null, until: null, description: null, evidence: [] });
const node = (id: string) =>
  ({ id, name: id, shortName: null, aliases: [], kind: 'x', sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 0 });

// README's worked example: universities U1, U2; NHS trusts T1, T2; a charity C.
// Ties U1–U2, U2–T1 (twice), T1–T2, U1–C, C–T2, T2–U1, U2–C.
const groups: Record<string, string> = { U1: 'university', U2: 'university', T1: 'nhs-trust', T2: 'nhs-trust', C: 'charity' };
const example: Pick<Subgraph, 'nodes' | 'links'> = {
  nodes: Object.keys(groups).map(node),
  links: [tie('U1', 'U2'), tie('U2', 'T1'), tie('T1', 'T2'), tie('U1', 'C'), tie('C', 'T2'), tie('T2', 'U1'), tie('U2', 'C'), tie('U2', 'T1', 'parallel')],
};
const groupOf = (id: string) => groups[id]!;

describe('Gould–Fernandez brokerage', () => {
  it('counts each role on the worked example (each open path once per direction)', () => {
    const byId = Object.fromEntries(brokerage(example, groupOf).map((c) => [c.id, c]));
    // U1 joins U2 – T2: U2→U1→T2 representative, T2→U1→U2 gatekeeper.
    expect(byId.U1).toMatchObject({ representative: 1, gatekeeper: 1, total: 2 });
    // U2 joins U1 – T1 (representative + gatekeeper) and T1 – C (liaison both ways); U1 – C are tied already.
    expect(byId.U2).toMatchObject({ representative: 1, gatekeeper: 1, liaison: 2, total: 4 });
    // T1 joins U2 – T2.
    expect(byId.T1).toMatchObject({ representative: 1, gatekeeper: 1, total: 2 });
    // T2 joins T1 – C and T1 – U1.
    expect(byId.T2).toMatchObject({ representative: 2, gatekeeper: 2, total: 4 });
    // C joins T2 – U2, all three groups different.
    expect(byId.C).toMatchObject({ liaison: 2, total: 2 });
  });

  it('counts coordinators and itinerants', () => {
    const g = { nodes: ['a1', 'a2', 'a3', 'b'].map(node), links: [tie('a1', 'a2'), tie('a2', 'a3'), tie('a3', 'b'), tie('b', 'a1')] };
    const byId = Object.fromEntries(brokerage(g, (id) => id[0]!).map((c) => [c.id, c]));
    expect(byId.a2).toMatchObject({ coordinator: 2, total: 2 });
    expect(byId.b).toMatchObject({ itinerant: 2, total: 2 });
    expect(byId.a1).toMatchObject({ representative: 1, gatekeeper: 1, total: 2 });
  });

  it('keeps only paths between two groups when asked', () => {
    const byId = Object.fromEntries(brokerage(example, groupOf, ['university', 'nhs-trust']).map((c) => [c.id, c]));
    // The charity-ended paths drop out: U2 keeps U1 – T1, T2 keeps T1 – U1, C keeps T2 – U2.
    expect(byId.U2).toMatchObject({ representative: 1, gatekeeper: 1, liaison: 0, total: 2 });
    expect(byId.T2).toMatchObject({ representative: 1, gatekeeper: 1, total: 2 });
    expect(byId.C).toMatchObject({ liaison: 2, total: 2 });
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
