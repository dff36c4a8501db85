// The shapes of source documents: the record (with or without its text), the bodies that add and edit one, and
// the limits an upload must keep to.
import { Type, type Static } from 'typebox';
import { EntityId, HttpUrl, PartialDate } from './curation.ts';

/** Most characters of a document's text (after HTML is converted); longer is a 400 naming the field. */
export const SOURCE_MAX_CHARACTERS = 500_000;
/** Most bytes of a POST /api/sources body (HTML carries markup the text loses); larger is a 413. */
export const SOURCE_MAX_BODY_BYTES = 4 * 1024 * 1024;

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Title = Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'The document\'s title' });
const Publisher = Nullable(Type.String({ minLength: 1, maxLength: 300, pattern: '\\S', description: 'Who published it, as a name' }));
const PublisherId = Nullable(Type.String({ ...EntityId, description: 'The publishing organisation\'s id, when it is in the network ("we" and "our" in the text mean it)' }));
const IsoDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'An ISO date, e.g. 2024-05-01' });

const SourceFields = {
  title: Title,
  publisher: Publisher,
  publisherId: PublisherId,
  url: Type.Union([HttpUrl, Type.Null()]),
  date: Type.Union([PartialDate, Type.Null()], { description: 'Publication date (year, month or day)' }),
  retrieved: Type.Union([IsoDay, Type.Null()], { description: 'The day the text was captured' }),
};

export const SourceSummarySchema = Type.Object({
  id: Type.String(),
  ...SourceFields,
  checksum: Nullable(Type.String({ description: 'sha256 of the text (hex); null for a web page cited without its text' })),
  length: Type.Union([Type.Integer(), Type.Null()], { description: 'Characters of text; null when the text is not stored' }),
  citations: Type.Integer({ description: 'Ties whose evidence cites it' }),
});
export type SourceSummary = Static<typeof SourceSummarySchema>;

export const SourceSchema = Type.Object({
  ...SourceSummarySchema.properties,
  text: Nullable(Type.String({ description: 'The full text as stored (plain text; HTML is converted on the way in)' })),
  citedBy: Type.Array(Type.String(), { description: 'Ids of the ties whose evidence cites it' }),
});
export type Source = Static<typeof SourceSchema>;

export const SourceCreateBody = Type.Object({
  title: Title,
  text: Type.Optional(Type.String({ minLength: 1, maxLength: SOURCE_MAX_CHARACTERS, description: 'The document as plain text (give text or html)' })),
  html: Type.Optional(Type.String({ minLength: 1, maxLength: SOURCE_MAX_BODY_BYTES, description: 'The document as HTML: converted to text, scripts and markup dropped (give text or html)' })),
  publisher: Type.Optional(Publisher),
  publisherId: Type.Optional(PublisherId),
  url: Type.Optional(SourceFields.url),
  date: Type.Optional(SourceFields.date),
  retrieved: Type.Optional(SourceFields.retrieved),
}, { additionalProperties: false });
export type SourceCreate = Static<typeof SourceCreateBody>;

export const SourcePatchBody = Type.Object(Type.Partial(Type.Object(SourceFields)).properties, {
  additionalProperties: false,
  minProperties: 1,
  description: 'Only the fields to change; null clears an optional one. The text never changes (quotes cite it).',
});
export type SourcePatch = Static<typeof SourcePatchBody>;

export const SourceId = Type.String({ minLength: 1, maxLength: 200, description: 'Source id (slug)' });
