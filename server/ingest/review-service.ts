// Ingest and the review queue: a document goes in, what it seems to state comes out as proposals stored for review,
// and a curator accepts (the tie is created with that exact sentence as evidence), rejects (remembered: the same
// sentence is not proposed again) or merges a proposed organisation into a known one. Each call is one transaction;
// every decision is in the history.
import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { badRequest, HttpError, notFound } from '../errors.ts';
import type { CurationRepository } from '../writes/curation-repository.ts';
import type { CurationStore } from '../writes/curation-store.ts';
import type { ChangeInput } from '../writes/history.ts';
import type { SourceRepository, NewSource } from '../sources/source-repository.ts';
import type { Source } from '../schemas/sources.ts';
import type { AcceptItem, Proposal } from '../schemas/proposals.ts';
import { normaliseForQuote } from '../sources/source-text.ts';
import { findMentions, PROPOSED_PREFIX, proposeFromDocument, type CuePhrase, type KnownOrganisation } from './document-proposals.ts';

type Row = Record<string, unknown>;

const conflict = (message: string) => new HttpError(409, message);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toProposal(row: Row): Proposal {
  return {
    id: String(row.id),
    kind: row.kind === 'organisation' ? 'organisation' : 'tie',
    status: (text(row.status) ?? 'open') as Proposal['status'],
    sourceId: String(row.sourceId),
    sentence: String(row.sentence),
    start: Number(row.start),
    end: Number(row.end),
    confidence: Number(row.confidence),
    name: text(row.name),
    suggestedKind: text(row.suggestedKind),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    orgKey: text(row.orgKey),
    from: text(row.from),
    to: text(row.to),
    type: text(row.type),
    cue: text(row.cue),
    resultId: text(row.resultId),
    decidedAt: text(row.decidedAt),
    decidedBy: text(row.decidedBy),
  };
}

/** What the memory of decisions is keyed by: the same organisation name, or the same tie stated by the same sentence. */
const proposalKey = (proposal: Pick<Proposal, 'kind' | 'orgKey' | 'from' | 'to' | 'type' | 'sentence'>): string =>
  proposal.kind === 'organisation' ? `organisation|${proposal.orgKey}` : `tie|${proposal.from}|${proposal.type}|${proposal.to}|${normaliseForQuote(proposal.sentence)}`;

function decisionChange(proposal: Proposal, status: Proposal['status'], resultId: string | null, organisationId: string | null): ChangeInput {
  return {
    action: 'update', entity: 'proposal', entityId: proposal.id, fields: ['status'],
    before: { status: proposal.status, kind: proposal.kind, sentence: proposal.sentence, sourceId: proposal.sourceId },
    after: { status, resultId, kind: proposal.kind, sentence: proposal.sentence, sourceId: proposal.sourceId },
    organisationId, otherOrganisationId: null,
  };
}

