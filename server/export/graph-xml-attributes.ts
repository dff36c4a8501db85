// What GraphML and GEXF share besides escaping: neither has list types, both declare every attribute under a
// scope-prefixed key, and both leave a null value out (their way of saying "unknown").
import type { Organisation, Subgraph, Tie } from '../schemas/graph.ts';
import type { ExportVocabulary } from './export-types.ts';
import {
  MEASURE_ATTRIBUTES,
  ORGANISATION_ATTRIBUTES,
  TIE_ATTRIBUTES,
  attributeKey,
  attributeRow,
  flatText,
  organisationAttributes,
  type AttributeCell,
  type AttributeType,
} from './attribute-rows.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export type XmlScope = 'node' | 'edge';

// Measures of an organisation that has none are null, so they are left out like any unknown value.
const NODE_ATTRIBUTES = [...ORGANISATION_ATTRIBUTES, ...MEASURE_ATTRIBUTES];
const EDGE_ATTRIBUTES = TIE_ATTRIBUTES;

/** The attributes a scope declares (measures only when the subgraph carries them): key id, name, and type as the format spells it. */
export function declaredAttributes(
  scope: XmlScope, typeNames: Record<AttributeType, string>, subgraph: Pick<Subgraph, 'nodes'>,
): { id: string; name: string; type: string }[] {
  const definitions: readonly { name: string; type: AttributeType }[] = scope === 'node' ? organisationAttributes(subgraph) : EDGE_ATTRIBUTES;
  return definitions.map(({ name, type }) => ({ id: attributeKey(scope, name), name, type: typeNames[type] }));
}

export const organisationCells = (org: Organisation, vocabulary: ExportVocabulary): AttributeCell[] =>
  attributeRow(org, NODE_ATTRIBUTES, vocabulary);

export const tieCells = (tie: Tie, vocabulary: ExportVocabulary): AttributeCell[] => attributeRow(tie, EDGE_ATTRIBUTES, vocabulary);

/** The cells that have a value, each as its key id and one string. */
export function presentValues(scope: XmlScope, cells: AttributeCell[]): { key: string; text: string }[] {
  return cells.flatMap(({ name, value }) => {
    const text = flatText(value);
    return text === null ? [] : [{ key: attributeKey(scope, name), text }];
  });
}

/** A coordinate to two decimals: a hundredth of a layout unit is far below a pixel, and keeps files short. */
export const round = (value: number): number => Math.round(value * 100) / 100 + 0;
