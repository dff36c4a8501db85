// The write API's operations: each runs in one write transaction (all or nothing), locks what it changes before
// reading it (so concurrent writers queue instead of overwriting each other), and records history as it writes.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../neo4j-connection.ts';
import { badRequest, HttpError, invalidFields, notFound } from '../errors.ts';
import { toOrganisation, toTie } from '../graph/mapper.ts';
import type { Vocabularies, Vocabulary } from '../graph/vocabulary.ts';
import type { Change, EvidenceInput, OrganisationCreate, OrganisationPatch, OrganisationValues, TieCreate, TieEnd, TiePatch } from '../schemas/curation.ts';
import type { Organisation, Tie } from '../schemas/graph.ts';
import type { CurationStore } from './curation-store.ts';
import { addSources, citedSourceIds, createSourceIndex, evidenceRow, isFieldError, resolveEvidence, type ResolvedEvidence } from './evidence.ts';
import { organisationChange, sourceChange, tieChange, toChange, type ChangeInput } from './history.ts';
import type { EvidenceRow } from '../import/import-rows.ts';
import { organisationProblems, tieProblems } from './record-checks.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { tieId } from './tie-id.ts';
import { changedOrganisationFields, changedTieFields, type StoredOrganisation, type StoredTie } from './stored-records.ts';
import { optionalTextFields } from '../contract/fields.ts';
import type { AttributeScope, Attributes } from '../contract/attributes.ts';
import { checkAttributes } from './attribute-checks.ts';
import { DEFAULT_NETWORK } from '../contract/networks.ts';

export type VersionedOrganisation = Organisation & { version: number };

const conflict = (message: string) => new HttpError(409, message);
// Each round of same-name creations commits at least one of them, so n at once need up to n attempts.
const CREATE_ATTEMPTS = 50;
/** What a new organisation holds in the fields its body leaves out. */
const NO_OPTIONAL_VALUES = optionalTextFields(() => null);

function organisationResponse(organisation: StoredOrganisation, degree: number): VersionedOrganisation {
  return { ...toOrganisation({ ...organisation, degree }), version: organisation.version };
}

/** API evidence items as rows, or a 400 naming the first bad item. */
function evidenceRows(items: readonly EvidenceInput[] | undefined, field: string): EvidenceRow[] {
  return (items ?? []).map((item, index) => {
    const row = evidenceRow(item, index, field);
    if (isFieldError(row)) throw invalidFields([row]);
    return row;
  });
}

/** Evidence rows under the field name they came in. */
type EvidenceList = [field: string, rows: EvidenceRow[]];