export function createReviewService(database: Database, queries: QueryStore, store: CurationStore, curation: CurationRepository, sources: SourceRepository, cues: () => readonly CuePhrase[]) {
  async function knownOrganisations(tx: ManagedTransaction): Promise<KnownOrganisation[]> {
    const result = await tx.run(queries.get('proposals/list-organisation-names'));
    return result.records.map((record) => {
      const row = record.get('organisation') as Row;
      return { id: String(row.id), name: String(row.name ?? row.id), shortName: text(row.shortName), aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [] };
    });
  }

  /**
   * Every key a draft may have been proposed under: an end that is a known organisation now may have been a
   * proposed name (new:<slug>) when the same sentence was read before.
   */
  async function keysWithProposedNames(tx: ManagedTransaction, drafts: readonly Proposal[]): Promise<(draft: Proposal) => string[]> {
    const ids = [...new Set(drafts.flatMap((draft) => [draft.from, draft.to]).filter((end): end is string => end !== null && !end.startsWith(PROPOSED_PREFIX)))];
    const result = await tx.run(queries.get('proposals/find-proposed-names'), { ids });
    const names = new Map<string, string[]>();
    for (const record of result.records) names.set(record.get('id') as string, [...(names.get(record.get('id') as string) ?? []), record.get('orgKey') as string]);
    const variants = (end: string | null) => (end === null ? [null] : [end, ...(names.get(end) ?? [])]);
    return (draft) => draft.kind === 'organisation'
      ? [proposalKey(draft)]
      : variants(draft.from).flatMap((from) => variants(draft.to).map((to) => proposalKey({ ...draft, from, to })));
  }

  /** Reads the document and stores what is new: anything proposed, accepted or rejected before is left out. */
  async function propose(tx: ManagedTransaction, source: Pick<Source, 'id' | 'text' | 'publisherId' | 'publisher'>): Promise<Proposal[]> {
    const found = proposeFromDocument({ text: source.text ?? '', publisherId: source.publisherId, publisher: source.publisher, organisations: await knownOrganisations(tx), cues: cues() });
    const createdAt = new Date().toISOString();
    const base = { status: 'open' as const, sourceId: source.id, resultId: null, decidedAt: null, decidedBy: null };
    const drafts: Proposal[] = [
      ...found.organisations.map((organisation) => ({
        ...base, id: randomUUID(), kind: 'organisation' as const, sentence: organisation.sentence.text, start: organisation.sentence.start, end: organisation.sentence.end,
        confidence: organisation.confidence, name: organisation.name, suggestedKind: organisation.kind, aliases: organisation.aliases, orgKey: organisation.key,
        from: null, to: null, type: null, cue: null,
      })),
      ...found.ties.map((tie) => ({
        ...base, id: randomUUID(), kind: 'tie' as const, sentence: tie.sentence.text, start: tie.sentence.start, end: tie.sentence.end,
        confidence: tie.confidence, name: null, suggestedKind: null, aliases: [], orgKey: null, from: tie.from, to: tie.to, type: tie.type, cue: tie.cue,
      })),
    ];
    const keys = drafts.map(await keysWithProposedNames(tx, drafts));
    const taken = new Set((await tx.run(queries.get('proposals/find-proposal-keys'), { keys: keys.flat() })).records[0]?.get('keys') as string[]);
    const fresh = drafts.filter((_, index) => !keys[index]!.some((key) => taken.has(key)));
    const rows = fresh.map((proposal) => ({ ...proposal, key: proposalKey(proposal), createdAt, start: neo4j.int(proposal.start), end: neo4j.int(proposal.end) }));
    if (rows.length) await tx.run(queries.get('proposals/create-proposals'), { proposals: rows });
    return fresh;
  }

  async function lockOpen(tx: ManagedTransaction, ids: readonly string[], field: (index: number) => string): Promise<Proposal[]> {
    const result = await tx.run(queries.get('proposals/lock-proposals'), { ids: [...new Set(ids)] });
    const byId = new Map(result.records.map((record) => {
      const proposal = toProposal(record.get('proposal') as Row);
      return [proposal.id, proposal] as const;
    }));
    return ids.map((id, index) => {
      const proposal = byId.get(id);
      if (!proposal) throw notFound(`${field(index)}: no proposal with id "${id}"`);
      if (proposal.status !== 'open') throw conflict(`${field(index)}: proposal "${id}" is already ${proposal.status}`);
      return proposal;
    });
  }

  async function decide(tx: ManagedTransaction, decided: { proposal: Proposal; status: Proposal['status']; resultId: string | null; organisationId: string | null }[], actor: string): Promise<Proposal[]> {
    const decidedAt = new Date().toISOString();
    await tx.run(queries.get('proposals/decide-proposals'), { decisions: decided.map(({ proposal, status, resultId }) => ({ id: proposal.id, status, resultId, decidedAt, decidedBy: actor })) });
    await store.recordChanges(tx, decided.map(({ proposal, status, resultId, organisationId }) => decisionChange(proposal, status, resultId, organisationId)), { actor });
    return decided.map(({ proposal, status, resultId }) => ({ ...proposal, status, resultId, decidedAt, decidedBy: actor }));
  }

  /** The organisation a tie proposal's end stands for: a known id, or what its organisation proposal became. */
  async function resolveEnd(tx: ManagedTransaction, end: string, acceptedNow: ReadonlyMap<string, string>, field: string): Promise<string> {
    if (!end.startsWith(PROPOSED_PREFIX)) return end;
    const now = acceptedNow.get(end);
    if (now) return now;
    const result = await tx.run(queries.get('proposals/find-organisation-proposals'), { orgKeys: [end] });
    const proposal = result.records.map((record) => toProposal(record.get('proposal') as Row))[0];
    if (proposal?.resultId) return proposal.resultId;
    throw conflict(`${field}: accept or merge the proposed organisation "${proposal?.name ?? end}"${proposal ? ` (proposal ${proposal.id})` : ''} first`);
  }

  return {
    ingest: (input: NewSource, actor: string): Promise<{ source: Source; proposals: Proposal[] }> => database.write(async (tx) => {
      const source = await sources.create(tx, input, actor);
      return { source, proposals: await propose(tx, source) };
    }),

    reingest: (id: string): Promise<{ source: Source; proposals: Proposal[] }> => database.write(async (tx) => {
      const source = await sources.read(tx, id);
      if (source.text === null) throw badRequest(`Source "${id}" has no stored text to read`);
      return { source, proposals: await propose(tx, source) };
    }),

    /** The known organisations a stored document names, where (offsets into its text). */
    mentions: (id: string): Promise<{ id: string; start: number; end: number }[]> => database.read(async (tx) => {
      const source = await sources.read(tx, id);
      return source.text === null ? [] : findMentions(source.text, await knownOrganisations(tx));
    }),

    async list(status: Proposal['status'] | undefined, sourceId: string | undefined, limit: number): Promise<Proposal[]> {
      return database.read(async (tx) => {
        const result = await tx.run(queries.get('proposals/list-proposals'), { status: status ?? null, sourceId: sourceId ?? null, limit: neo4j.int(limit) });
        return result.records.map((record) => toProposal(record.get('proposal') as Row));
      });
    },

    /** Organisations first, so ties in the same request can use them; all or nothing. */
    accept: (items: readonly AcceptItem[], actor: string): Promise<Proposal[]> => database.write(async (tx) => {
      const proposals = await lockOpen(tx, items.map((item) => item.id), (index) => `items[${index}].id`);
      const order = items.map((item, index) => ({ item, index, proposal: proposals[index]! })).sort((a, b) => Number(a.proposal.kind === 'tie') - Number(b.proposal.kind === 'tie'));
      const acceptedNow = new Map<string, string>();
      const decided: Parameters<typeof decide>[1] = [];
      for (const { item, index, proposal } of order) {
        if (proposal.kind === 'organisation') {
          const organisation = await curation.createOrganisationIn(tx, { name: item.name ?? proposal.name!, kind: item.kind ?? proposal.suggestedKind!, aliases: proposal.aliases }, actor);
          acceptedNow.set(proposal.orgKey!, organisation.id);
          decided.push({ proposal, status: 'accepted', resultId: organisation.id, organisationId: organisation.id });
          continue;
        }
        const from = await resolveEnd(tx, proposal.from!, acceptedNow, `items[${index}]`);
        const to = await resolveEnd(tx, proposal.to!, acceptedNow, `items[${index}]`);
        const [source, target] = item.reverse ? [to, from] : [from, to];
        const tie = await curation.createTieIn(tx, {
          type: item.type ?? proposal.type!, source, target, since: item.since ?? null, until: item.until ?? null,
          description: item.description ?? null, evidence: [{ source: proposal.sourceId, quote: proposal.sentence }],
        }, actor);
        decided.push({ proposal, status: 'accepted', resultId: tie.id, organisationId: source });
      }
      return decide(tx, decided, actor);
    }),

    reject: (ids: readonly string[], actor: string): Promise<Proposal[]> => database.write(async (tx) => {
      const proposals = await lockOpen(tx, ids, (index) => `ids[${index}]`);
      const known = (end: string | null) => (end && !end.startsWith(PROPOSED_PREFIX) ? end : null);
      return decide(tx, proposals.map((proposal) => ({ proposal, status: 'rejected', resultId: null, organisationId: known(proposal.from) ?? known(proposal.to) })), actor);
    }),

    /** A proposed organisation is a known one after all: its name (and acronym) become that one's aliases. */
    merge: (id: string, into: string, actor: string): Promise<Proposal[]> => database.write(async (tx) => {
      const [proposal] = await lockOpen(tx, [id], () => 'id');
      if (proposal!.kind !== 'organisation') throw badRequest(`id: proposal "${id}" is a tie; only a proposed organisation can be merged`);
      const [organisation] = [...(await store.readOrganisations(tx, [into], true)).values()];
      if (!organisation) throw notFound(`into: no organisation with id "${into}"`);
      const aliases = [...new Set([...organisation.aliases, proposal!.name!, ...proposal!.aliases])].filter((alias) => alias !== organisation.name && alias !== organisation.shortName);
      await curation.updateOrganisationIn(tx, into, { aliases }, actor);
      return decide(tx, [{ proposal: proposal!, status: 'merged', resultId: into, organisationId: into }], actor);
    }),
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
