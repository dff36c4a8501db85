// The API's own shape ({ nodes, links } with evidence), pretty-printed, with a small meta block saying what the file is.
import type { Subgraph } from '../schemas/graph.ts';
import type { ExportContext } from './export-types.ts';
import { citedSources } from './evidence-sources.ts';
import { directedField } from './tie-direction.ts';

export function toJson(subgraph: Subgraph, context: ExportContext): string {
  const sources = citedSources(subgraph);
  const meta = {
    generator: 'Partnership Graph Explorer',
    title: context.title,
    generatedAt: context.generatedAt,
    truncated: subgraph.truncated,
    counts: {
      organisations: subgraph.nodes.length,
      ties: subgraph.links.length,
      evidence: subgraph.links.reduce((sum, tie) => sum + tie.evidence.length, 0),
      sources: sources.length,
    },
    sources,
  };
  const links = subgraph.links.map((tie) => ({ ...tie, ...directedField(tie, context.vocabulary) }));
  return `${JSON.stringify({ meta, nodes: subgraph.nodes, links }, null, 2)}\n`;
}
