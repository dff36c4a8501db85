// The source documents a subgraph's evidence cites, once each in order of first citation: the JSON export's
// source list and the Cypher export's (:Source) nodes.
import type { Subgraph } from '../schemas/graph.ts';

export interface CitedSource {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
}

export function citedSources(subgraph: Subgraph): CitedSource[] {
  const sources = new Map<string, CitedSource>();
  for (const tie of subgraph.links) {
    for (const { source, title, publisher, url } of tie.evidence) {
      if (!sources.has(source)) sources.set(source, { id: source, title, publisher, url });
    }
  }
  return [...sources.values()];
}
