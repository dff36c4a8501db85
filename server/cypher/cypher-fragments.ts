// The only way to build the text that fills a Cypher template slot: each function checks its input against
// the vocabulary or an integer range, so user text never reaches a query except as a parameter.
import type { TemplateFragment } from './query-store.ts';

const fragment = (cypher: string): TemplateFragment => ({ cypher, trusted: true });
const RELATIONSHIP_TYPE = /^[A-Z][A-Z0-9_]*$/;

/** `:A|B` for a relationship pattern, or nothing (any type) when `types` is empty. */
export function relationshipTypes(types: readonly string[], allowed: ReadonlySet<string>): TemplateFragment {
  for (const type of types) {
    if (!allowed.has(type) || !RELATIONSHIP_TYPE.test(type)) throw new Error(`Unknown tie type "${type}"`);
  }
  return fragment(types.length ? `:${types.join('|')}` : '');
}

/** A single relationship type, e.g. for MERGE, where a type is required. */
export function relationshipType(type: string, allowed: ReadonlySet<string>): TemplateFragment {
  return relationshipTypes([type], allowed);
}

/** An integer for hop bounds and SHORTEST k, which Cypher 5 only accepts as literals. */
export function boundedInteger(value: number, min: number, max: number): TemplateFragment {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Expected an integer between ${min} and ${max}, got ${value}`);
  }
  return fragment(String(value));
}

/** The shortest-path function: one shortest path, or every path of the shortest length. */
export function shortestSelector(which: 'one' | 'all'): TemplateFragment {
  return fragment(which === 'one' ? 'shortestPath' : 'allShortestPaths');
}
