// How /api/graph and /api/export choose a subgraph: exactly the given ids, or a centre's neighbourhood, or the
// whole network (its best-connected part beyond the limit), always with the same tie-type and kind filters.
import type { AppInstance } from '../app-instance.ts';
import { badRequest, notFound } from '../errors.ts';
import type { Subgraph } from '../schemas/graph.ts';
import { parseAllowedList, parseList } from './list-parameters.ts';
import { readingDay } from './date-parameters.ts';
import type { InForceWindow } from '../graph/graph-repository.ts';
import { attributeFilterParameters, attributeFilters } from '../graph/attribute-filters.ts';

export interface SelectionInput {
  ids?: string | string[];
  centre?: string;
  depth: number;
  limit?: number;
  tieTypes?: string;
  kinds?: string;
  asOf?: string;
  includeEnded: boolean;
  network?: string;
}

/** Reads the query's `attr.<name>` filters against the declared attributes (one read, only when there are any). */
async function organisationAttributeFilters(app: AppInstance, input: SelectionInput, network: string) {
  const parameters = attributeFilterParameters(input);
  if (parameters.length === 0) return [];
  const declared = await app.database.read((tx) => app.curationStore.attributeDeclarations(tx, network));
  return attributeFilters(parameters, declared.organisation);
}

export interface Selection {
  subgraph: Subgraph;
  /** Names the selection, for export file names: "network", "leeds-teaching-hospitals-depth-2", "12-organisations". */
  title: string;
  /** The network it was read from. */
  network: string;
}

/** Without asOf: every tie and organisation, ended ones included (they carry their dates; the client draws them apart). */
export async function selectSubgraph(app: AppInstance, input: SelectionInput, window: InForceWindow = readingDay(input, true).window): Promise<Selection> {
  const { defaultLimit, maxLimit } = app.config.graph;
  const limit = input.limit ?? defaultLimit;
  if (limit > maxLimit) throw badRequest(`limit must be at most ${maxLimit}`);
  const network = await app.networks.resolve(input.network);
  const vocabulary = app.vocabularies.of(network);
  const filter = {
    tieTypes: parseAllowedList(input.tieTypes, 'tieTypes', vocabulary.tieTypeIds),
    kinds: parseAllowedList(input.kinds, 'kinds', vocabulary.kindIds),
    attributes: await organisationAttributeFilters(app, input, network),
  };
  const ids = parseList(input.ids);
  if (ids.length > 0) {
    if (input.centre) throw badRequest('Give either ids or centre, not both');
    if (ids.length > maxLimit) throw badRequest(`ids may list at most ${maxLimit} organisations`);
    const { missing, subgraph } = await app.graph.subgraphByIds(ids, filter, window, network);
    if (missing.length) throw notFound(`No organisation with id ${missing.slice(0, 10).map((id) => `"${id}"`).join(', ')}`);
    return { subgraph, title: `${ids.length}-organisations`, network };
  }
  if (input.centre) {
    const subgraph = await app.graph.neighbourhood(input.centre, input.depth, filter, limit, window, network);
    if (!subgraph) throw notFound(`No organisation with id "${input.centre}" (centre)`);
    return { subgraph, title: `${input.centre}-depth-${input.depth}`, network };
  }
  return { subgraph: await app.graph.network(filter, limit, window, network), title: 'network', network };
}
