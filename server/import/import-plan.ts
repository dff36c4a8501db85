// Decides, row by row, what an import would do against the database as it was just read:
// create, update, leave unchanged or reject with reasons. Pure, so every rule is unit-tested without Neo4j.
import type { SourceDocument } from '../graph/mapper.ts';
import type { Vocabulary } from '../graph/vocabulary.ts';
import type { Kind, TieType } from '../schemas/graph.ts';
import { planVocabulary } from './import-vocabulary.ts';
import type { ImportReport, OrganisationValues } from '../schemas/curation.ts';
import { addSources, createSourceIndex, resolveEvidence } from '../writes/evidence.ts';
import type { ImportSet } from './import-rows.ts';
import { idProblem, organisationProblems, tieProblems } from '../writes/record-checks.ts';
import type { FieldError } from '../contract/field-errors.ts';
import { forbiddenCharacterProblems } from '../contract/text-characters.ts';
import { slugify, uniqueSlug } from '../writes/slug.ts';
import { tieId, tieIdParts } from '../writes/tie-id.ts';
import type { AttributeDeclaration } from '../contract/attributes.ts';
import { NO_DECLARATIONS, type DeclaredAttributes } from '../writes/attribute-checks.ts';
import { createImportAttributes, type RefusedAttribute } from './import-attributes.ts';
import { changedOrganisationFields, changedTieFields, type StoredOrganisation, type StoredTie } from '../writes/stored-records.ts';

/** Report rows give reasons as text: the field is in the words. */
const texts = (problems: readonly FieldError[]) => problems.map((problem) => problem.message);

export interface ExistingState {
  /** Every organisation the import names (its rows' ids and its ties' ends) that exists. */
  organisations: ReadonlyMap<string, StoredOrganisation>;
  /** Ids a generated slug must avoid. */
  takenIds: { has(id: string): boolean };
  /** Existing ties with the ids the import uses. */
  tiesById: ReadonlyMap<string, StoredTie>;
  /** Existing ties between the pairs of organisations the import ties. */
  tiesBetween: readonly StoredTie[];
  sources: readonly SourceDocument[];
  /** The stored texts of the sources the import's evidence cites. */
  sourceTexts: ReadonlyMap<string, string>;
  /** The extra attributes declared so far (an empty database has none). */
  declared?: DeclaredAttributes;
  /** Organisations the import names that exist in another network than the one it imports into, with that network. */
  otherNetworks: ReadonlyMap<string, string>;
}

/** Ids are unique across networks, and a tie joins two organisations of one network. */
const otherNetworkReason = (id: string, network: string, field?: string) =>
  `organisation "${id}"${field ? ` (${field})` : ''} belongs to the network "${network}", not the one this import writes to (ids are unique across networks)`;

export interface Update<T> {
  before: T;
  after: T;
  fields: string[];
}

export interface ImportPlan {
  valid: boolean;
  rows: ImportReport['rows'];
  summary: ImportReport['summary'];
  sources: SourceDocument[];
  createOrganisations: StoredOrganisation[];
  updateOrganisations: Update<StoredOrganisation>[];
  createTies: StoredTie[];
  updateTies: Update<StoredTie>[];
  /** Extra attributes the import declares (written with its first batch). */
  declarations: AttributeDeclaration[];
  refusedAttributes: RefusedAttribute[];
  /** Kinds and tie types the file's vocabulary section adds to the network. */
  createKinds: Kind[];
  createTieTypes: TieType[];
}

type Row = ImportReport['rows'][number];
const counts = () => ({ create: 0, update: 0, unchanged: 0, reject: 0 });
const tripleKey = (tie: { source: unknown; type: unknown; target: unknown }) => `${String(tie.source)}\u0000${String(tie.type)}\u0000${String(tie.target)}`;
const isText = (value: unknown): value is string => typeof value === 'string';

