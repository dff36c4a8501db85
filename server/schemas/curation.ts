// The shapes of curation: write bodies (organisations, ties, evidence), history entries and the import report.
// The same field schemas validate API bodies (through Fastify) and imported rows (through TypeBox), so both
// accept and refuse exactly the same values.
import { Type, type Static } from 'typebox';
import { OrganisationSchema, TieSchema } from './graph.ts';
import { PARTIAL_DATE_PATTERN } from '../contract/in-force.ts';
import { ALIAS_LIMITS, HTTP_URL_MIN_LENGTH, HTTP_URL_PATTERN, ID_PATTERN, ORGANISATION_TEXT_LIMITS as LIMIT, TIE_LIMITS } from '../contract/fields.ts';

const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });
const Nullable = <T extends ReturnType<typeof Text>>(schema: T) => Type.Union([schema, Type.Null()]);

const entityId = (description?: string) => Type.String({ minLength: 1, maxLength: 200, pattern: ID_PATTERN, ...(description ? { description } : {}) });
export const EntityId = entityId();
export const HttpUrl = Type.String({ minLength: HTTP_URL_MIN_LENGTH, maxLength: LIMIT.url, pattern: HTTP_URL_PATTERN, description: 'An http(s) URL' });
/** A year, year-month or ISO date, as the seed data writes them ("2019", "2020-01", "2021-03-15"). */
export const PartialDate = Type.String({
  pattern: PARTIAL_DATE_PATTERN,
  description: 'A year, year-month or date: 2019, 2020-01 or 2021-03-15',
});

/** Extra attributes as a write gives them: name → value; in a PATCH, null removes one (server/contract/attributes.ts). */
export const AttributesInput = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String()), Type.Null()]), {
  description: 'Extra attributes by name (a lower-case slug that is no core field): text, number, true/false, partial date or list of texts; ' +
    'the first write of a name declares its type (a partial date only when declared by an import), and later values must have it. In a PATCH, null removes one.',
});

/** Every stored field of an organisation but its id and version. */
export const OrganisationFields = {
  name: Text(LIMIT.name, 'The proper name; the id is made from it once and never changes'),
  kind: Type.String({ minLength: 1, maxLength: 100, description: 'Node kind from the vocabulary (see /api/meta)' }),
  shortName: Nullable(Text(LIMIT.shortName, 'Usual acronym or short form (LTHT)')),
  aliases: Type.Array(Text(ALIAS_LIMITS.length), { maxItems: ALIAS_LIMITS.count, description: 'Other names, so search finds the organisation' }),
  sector: Nullable(Text(LIMIT.sector)),
  city: Nullable(Text(LIMIT.city)),
  country: Nullable(Text(LIMIT.country)),
  description: Nullable(Text(LIMIT.description)),
  url: Type.Union([HttpUrl, Type.Null()]),
  since: Type.Union([PartialDate, Type.Null()], { description: 'When it was founded or formed (year, month or date)' }),
  until: Type.Union([PartialDate, Type.Null()], { description: 'When it was dissolved or merged: the last year, month or day it existed' }),
};
/** A complete organisation record as stored (an imported row after parsing, or a write's result). */
export const OrganisationValuesSchema = Type.Object(OrganisationFields, { additionalProperties: false });
export type OrganisationValues = Static<typeof OrganisationValuesSchema>;

const { name: _name, kind: _kind, ...optionalFields } = Type.Partial(OrganisationValuesSchema).properties;

export const OrganisationCreateBody = Type.Object({
  name: OrganisationFields.name,
  kind: OrganisationFields.kind,
  ...optionalFields,
  attributes: Type.Optional(AttributesInput),
}, { additionalProperties: false });
export type OrganisationCreate = Static<typeof OrganisationCreateBody>;

export const OrganisationPatchBody = Type.Object({
  version: Type.Integer({ minimum: 1, description: 'The version you last read; 409 if the organisation changed since' }),
  ...Type.Partial(OrganisationValuesSchema).properties,
  attributes: Type.Optional(AttributesInput),
}, { additionalProperties: false, description: 'Only the fields to change; null clears an optional field; attributes are merged (null removes one)' });
export type OrganisationPatch = Static<typeof OrganisationPatchBody>;

export const VersionedOrganisationSchema = Type.Object({
  ...OrganisationSchema.properties,
  version: Type.Integer({ description: 'Starts at 1, +1 on every write; send it back with PATCH' }),
});

/** One evidence item as a writer gives it: a known source and its exact sentence, or a web page and a note. */
export const EvidenceInputSchema = Type.Object({
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Id of a source document (see /api/meta sources)' })),
  quote: Type.Optional(Text(TIE_LIMITS.quote, 'The exact sentence of the source that states the tie')),
  url: Type.Optional(HttpUrl),
  note: Type.Optional(Text(TIE_LIMITS.quote, 'With url: what the page says about the tie')),
  title: Type.Optional(Text(TIE_LIMITS.title, 'With url: a title for the new source (default: the URL)')),
}, { additionalProperties: false, description: '{ source, quote } or { url, note } (a URL-only source is created once and reused)' });
export type EvidenceInput = Static<typeof EvidenceInputSchema>;

const EvidenceList = Type.Array(EvidenceInputSchema, { minItems: 1, maxItems: TIE_LIMITS.evidence });

const NullableDate = Type.Union([PartialDate, Type.Null()]);
const TieDescription = Nullable(Text(TIE_LIMITS.description));

