// The Cytoscape.js export is an elements document whose edges only reference nodes it contains.
import { describe, it, expect } from 'vitest';
import { toCytoscape } from '../../../server/export/cytoscape-export.ts';
import { context, readableEvidence, subgraph } from './fixture.ts';

interface Element {
  data: Record<string, unknown>;
}
const document = JSON.parse(toCytoscape(subgraph, context)) as { elements: { nodes: Element[]; edges: Element[] }; data: Record<string, unknown> };
const { nodes, edges } = document.elements;

describe('cytoscape export', () => {
  it('has one node element per organisation with every attribute, lists as arrays', () => {
    expect(nodes.map((node) => node.data.id)).toEqual(subgraph.nodes.map((org) => org.id));
    expect(nodes[0]!.data).toMatchObject({
      name: subgraph.nodes[0]!.name,
      aliases: subgraph.nodes[0]!.aliases,
      kind: 'nhs-trust',
      kindLabel: 'NHS trust',
      colour: '#1f77b4',
      degree: 3,
      description: subgraph.nodes[0]!.description,
    });
    expect(nodes[1]!.data.shortName).toBeNull();
  });

  it('has edges that reference existing node ids', () => {
    const ids = new Set(nodes.map((node) => node.data.id));
    expect(edges).toHaveLength(subgraph.links.length);
    for (const edge of edges) {
      expect(ids.has(edge.data.source)).toBe(true);
      expect(ids.has(edge.data.target)).toBe(true);
    }
  });

  it('carries each tie\'s type, label and evidence, readable and as parallel arrays', () => {
    edges.forEach((edge, index) => {
      const tie = subgraph.links[index]!;
      expect(edge.data).toMatchObject({
        id: tie.id,
        source: tie.source,
        target: tie.target,
        type: tie.type,
        interaction: tie.type,
        evidence: readableEvidence(tie),
        evidenceSources: tie.evidence.map((item) => item.source),
        evidenceQuotes: tie.evidence.map((item) => item.quote),
        evidenceCount: tie.evidence.length,
      });
    });
    expect(edges[1]!.data.label).toBe('is a partner of');
  });

  it('names the network after the export title', () => {
    expect(document.data).toMatchObject({ name: context.title, generatedAt: context.generatedAt });
  });
});