const today = () => new Date().toISOString().slice(0, 10);
const isConstraintViolation = (error: unknown) => (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** `vocabularies`: each network's (the app's), or one vocabulary for every network (scripts). */
export function createCurationRepository(database: Database, store: CurationStore, vocabularies: Vocabularies | Vocabulary) {
  const vocabularyOf = (network: string | undefined): Vocabulary =>
    ('of' in vocabularies ? vocabularies.of(network ?? DEFAULT_NETWORK.id) : vocabularies);
  /** The vocabulary of the network an organisation is in (the default one for an unknown id, which fails later). */
  const vocabularyOfOrganisation = async (tx: ManagedTransaction, id: string) => vocabularyOf((await store.networksOf(tx, [id])).get(id));

  /** Every write is one write transaction. */
  const write = <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => database.write(work);

  async function lockOrganisation(tx: ManagedTransaction, id: string, field?: string) {
    const organisation = (await store.readOrganisations(tx, [id], true)).get(id);
    if (!organisation) throw notFound(`No organisation with id "${id}"${field ? ` (${field})` : ''}`);
    return organisation;
  }

  async function lockTie(tx: ManagedTransaction, id: string): Promise<StoredTie> {
    const tie = (await store.readTies(tx, [id], true)).get(id);
    if (!tie) throw notFound(`No tie with id "${id}"`);
    return tie;
  }

  /**
   * `changes` applied to `base` and checked against the types `network` declared (400 naming `attributes.<name>`);
   * new names are declared there. `network`: the network's id, or an organisation of it (whose network is looked up).
   */
  async function attributesFor(tx: ManagedTransaction, scope: AttributeScope, changes: Readonly<Record<string, unknown>> | undefined, base: Attributes, network: { id: string } | { of: string }): Promise<Attributes> {
    if (!changes || Object.keys(changes).length === 0) return base;
    const id = 'id' in network ? network.id : (await store.networksOf(tx, [network.of])).get(network.of) ?? DEFAULT_NETWORK.id;
    const checked = checkAttributes(scope, changes, base, await store.attributeDeclarations(tx, id));
    if (checked.problems.length) throw invalidFields(checked.problems);
    await store.declareAttributes(tx, id, checked.declarations);
    return checked.attributes;
  }

  /** Resolves evidence against the sources, writes the tie and any new web-page sources, records history. */
  async function saveTie(tx: ManagedTransaction, action: ChangeInput['action'], before: StoredTie | null, draft: StoredTie, evidenceLists: EvidenceList[], actor: string): Promise<Tie> {
    const problems = tieProblems(draft, await vocabularyOfOrganisation(tx, draft.source));
    if (problems.length) throw invalidFields(problems);
    const newEvidence = evidenceLists.flatMap(([, rows]) => rows);
    const index = createSourceIndex(await store.sources(tx), await store.sourceTexts(tx, citedSourceIds(newEvidence)));
    const resolved: Omit<ResolvedEvidence, 'problems'> = { sourceIds: [], quotes: [], newSources: [] };
    // Each list is checked under its own field name (evidence, addEvidence), so a 400 names the item as it was sent.
    for (const [field, rows] of evidenceLists.filter(([, rows]) => rows.length)) {
      const list = resolveEvidence(rows, index, false, field);
      if (list.problems.length) throw invalidFields(list.problems);
      addSources(index, list.newSources);
      resolved.sourceIds.push(...list.sourceIds);
      resolved.quotes.push(...list.quotes);
      resolved.newSources.push(...list.newSources);
    }
    const tie: StoredTie = {
      ...draft,
      evidenceSources: [...draft.evidenceSources, ...resolved.sourceIds],
      evidenceQuotes: [...draft.evidenceQuotes, ...resolved.quotes],
    };
    if (tie.evidenceQuotes.length === 0) throw invalidFields([{ field: 'evidence', message: 'evidence: a tie needs at least one { source, quote } or { url, note }' }]);
    const fields = before ? changedTieFields(before, tie) : [];
    if (!before || fields.length) {
      await store.saveSources(tx, resolved.newSources);
      await store.saveTies(tx, [tie]);
      await store.recordChanges(tx, [...resolved.newSources.map((source) => sourceChange('create', null, source, [])), tieChange(action, before, tie, fields)], { actor });
    }
    const sources = new Map([...index.byId, ...resolved.newSources.map((source) => [source.id, source] as const)]);
    return toTie({ ...tie }, sources);
  }

  /** Creates an organisation of `network` inside the caller's transaction (its id: a free slug of the name, unique across networks). */
  async function createOrganisationIn(tx: ManagedTransaction, input: OrganisationCreate, actor: string, network: string = DEFAULT_NETWORK.id): Promise<VersionedOrganisation> {
    const { attributes: changes, ...fields } = input;
    const values = { ...NO_OPTIONAL_VALUES, aliases: [], ...fields };
    const problems = organisationProblems(values, vocabularyOf(network));
    if (problems.length) throw invalidFields(problems);
    const attributes = await attributesFor(tx, 'organisation', changes, {}, { id: network });
    const base = slugify(values.name);
    const id = uniqueSlug(base, await store.takenIds(tx, [base]));
    const organisation: StoredOrganisation = { ...values, id, version: 1, attributes };
    await store.createOrganisations(tx, [organisation], network);
    await store.recordChanges(tx, [organisationChange('create', null, organisation, [])], { actor });
    return organisationResponse(organisation, 0);
  }

  /** Changes fields of an organisation inside the caller's transaction (locked, with history). */
  async function updateOrganisationIn(tx: ManagedTransaction, id: string, changes: Partial<OrganisationValues> & Pick<OrganisationPatch, 'attributes'>, actor: string): Promise<VersionedOrganisation> {
    const { degree, ...before } = await lockOrganisation(tx, id);
    const { attributes: attributeChanges, ...fieldChanges } = changes;
    const values = { ...before, ...fieldChanges };
    const problems = organisationProblems(values, await vocabularyOfOrganisation(tx, id));
    if (problems.length) throw invalidFields(problems);
    values.attributes = await attributesFor(tx, 'organisation', attributeChanges, before.attributes, { of: id });
    const fields = changedOrganisationFields(before, values);
    if (fields.length === 0) return organisationResponse(before, degree);
    const after: StoredOrganisation = { ...values, version: before.version + 1 };
    await store.updateOrganisations(tx, [after]);
    await store.recordChanges(tx, [organisationChange('update', before, after, fields)], { actor });
    return organisationResponse(after, degree);
  }

  /** Creates a tie inside the caller's transaction: both ends locked, 409 when that tie exists. */
  async function createTieIn(tx: ManagedTransaction, input: TieCreate, actor: string): Promise<Tie> {
    const draft: StoredTie = {
      id: tieId(input),
      type: input.type,
      source: input.source,
      target: input.target,
      since: input.since ?? null,
      until: input.until ?? null,
      description: input.description ?? null,
      evidenceSources: [],
      evidenceQuotes: [],
      attributes: {},
    };
    const networks = await store.networksOf(tx, [input.source, input.target]);
    const vocabulary = vocabularyOf(networks.get(input.source));
    const problems = tieProblems(draft, vocabulary);
    if (problems.length) throw invalidFields(problems);
    draft.attributes = await attributesFor(tx, 'tie', input.attributes, {}, { of: input.source });
    const evidence = evidenceRows(input.evidence, 'evidence');
    // Locking both ends serialises tie writes between them, so two identical creates cannot both pass the check.
    await lockOrganisation(tx, input.source, 'source');
    await lockOrganisation(tx, input.target, 'target');
    if (networks.get(input.source) !== networks.get(input.target)) {
      throw invalidFields([{ field: 'target', message: `target "${input.target}" is in the network "${networks.get(input.target)}", source "${input.source}" in "${networks.get(input.source)}": a tie joins two organisations of one network` }]);
    }
    // A symmetric type reads the same both ways: a tie the other way round already says this.
    const pairs = vocabulary.tieType(input.type).symmetric ? [input, { source: input.target, target: input.source }] : [input];
    const twin = (await store.tiesBetween(tx, pairs)).find((tie) => tie.type === input.type);
    // Ids in the usual form are kept truthful, so no other tie can hold this one's id.
    if (twin) throw conflict(`The tie "${twin.id}" already says this; add evidence to it (PATCH /api/ties/${twin.id}) instead`);
    return saveTie(tx, 'create', null, draft, [['evidence', evidence]], actor);
  }

  return {
    async createOrganisation(input: OrganisationCreate, actor: string, network: string = DEFAULT_NETWORK.id): Promise<VersionedOrganisation> {
      // Two people creating the same name at once pick the same free slug; the id constraint refuses the second
      // CREATE, and its retry sees the first one's id as taken. A short random pause spreads out the retries of
      // many at once, so they do not all pick the same next slug again.
      for (let attempt = 1; ; attempt++) {
        try {
          return await write((tx) => createOrganisationIn(tx, input, actor, network));
        } catch (error) {
          if (!isConstraintViolation(error) || attempt >= CREATE_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * Math.min(attempt, 5)));
        }
      }
    },

    createOrganisationIn,
    createTieIn,
    updateOrganisationIn,

    async updateOrganisation(id: string, patch: OrganisationPatch, actor: string): Promise<VersionedOrganisation> {
      const { version, ...changes } = patch;
      if (Object.keys(changes).length === 0) throw badRequest('Nothing to change: give at least one field besides version');
      return write(async (tx) => {
        const { version: current } = await lockOrganisation(tx, id);
        if (current !== version) {
          throw conflict(`Organisation "${id}" was changed by someone else: it is at version ${current}, your change is based on version ${version}. Reload it and apply your change again.`);
        }
        return updateOrganisationIn(tx, id, changes, actor);
      });
    },

    async deleteOrganisation(id: string, version: number | undefined, actor: string): Promise<{ id: string; ties: string[] }> {
      return write(async (tx) => {
        const { degree: _degree, ...before } = await lockOrganisation(tx, id);
        if (version !== undefined && before.version !== version) {
          throw conflict(`Organisation "${id}" was changed by someone else: it is at version ${before.version}, not ${version}. Reload it before deleting.`);
        }
        const ties = await store.tiesOf(tx, id);
        await store.deleteOrganisation(tx, id);
        await store.recordChanges(tx, [
          ...ties.map((tie) => tieChange('delete', tie, null, [])),
          organisationChange('delete', before, null, []),
        ], { actor });
        return { id, ties: ties.map((tie) => tie.id) };
      });
    },

    createTie: (input: TieCreate, actor: string): Promise<Tie> => write((tx) => createTieIn(tx, input, actor)),

    async updateTie(id: string, patch: TiePatch, actor: string): Promise<Tie> {
      const replaced = patch.evidence ? evidenceRows(patch.evidence, 'evidence') : null;
      const added = evidenceRows(patch.addEvidence, 'addEvidence');
      return write(async (tx) => {
        const before = await lockTie(tx, id);
        const draft: StoredTie = {
          ...before,
          since: patch.since === undefined ? before.since : patch.since,
          until: patch.until === undefined ? before.until : patch.until,
          description: patch.description === undefined ? before.description : patch.description,
          ...(replaced ? { evidenceSources: [], evidenceQuotes: [] } : {}),
          attributes: await attributesFor(tx, 'tie', patch.attributes, before.attributes, { of: before.source }),
        };
        return saveTie(tx, 'update', before, draft, [['evidence', replaced ?? []], ['addEvidence', added]], actor);
      });
    },

    async endTie(id: string, input: TieEnd, actor: string): Promise<Tie> {
      const added = evidenceRows(input.addEvidence, 'addEvidence');
      return write(async (tx) => {
        const before = await lockTie(tx, id);
        if (before.until) throw conflict(`The tie "${id}" already ended (until ${before.until}); PATCH it to change the date`);
        return saveTie(tx, 'end', before, { ...before, until: input.until ?? today() }, [['addEvidence', added]], actor);
      });
    },

    async deleteTie(id: string, actor: string): Promise<{ id: string }> {
      return write(async (tx) => {
        const before = await lockTie(tx, id);
        await store.deleteTie(tx, before);
        await store.recordChanges(tx, [tieChange('delete', before, null, [])], { actor });
        return { id };
      });
    },

    /** Newest first; a deleted organisation keeps its history, an id that never existed is 404. */
    async history(id: string, limit: number): Promise<Change[]> {
      return database.read(async (tx) => {
        const rows = await store.history(tx, id, limit);
        if (rows.length === 0 && (await store.organisationVersion(tx, id)) === null) throw notFound(`No organisation with id "${id}"`);
        return rows.map(toChange);
      });
    },
  };
}

export type CurationRepository = ReturnType<typeof createCurationRepository>;