/** A tie's own fields as stored, evidence aside (an imported row after parsing). */
export const TieValuesSchema = Type.Object({
  type: Type.String({ minLength: 1, maxLength: 100, description: 'Tie type from the vocabulary, e.g. COMMISSIONS' }),
  source: EntityId,
  target: EntityId,
  since: NullableDate,
  until: NullableDate,
  description: TieDescription,
}, { additionalProperties: false });
export type TieValues = Static<typeof TieValuesSchema>;

export const TieCreateBody = Type.Object({
  type: TieValuesSchema.properties.type,
  source: entityId('Id of the organisation the tie goes from (the subject)'),
  target: entityId('Id of the organisation the tie goes to (the object)'),
  since: Type.Optional(NullableDate),
  until: Type.Optional(NullableDate),
  description: Type.Optional(TieDescription),
  evidence: EvidenceList,
  attributes: Type.Optional(AttributesInput),
}, { additionalProperties: false });
export type TieCreate = Static<typeof TieCreateBody>;

export const TiePatchBody = Type.Object({
  since: Type.Optional(NullableDate),
  until: Type.Optional(NullableDate),
  description: Type.Optional(TieDescription),
  evidence: Type.Optional(Type.Array(EvidenceInputSchema, { minItems: 1, maxItems: TIE_LIMITS.evidence, description: 'Replaces all evidence' })),
  addEvidence: Type.Optional(Type.Array(EvidenceInputSchema, { minItems: 1, maxItems: TIE_LIMITS.evidence, description: 'Added to the evidence' })),
  attributes: Type.Optional(AttributesInput),
}, { additionalProperties: false, minProperties: 1 });
export type TiePatch = Static<typeof TiePatchBody>;

export const TieEndBody = Type.Object({
  until: Type.Optional(PartialDate),
  addEvidence: Type.Optional(Type.Array(EvidenceInputSchema, { minItems: 1, maxItems: TIE_LIMITS.evidence, description: 'Evidence that the tie ended' })),
}, { additionalProperties: false, description: 'until defaults to today' });
export type TieEnd = Static<typeof TieEndBody>;

export { TieSchema };

export const ChangeSchema = Type.Object({
  id: Type.String(),
  at: Type.String({ description: 'ISO date-time of the write' }),
  actor: Type.String({ description: 'Name of the token that wrote it (or cli, restore)' }),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('end'), Type.Literal('delete')]),
  entity: Type.Union([Type.Literal('organisation'), Type.Literal('tie'), Type.Literal('source'), Type.Literal('proposal'), Type.Literal('kind'), Type.Literal('tieType')], { description: 'kind and tieType: a network\'s vocabulary (entityId network/id)' }),
  entityId: Type.String(),
  fields: Type.Array(Type.String(), { description: 'Names of the fields that changed' }),
  before: Type.Unknown({ description: 'The entity before the write (null when created)' }),
  after: Type.Unknown({ description: 'The entity after the write (null when deleted)' }),
  importId: Type.Union([Type.String(), Type.Null()], { description: 'Set when the change came from a bulk import' }),
});
export type Change = Static<typeof ChangeSchema>;

const AttributeScopeSchema = Type.Union([Type.Literal('organisation'), Type.Literal('tie')]);
const Counts = Type.Object({ create: Type.Integer(), update: Type.Integer(), unchanged: Type.Integer(), reject: Type.Integer() });

export const ImportReportSchema = Type.Object({
  format: Type.String(),
  dryRun: Type.Boolean(),
  valid: Type.Boolean({ description: 'No row was rejected' }),
  committed: Type.Boolean({ description: 'The changes were written (never partly)' }),
  importId: Type.Union([Type.String(), Type.Null()], { description: 'Marks the history of this import\'s changes' }),
  batches: Type.Integer({ description: 'Write transactions used: 1, or more past IMPORT_BATCH_ROWS changes; 0 when nothing was written' }),
  summary: Type.Object({
    organisations: Counts,
    ties: Counts,
    sources: Type.Object({ create: Type.Integer() }),
    vocabulary: Type.Optional(Type.Object({ kinds: Counts, tieTypes: Counts }, { description: 'When the file has a vocabulary section: the kinds and tie types it adds to the network (existing ones are kept as they are)' })),
  }),
  attributes: Type.Object({
    add: Type.Array(Type.Object({ scope: AttributeScopeSchema, name: Type.String(), type: Type.String() }), { description: 'Extra attributes the import declares (new columns, fields or keys), with the type it gives them' }),
    refused: Type.Array(Type.Object({ scope: AttributeScopeSchema, name: Type.String(), reason: Type.String() }), { description: 'Columns, fields or keys the import cannot take as attributes, and why: they are not imported' }),
  }),
  rows: Type.Array(Type.Object({
    entity: Type.Union([Type.Literal('file'), Type.Literal('organisation'), Type.Literal('tie'), Type.Literal('kind'), Type.Literal('tieType')]),
    ref: Type.String({ description: 'Where the row is: "ties.csv line 12", "nodes[3]", "edge 4"' }),
    id: Type.Union([Type.String(), Type.Null()]),
    action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('reject')]),
    fields: Type.Optional(Type.Array(Type.String(), { description: 'For updates: the fields that change' })),
    reasons: Type.Array(Type.String()),
  }), { description: 'Every created, updated and rejected row (unchanged rows are only counted)' }),
  durationMs: Type.Integer(),
});
export type ImportReport = Static<typeof ImportReportSchema>;