export function planImport(set: ImportSet, existing: ExistingState, networkVocabulary: Vocabulary): ImportPlan {
  // The file's new kinds and tie types count for its own rows: a dry run lists them instead of rejecting the rows.
  const { vocabulary, kinds, tieTypes, rows: vocabularyRows, summary: vocabularySummary } = planVocabulary(set.vocabulary, networkVocabulary);
  // A symmetric type reads the same both ways, so its ties are the same tie whichever end is the source.
  const tieKey = (tie: { source: unknown; type: unknown; target: unknown }) =>
    (isText(tie.type) && vocabulary.tieType(tie.type).symmetric && String(tie.source) > String(tie.target)
      ? tripleKey({ source: tie.target, type: tie.type, target: tie.source })
      : tripleKey(tie));
  const plan: ImportPlan = {
    valid: true,
    rows: [...set.fileProblems.map(({ ref, reason }) => ({ entity: 'file' as const, ref, id: null, action: 'reject' as const, reasons: [reason] })), ...vocabularyRows],
    summary: { organisations: counts(), ties: counts(), sources: { create: 0 }, ...(vocabularySummary ? { vocabulary: vocabularySummary } : {}) },
    sources: [],
    createOrganisations: [],
    updateOrganisations: [],
    createTies: [],
    updateTies: [],
    declarations: [],
    refusedAttributes: [],
    createKinds: kinds,
    createTieTypes: tieTypes,
  };
  const extraAttributes = createImportAttributes(existing.declared ?? NO_DECLARATIONS, set.attributeTypes);
  const report = (row: Row, counter: ReturnType<typeof counts>) => {
    counter[row.action]++;
    plan.rows.push(row);
  };

  // Organisations. Explicit ids first, so a slug made for a row without id never takes one the file uses.
  const explicitIds = new Set(set.organisations.map((row) => row.id).filter(isText));
  const made = new Set<string>();
  const fileOrganisations = new Map<string, { ref: string; accepted: boolean }>();
  for (const row of set.organisations) {
    // A malformed row's fields are not where they belong: its parse problem is the one worth reporting.
    const extra = extraAttributes.read('organisation', row.attributes);
    const reasons = row.problems.length ? [...row.problems] : [...texts([...forbiddenCharacterProblems({ id: row.id, ...row.values, attributes: row.attributes }), ...organisationProblems(row.values, vocabulary)]), ...extra.problems];
    let id: string | null = null;
    if (row.id !== null) {
      const bad = idProblem(row.id);
      if (bad) reasons.push(bad.message);
      else id = row.id as string;
    } else if (isText(row.values.name)) {
      id = uniqueSlug(slugify(row.values.name), { has: (candidate) => existing.takenIds.has(candidate) || explicitIds.has(candidate) || made.has(candidate) });
      made.add(id);
    }
    const elsewhere = id === null ? undefined : existing.otherNetworks.get(id);
    if (elsewhere) reasons.push(otherNetworkReason(id!, elsewhere));
    const first = id === null ? undefined : fileOrganisations.get(id);
    if (first) reasons.push(`duplicate id "${id}" (first at ${first.ref})`);
    else if (id !== null) fileOrganisations.set(id, { ref: row.ref, accepted: reasons.length === 0 });
    if (reasons.length || id === null) {
      report({ entity: 'organisation', ref: row.ref, id, action: 'reject', reasons }, plan.summary.organisations);
      continue;
    }
    const values = { ...(row.values as OrganisationValues), attributes: extra.attributes };
    const before = existing.organisations.get(id);
    if (!before) {
      plan.createOrganisations.push({ ...values, id, version: 1 });
      report({ entity: 'organisation', ref: row.ref, id, action: 'create', reasons: [] }, plan.summary.organisations);
      continue;
    }
    const fields = changedOrganisationFields(before, values);
    if (fields.length === 0) {
      plan.summary.organisations.unchanged++;
      continue;
    }
    plan.updateOrganisations.push({ before, after: { ...values, id, version: before.version + 1 }, fields });
    report({ entity: 'organisation', ref: row.ref, id, action: 'update', fields, reasons: [] }, plan.summary.organisations);
  }

  // Ties.
  const sourceIndex = createSourceIndex(existing.sources, existing.sourceTexts);
  const tiesBetween = new Map(existing.tiesBetween.map((tie) => [tieKey(tie), tie]));
  const seenIds = new Map<string, string>();
  const seenTriples = new Map<string, string>();
  for (const row of set.ties) {
    const values = { type: row.type, source: row.source, target: row.target, since: row.since, until: row.until, description: row.description };
    const extra = extraAttributes.read('tie', row.attributes);
    const reasons = row.problems.length ? [...row.problems] : [...texts([...forbiddenCharacterProblems({ id: row.id, ...values, evidence: row.evidence, attributes: row.attributes }), ...tieProblems(values, vocabulary)]), ...extra.problems];
    for (const field of ['source', 'target'] as const) {
      const end = values[field];
      if (!isText(end)) continue;
      const inFile = fileOrganisations.get(end);
      const elsewhere = existing.otherNetworks.get(end);
      if (elsewhere && !inFile) reasons.push(otherNetworkReason(end, elsewhere, field));
      else if (inFile && !inFile.accepted) reasons.push(`${field} organisation "${end}" is rejected (${inFile.ref})`);
      else if (!inFile && !existing.organisations.has(end)) reasons.push(`unknown organisation "${end}" (${field})`);
    }
    let id: string | null = null;
    if (row.id !== null) {
      const bad = idProblem(row.id);
      if (bad) reasons.push(bad.message);
      else id = row.id as string;
      const parts = id === null ? null : tieIdParts(id, vocabulary);
      if (parts && (parts.source !== values.source || parts.type !== values.type || parts.target !== values.target)) {
        reasons.push(`id "${id}" reads as a tie from "${parts.source}" to "${parts.target}" of type ${parts.type}, which this row is not; leave the id empty to get the right one`);
      }
    } else if (isText(values.type) && isText(values.source) && isText(values.target)) {
      id = tieId({ type: values.type, source: values.source, target: values.target });
    }
    const evidence = resolveEvidence(row.evidence, sourceIndex, true);
    reasons.push(...texts(evidence.problems));

    // A second row for the same tie (same id, or same ends and type) is a duplicate; the first row stands.
    const key = tieKey(values);
    const firstWithId = id === null ? undefined : seenIds.get(id);
    if (firstWithId) reasons.push(`duplicate id "${id}" (first at ${firstWithId})`);
    else if (id !== null) seenIds.set(id, row.ref);
    const firstWithTriple = seenTriples.get(key);
    if (firstWithTriple && !firstWithId) {
      reasons.push(`duplicate of ${firstWithTriple}: at most one ${String(values.type)} tie from "${String(values.source)}" to "${String(values.target)}"`);
    } else if (!firstWithTriple) seenTriples.set(key, row.ref);

    const before = id === null ? undefined : existing.tiesById.get(id);
    if (before && tripleKey(before) !== tripleKey(values)) {
      reasons.push(`id "${id}" already names the tie ${before.source} ${before.type} ${before.target}; ties cannot change ends or type (delete and create instead)`);
    }
    const twin = tiesBetween.get(key);
    if (twin && twin.id !== id) {
      reasons.push(`duplicate: the tie "${twin.id}" already links "${twin.source}" to "${twin.target}" with ${twin.type}; use its id to change it`);
    }
    if (reasons.length || id === null) {
      report({ entity: 'tie', ref: row.ref, id, action: 'reject', reasons }, plan.summary.ties);
      continue;
    }
    const tie: StoredTie = {
      id,
      type: values.type as string,
      source: values.source as string,
      target: values.target as string,
      since: values.since as string | null,
      until: values.until as string | null,
      description: values.description as string | null,
      evidenceSources: evidence.sourceIds,
      evidenceQuotes: evidence.quotes,
      attributes: extra.attributes,
    };
    addSources(sourceIndex, evidence.newSources);
    plan.sources.push(...evidence.newSources);
    if (!before) {
      plan.createTies.push(tie);
      report({ entity: 'tie', ref: row.ref, id, action: 'create', reasons: [] }, plan.summary.ties);
      continue;
    }
    const fields = changedTieFields(before, tie);
    if (fields.length === 0) {
      plan.summary.ties.unchanged++;
      continue;
    }
    plan.updateTies.push({ before, after: tie, fields });
    report({ entity: 'tie', ref: row.ref, id, action: 'update', fields, reasons: [] }, plan.summary.ties);
  }
  plan.summary.sources.create = plan.sources.length;
  plan.declarations = extraAttributes.added();
  plan.refusedAttributes = extraAttributes.refused();
  plan.valid = plan.rows.every((row) => row.action !== 'reject');
  return plan;
}
