// Symmetric tie types read the same both ways: explained without direction (and with their own past tense), and
// exported as undirected edges where the format can say so, while directed types export exactly as before.
import { describe, expect, it } from 'vitest';
import { explainPath } from '../../../server/graph/path-explanation.ts';
import { createVocabulary } from '../../../server/graph/vocabulary.ts';
import { exportSubgraph } from '../../../server/export/index.ts';
import type { Organisation, Subgraph, Tie } from '../../../server/schemas/graph.ts';

const vocabulary = createVocabulary({
  kinds: [{ id: 'family', label: 'Family', plural: 'Families', colour: '#8E44AD', description: '' }],
  tieTypes: [
    { id: 'MARRIED_INTO', label: 'is married into', inverseLabel: 'is married into', pastLabel: 'had married into', symmetric: true, colour: '#C0392B', dash: [], description: '' },
    { id: 'LENDS_TO', label: 'lends to', inverseLabel: 'borrows from', colour: '#000000', dash: [], description: '' },
  ],
});
const family = (id: string, name: string): Organisation => ({
  id, name, shortName: null, aliases: [], kind: 'family', sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 1,
});
const tie = (type: string, source: string, target: string, until: string | null = null): Tie => ({
  id: `${source}--${type.toLowerCase().replace(/_/g, '-')}--${target}`, type, source, target, since: null, until, description: null,
  evidence: [{ source: 'web-doi-org', title: 'Padgett & Ansell 1993', publisher: null, url: 'https://doi.org/10.1086/230190', quote: 'Padgett & Ansell 1993.', verbatim: false }],
});
const [pazzi, salviati, medici] = [family('pazzi', 'Pazzi'), family('salviati', 'Salviati'), family('medici', 'Medici')];

describe('symmetric tie types in path explanations', () => {
  it('read the label whichever end the path comes from', () => {
    const path = explainPath([medici, salviati, pazzi], [tie('MARRIED_INTO', 'medici', 'salviati'), tie('MARRIED_INTO', 'pazzi', 'salviati')], vocabulary);
    expect(path.explanation).toBe('Medici is married into Salviati, which is married into Pazzi.');
  });

  it('use the type\'s past label for a tie that ended', () => {
    const path = explainPath([pazzi, salviati], [tie('MARRIED_INTO', 'salviati', 'pazzi', '1400')], vocabulary, '2020-01-01');
    expect(path.explanation).toBe('Pazzi had married into Salviati (until 1400).');
  });

  it('leave directed types reading against their direction with the inverse label', () => {
    const path = explainPath([pazzi, medici], [tie('LENDS_TO', 'medici', 'pazzi')], vocabulary);
    expect(path.explanation).toBe('Pazzi borrows from Medici.');
  });
});

describe('symmetric tie types in exports', () => {
  const context = { vocabulary, title: 'florentine', generatedAt: '2026-12-04T00:00:00.000Z' };
  const text = (format: 'graphml' | 'gexf' | 'json' | 'cytoscape', subgraph: Subgraph) => exportSubgraph(format, subgraph, context).body as string;
  const symmetric: Subgraph = { truncated: false, nodes: [pazzi, salviati, medici], links: [tie('MARRIED_INTO', 'pazzi', 'salviati'), tie('MARRIED_INTO', 'medici', 'salviati')] };
  const mixed: Subgraph = { ...symmetric, links: [...symmetric.links, tie('LENDS_TO', 'medici', 'pazzi')] };

  it('GraphML: an all-symmetric graph is undirected; a mixed one marks its symmetric edges', () => {
    expect(text('graphml', symmetric)).toContain('edgedefault="undirected"');
    expect(text('graphml', symmetric)).not.toContain('directed="false"');
    const graphml = text('graphml', mixed);
    expect(graphml).toContain('edgedefault="directed"');
    expect(graphml.match(/<edge [^>]*directed="false"/g)).toHaveLength(2);
    expect(graphml).toMatch(/<edge id="medici--lends-to--pazzi" source="medici" target="pazzi">/);
  });

  it('GEXF types each edge; JSON and Cytoscape say directed: false on symmetric ties only', () => {
    expect(text('gexf', mixed).match(/<edge [^>]*type="undirected"/g)).toHaveLength(2);
    expect(text('gexf', mixed).match(/<edge [^>]*type="directed"/g)).toHaveLength(1);
    const json = JSON.parse(text('json', mixed)) as { links: { type: string; directed?: boolean }[] };
    expect(json.links.map((link) => [link.type, link.directed])).toEqual([['MARRIED_INTO', false], ['MARRIED_INTO', false], ['LENDS_TO', undefined]]);
    const cytoscape = JSON.parse(text('cytoscape', mixed)) as { elements: { edges: { data: { directed?: boolean } }[] } };
    expect(cytoscape.elements.edges.map((edge) => edge.data.directed)).toEqual([false, false, undefined]);
  });
});
