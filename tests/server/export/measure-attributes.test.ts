// Exports asked for measures carry them as typed attributes that real readers get back: networkx reads the GraphML
// and GEXF (python3 with networkx), JSON and Cytoscape keep them as numbers; without the ask nothing changes.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { computeNetworkMeasures, withMeasures } from '../../../server/analysis/network-measures.ts';
import { exportSubgraph } from '../../../server/export/index.ts';
import { context, subgraph } from './fixture.ts';

const measured = withMeasures(subgraph);
const expected = new Map(computeNetworkMeasures(subgraph).organisations.map((o) => [o.id, o]));
const text = (format: 'graphml' | 'gexf' | 'json' | 'cytoscape', input = measured) => exportSubgraph(format, input, context).body as string;

// Prints {id: {betweenness, pagerank, community, ...}} as networkx reads the file (its attribute names and types).
const reader = `
import json, sys, networkx as nx
g = (nx.read_graphml if sys.argv[1] == "graphml" else nx.read_gexf)(sys.stdin)
print(json.dumps({n: {k: v for k, v in d.items() if not isinstance(v, list)} for n, d in g.nodes(data=True)}))
`;
const readWithNetworkx = (format: 'graphml' | 'gexf') =>
  JSON.parse(execFileSync('python3', ['-c', reader, format], { input: text(format) }).toString()) as Record<string, Record<string, unknown>>;

describe('exports with measures', () => {
  it.each(['graphml', 'gexf'] as const)('%s: networkx reads every measure back as a number', (format) => {
    const nodes = readWithNetworkx(format);
    for (const [id, measures] of expected) {
      const read = nodes[id]!;
      for (const name of ['betweenness', 'pagerank', 'closeness', 'constraint', 'effectiveSize'] as const) {
        expect(read[name], `${format} ${name} of ${id}`).toBeCloseTo(measures[name]!, 12);
      }
      for (const name of ['ties', 'partners', 'community', 'component'] as const) expect(read[name], `${format} ${name} of ${id}`).toBe(measures[name]);
    }
    expect(nodes['leeds-teaching-hospitals']!.betweenness).toBe(1);
  });

  it('JSON and Cytoscape keep the measures as numbers', () => {
    const json = JSON.parse(text('json')) as { nodes: Array<{ id: string; measures: { community: number; pagerank: number } }> };
    for (const node of json.nodes) expect(node.measures).toEqual(expected.get(node.id));
    const cytoscape = JSON.parse(text('cytoscape')) as { elements: { nodes: Array<{ data: Record<string, unknown> }> } };
    for (const { data } of cytoscape.elements.nodes) expect(data.pagerank).toBe(expected.get(data.id as string)!.pagerank);
  });

  it('declares no measure when none was asked for', () => {
    expect(text('graphml', subgraph)).not.toContain('betweenness');
    expect(text('gexf', subgraph)).not.toContain('pagerank');
    expect(JSON.parse(text('json', subgraph)).nodes[0]).not.toHaveProperty('measures');
  });
});
