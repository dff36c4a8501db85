// The API's own shape ({ nodes, links } with evidence), pretty-printed, with a small meta block saying what the file is.
import type { Subgraph } from '../schemas/graph.ts';
import type { ExportContext } from './export-types.ts';
import { citedSources } from './evidence-sources.ts';
import { inferAttributeType, type AttributeScope, type AttributeType, type Attributes } from '../contract/attributes.ts';
import type { ExportVocabulary } from './export-types.ts';

/** The type of each extra attribute the items carry (declared, else their value's), so an import elsewhere declares the same. */
function attributeTypes(items: readonly { attributes?: Attributes }[], scope: AttributeScope, vocabulary: ExportVocabulary): Record<string, AttributeType> {
  const types: Record<string, AttributeType> = {};
  for (const item of items) {
    for (const [name, value] of Object.entries(item.attributes ?? {})) types[name] ??= vocabulary.attributeTypes?.[scope]?.get(name) ?? inferAttributeType(value);
  }
  return types;
}
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
  const attributes = { organisation: attributeTypes(subgraph.nodes, 'organisation', context.vocabulary), tie: attributeTypes(subgraph.links, 'tie', context.vocabulary) };
  // Only a network with extra attributes says so: exports without them stay as they were.
  if (Object.keys(attributes.organisation).length || Object.keys(attributes.tie).length) Object.assign(meta, { attributes });
  const links = subgraph.links.map((tie) => ({ ...tie, ...directedField(tie, context.vocabulary) }));
  return `${JSON.stringify({ meta, nodes: subgraph.nodes, links }, null, 2)}\n`;
}
