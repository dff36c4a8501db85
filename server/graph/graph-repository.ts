// Every read the API makes, as functions over the database and the Cypher files. Each function runs in one
// read transaction with the configured timeout (the single-statement hot reads — search, details, paths — as an
// auto-commit one) and returns the product's data shape (via the mapper).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Database, Reader } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { boundedInteger, relationshipTypes, shortestSelector } from '../cypher/cypher-fragments.ts';
import type { Organisation, OrganisationTie, Path, PathQuery, Subgraph } from '../schemas/graph.ts';
import { matchesAttributes, type AttributeFilter } from './attribute-filters.ts';
import { toOrganisation, toSourceDocument, toTie, type SourceDocument } from './mapper.ts';
import { explainPath } from './path-explanation.ts';
import { toChange } from '../writes/history.ts';
import type { Change } from '../schemas/curation.ts';
import { stateOn, today, type Dated } from '../contract/in-force.ts';
import { searchTokens, toFulltextQuery } from './fulltext-query.ts';
import type { Vocabularies, Vocabulary } from './vocabulary.ts';
import { DEFAULT_NETWORK } from '../contract/networks.ts';

export interface TieFilter {
  tieTypes: string[];
  kinds: string[];
  /** Extra attribute values organisations must have (server/routes/attribute-filters.ts). */
  attributes?: AttributeFilter[];
}

/**
 * Which ties and organisations count: those in force at some time between `from` and `to` (ISO days, both included;
 * null is open). One day for "as of", both null for everything (see cypher/fragments/in-force.cypher).
 */
export interface InForceWindow {
  from: string | null;
  to: string | null;
}

export const ALWAYS: InForceWindow = { from: null, to: null };
export const onDay = (day: string): InForceWindow => ({ from: day, to: day });
const windowParams = (window: InForceWindow) => ({ inForceFrom: window.from, inForceTo: window.to });

type Row = Record<string, unknown>;
/** Every read takes the network it reads last, so callers written before networks existed read the default one. */
const DEFAULT = DEFAULT_NETWORK.id;
const SOURCE_CACHE_MS = 60_000;

export interface HubDegrees {
  /** k-shortest paths never pass through an organisation with more ties than this (see find-k-shortest-paths.cypher). */
  path: number;
  /**
   * A neighbourhood goes on beyond the centre only through organisations with at most this many ties: at depth 2
   * around a GP practice, a regulator's 60,000 partners would drown the view (expand the hub itself to see them).
   */
  neighbourhood: number;
  /** Ties among a set of organisations are read from their ends with at most this many ties (find-ties-among.cypher). */
  tiesAmong: number;
}

const HUB_DEGREES: HubDegrees = { path: 5_000, neighbourhood: 5_000, tiesAmong: 1_000 };
/** Details list at most this many ties: a national hub has tens of thousands (its degree still says how many). */
const ORGANISATION_TIE_LIMIT = 1_000;

