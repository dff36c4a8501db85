// Cytoscape.js elements JSON (also what Cytoscape desktop imports as .cyjs): every attribute in `data`, lists as
// real arrays, evidence both readable and as parallel source/quote arrays, and the explorer's layout as positions.
import { directedField } from './tie-direction.ts';
import type { Subgraph } from '../schemas/graph.ts';
import type { ExportContext } from './export-types.ts';
import { round } from './graph-xml-attributes.ts';
import { attributeRow, organisationAttributes, tieAttributes, type AttributeCell, type AttributeValue } from './attribute-rows.ts';

const asData = (cells: AttributeCell[]): Record<string, AttributeValue> =>
  Object.fromEntries(cells.map(({ name, value }) => [name, value]));

export function toCytoscape(subgraph: Subgraph, context: ExportContext): string {
  const { vocabulary } = context;
  const nodeAttributes = organisationAttributes(subgraph, vocabulary);
  const edgeAttributes = tieAttributes(subgraph, vocabulary);
  const document = {
    format_version: '1.0',
    generated_by: 'Partnership Graph Explorer',
    target_cytoscapejs_version: '~3',
    data: { name: context.title, generatedAt: context.generatedAt, truncated: subgraph.truncated },
    elements: {
      // id, source and target are written after the attributes, so no attribute can ever shadow them.
      nodes: subgraph.nodes.map((org) => {
        const position = context.positions?.get(org.id);
        return {
          data: { ...asData(attributeRow(org, nodeAttributes, vocabulary)), id: org.id },
          ...(position ? { position: { x: round(position.x), y: round(position.y) } } : {}),
        };
      }),
      edges: subgraph.links.map((tie) => ({
        data: {
          ...asData(attributeRow(tie, edgeAttributes, vocabulary)),
          id: tie.id,
          source: tie.source,
          target: tie.target,
          // Cytoscape desktop's edge column for the relationship kind.
          interaction: tie.type,
          ...directedField(tie, vocabulary),
        },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