/** `hubDegrees`: tests lower them so the small seeded network has hubs. */
/** `vocabularies`: each network's (the app's), or one vocabulary for every network (scripts reading the default one). */
export function createGraphRepository(database: Database, queries: QueryStore, vocabularies: Vocabularies | Vocabulary, hubDegrees: HubDegrees = HUB_DEGREES) {
  const vocabularyOf = (network: string): Vocabulary => ('of' in vocabularies ? vocabularies.of(network) : vocabularies);
  let sourceCache: { loadedAt: number; byId: Map<string, SourceDocument> } | null = null;

  async function sources(tx: Reader, needed: Iterable<string> = []): Promise<Map<string, SourceDocument>> {
    const stale = !sourceCache || Date.now() - sourceCache.loadedAt > SOURCE_CACHE_MS;
    const missing = [...needed].some((id) => !sourceCache?.byId.has(id));
    if (stale || missing) {
      const result = await tx.run(queries.get('sources/list-sources'));
      sourceCache = { loadedAt: Date.now(), byId: new Map(result.records.map((r) => {
        const source = toSourceDocument(r.get('source') as Row);
        return [source.id, source];
      })) };
    }
    return sourceCache!.byId;
  }

  const evidenceSourceIds = (rows: Row[]) => rows.flatMap((row) => (Array.isArray(row.evidenceSources) ? row.evidenceSources.map(String) : []));
  const types = (tieTypes: string[], network: string) => relationshipTypes(tieTypes, vocabularyOf(network).tieTypeIds);

  async function subgraphOf(tx: ManagedTransaction, ids: string[], tieTypes: string[], truncated: boolean, window: InForceWindow, network: string): Promise<Subgraph> {
    const nodes = await tx.run(queries.get('graph/find-organisations-by-ids'), { ids, network });
    const ties = await tx.run(queries.render('graph/find-ties-among', { types: types(tieTypes, network) }), { ids, hubDegree: neo4j.int(hubDegrees.tiesAmong), ...windowParams(window) });
    const tieRows = ties.records.map((r) => r.get('tie') as Row);
    const byId = await sources(tx, evidenceSourceIds(tieRows));
    return {
      nodes: nodes.records.map((r) => toOrganisation(r.get('organisation') as Row)),
      links: tieRows.map((row) => toTie(row, byId)),
      truncated,
    };
  }

  return {
    async meta(network: string = DEFAULT) {
      return database.read(async (tx) => {
        const kinds = await tx.run(queries.get('meta/count-organisations-by-kind'), { network });
        const ties = await tx.run(queries.get('meta/count-ties-by-type'), { network });
        const kindCounts = new Map(kinds.records.map((r) => [r.get('kind') as string, r.get('count') as number]));
        const tieCounts = new Map(ties.records.map((r) => [r.get('type') as string, r.get('count') as number]));
        const byId = await sources(tx);
        const vocabulary = vocabularyOf(network);
        return {
          kinds: vocabulary.kinds
            .map((kind) => ({ ...kind, count: kindCounts.get(kind.id) ?? 0 }))
            .filter((kind) => kind.count > 0 || vocabulary.isCoreKind(kind.id)),
          tieTypes: vocabulary.tieTypes.map((type) => ({ ...type, count: tieCounts.get(type.id) ?? 0 })),
          sources: [...byId.values()],
          totals: {
            organisations: [...kindCounts.values()].reduce((a, b) => a + b, 0),
            ties: [...tieCounts.values()].reduce((a, b) => a + b, 0),
          },
        };
      });
    },

    /** `day`: found organisations are marked current, ended (dissolved) or future on it; none is left out. */
    async search(text: string, kinds: string[], limit: number, day: string = today(), network: string = DEFAULT) {
      const tokens = searchTokens(text);
      if (tokens.length === 0) return [];
      // The second statement (any word instead of all) is a fallback, not a view that must share the first's snapshot.
      return database.readAutoCommit(async (tx) => {
        const run = (match: 'all' | 'any') =>
          tx.run(queries.get('organisations/search-organisations'), {
            query: toFulltextQuery(tokens, match),
            network,
            kinds: kinds.length ? kinds : null,
            limit: boundedLimit(limit),
          });
        let result = await run('all');
        if (result.records.length === 0 && tokens.length > 1) result = await run('any');
        return result.records.map((r) => {
          const org = r.get('organisation') as Row;
          const dated = { since: (org.since as string | null) ?? null, until: (org.until as string | null) ?? null };
          return { id: String(org.id), name: String(org.name), shortName: (org.shortName as string | null) ?? null, kind: String(org.kind), ...dated, state: stateOn(dated, day), score: Number(r.get('score')) };
        });
      });
    },

    /** With its ties as of `day` (current first, then ended; not those that start later), each with its state. */
    async organisation(id: string, day: string = today(), network: string = DEFAULT): Promise<(Organisation & { version: number; tiesTruncated: boolean; ties: OrganisationTie[] }) | null> {
      // One statement; the sources it may read are a cache that is allowed to be a minute old anyway.
      return database.readAutoCommit(async (tx) => {
        const result = await tx.run(queries.get('organisations/get-organisation'), { id, network, tieLimit: boundedLimit(ORGANISATION_TIE_LIMIT), inForceFrom: null, inForceTo: day });
        const record = result.records[0];
        if (!record) return null;
        const entries = record.get('ties') as { tie: Row; other: Row }[];
        const byId = await sources(tx, evidenceSourceIds(entries.map((entry) => entry.tie)));
        const ties = entries.map(({ tie: row, other }) => {
          const tie = toTie(row, byId);
          const outgoing = tie.source === id;
          const type = vocabularyOf(network).tieType(tie.type);
          return {
            id: tie.id,
            type: tie.type,
            label: outgoing ? type.label : type.inverseLabel,
            direction: outgoing ? ('outgoing' as const) : ('incoming' as const),
            other: { id: String(other.id), name: String(other.name), kind: String(other.kind) },
            since: tie.since,
            until: tie.until,
            state: stateOn(tie, day),
            description: tie.description,
            evidence: tie.evidence,
            ...(tie.attributes ? { attributes: tie.attributes } : {}),
          };
        });
        const rank = (state: string) => (state === 'current' ? 0 : 1);
        ties.sort((a, b) => rank(a.state) - rank(b.state) || a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name));
        const row = record.get('organisation') as Row;
        const organisation = toOrganisation(row);
        return { ...organisation, version: Number(row.version), tiesTruncated: ties.length < organisation.degree, ties };
      });
    },

    /** Breadth-first, one hop per query, so a limit keeps the nearest and best-connected organisations. */
    async neighbourhood(centre: string, depth: number, filter: TieFilter, limit: number, window: InForceWindow = ALWAYS, network: string = DEFAULT): Promise<Subgraph | null> {
      return database.read(async (tx) => {
        // No separate existence check: an unknown centre reaches nobody and comes back without itself.
        const seen = [centre];
        let frontier = [centre];
        let truncated = false;
        const statement = queries.render('graph/expand-frontier', { types: types(filter.tieTypes, network) });
        for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
          const room = limit - seen.length;
          const result = await tx.run(statement, {
            frontier,
            seen,
            kinds: filter.kinds.length ? filter.kinds : null,
            attributes: filter.attributes ?? [],
            limit: boundedLimit(room + 1),
            hubDegree: hop === 0 ? null : neo4j.int(hubDegrees.neighbourhood),
            ...windowParams(window),
          });
          frontier = result.records.map((r) => r.get('id') as string);
          if (frontier.length > room) {
            frontier = frontier.slice(0, room);
            truncated = true;
          }
          seen.push(...frontier);
          if (truncated) break;
        }
        const subgraph = await subgraphOf(tx, seen, filter.tieTypes, truncated, window, network);
        return subgraph.nodes.some((node) => node.id === centre) ? subgraph : null;
      });
    },

    async network(filter: TieFilter, limit: number, window: InForceWindow = ALWAYS, network: string = DEFAULT): Promise<Subgraph> {
      return database.read(async (tx) => {
        const result = await tx.run(queries.render('graph/find-best-connected', { types: types(filter.tieTypes, network) }), {
          network,
          kinds: filter.kinds.length ? filter.kinds : null,
          attributes: filter.attributes ?? [],
          anyType: filter.tieTypes.length === 0,
          limit: boundedLimit(limit + 1),
          ...windowParams(window),
        });
        const ids = result.records.map((r) => r.get('id') as string);
        return subgraphOf(tx, ids.slice(0, limit), filter.tieTypes, ids.length > limit, window, network);
      });
    },

    /** Exactly these organisations (those in force in `window`) and the ties among them; `missing`: unknown ids. */
    async subgraphByIds(ids: string[], filter: TieFilter, window: InForceWindow = ALWAYS, network: string = DEFAULT): Promise<{ missing: string[]; subgraph: Subgraph }> {
      return database.read(async (tx) => {
        const subgraph = await subgraphOf(tx, ids, filter.tieTypes, false, window, network);
        const found = new Set(subgraph.nodes.map((node) => node.id));
        const missing = ids.filter((id) => !found.has(id));
        const inWindow = (node: Organisation) => inForceDuring(node, window);
        const attributes = filter.attributes ?? [];
        if (filter.kinds.length === 0 && attributes.length === 0 && subgraph.nodes.every(inWindow)) return { missing, subgraph };
        const kept = new Set(subgraph.nodes.filter((node) => (filter.kinds.length === 0 || filter.kinds.includes(node.kind)) && matchesAttributes(node, attributes) && inWindow(node)).map((node) => node.id));
        return {
          missing,
          subgraph: {
            nodes: subgraph.nodes.filter((node) => kept.has(node.id)),
            links: subgraph.links.filter((link) => kept.has(link.source) && kept.has(link.target)),
            truncated: false,
          },
        };
      });
    },

    /**
     * Paths over the ties and organisations in force in `window`, read in the tense of `day`; `missing` names the
     * ids that do not exist (found in the same statement: one transaction per request).
     */
    async findPaths(query: PathQuery, window: InForceWindow, day: string, network: string = DEFAULT): Promise<{ missing: ('from' | 'to')[]; paths: Path[] }> {
      const slots = { types: types(query.tieTypes, network), maxHops: boundedInteger(query.maxHops, 1, 8) };
      const statement =
        query.mode === 'k-shortest'
          ? queries.render('paths/find-k-shortest-paths', { ...slots, k: boundedInteger(query.k, 1, 10) })
          : queries.render('paths/find-shortest-paths', {
              ...slots,
              selector: shortestSelector(query.mode === 'shortest' ? 'one' : 'all'),
            });
      return database.readAutoCommit(async (tx) => {
        const result = await tx.run(statement, { network, from: query.from, to: query.to, avoid: query.avoid, maxHubDegree: neo4j.int(hubDegrees.path), ...windowParams(window) });
        const first = result.records[0];
        const missing = (['from', 'to'] as const).filter((end) => first?.get(`${end}Found`) !== true);
        const rows = result.records.filter((r) => r.get('nodes') !== null).map((r) => ({ nodes: r.get('nodes') as Row[], links: r.get('links') as Row[] }));
        const byId = await sources(tx, rows.flatMap((row) => evidenceSourceIds(row.links)));
        return { missing, paths: rows.map((row) => explainPath(row.nodes.map(toOrganisation), row.links.map((link) => toTie(link, byId)), vocabularyOf(network), day)) };
      });
    },

    /** Edits to the network between two ISO instants (since included, until excluded), newest first. */
    async editsBetween(since: string, until: string, limit: number): Promise<Change[]> {
      return database.read(async (tx) => {
        const result = await tx.run(queries.get('history/list-changes-between'), { since, until, limit: boundedLimit(limit) });
        return result.records.map((r) => toChange(r.get('change') as Row));
      });
    },

    /** Paths over the ties in force today (none when an id does not exist). */
    async paths(query: PathQuery): Promise<Path[]> {
      const day = today();
      return (await this.findPaths(query, onDay(day), day)).paths;
    },
  };
}

/** The contract's rule over a window, for filtering in code what a statement could not (organisations by id). */
function inForceDuring(dated: Dated, window: InForceWindow): boolean {
  return (window.to === null || stateOn(dated, window.to) !== 'future') && (window.from === null || stateOn(dated, window.from) !== 'ended');
}

function boundedLimit(limit: number) {
  // neo4j-driver sends JS numbers as floats; LIMIT needs an integer.
  return neo4j.int(Math.max(0, Math.floor(limit)));
}

export type GraphRepository = ReturnType<typeof createGraphRepository>;
