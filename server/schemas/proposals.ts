// The shapes of the review queue: a proposal (an organisation or a tie that a document seems to state, with its
// sentence), the ingest answer, and the decisions a curator sends.
import { Type, type Static } from 'typebox';
import { PartialDate } from './curation.ts';
import { SourceSchema } from './sources.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const ProposalSchema = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('organisation'), Type.Literal('tie')]),
  status: Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('rejected'), Type.Literal('merged')]),
  sourceId: Type.String({ description: 'The document it was read from' }),
  sentence: Type.String({ description: 'The sentence that states it, exactly as in the document' }),
  start: Type.Integer({ description: 'Where the sentence starts in the document\'s text' }),
  end: Type.Integer(),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  name: Nullable(Type.String({ description: 'Organisation proposals: the name as written' })),
  suggestedKind: Nullable(Type.String()),
  aliases: Type.Array(Type.String()),
  orgKey: Nullable(Type.String({ description: 'Organisation proposals: new:<slug>, how tie proposals refer to it' })),
  from: Nullable(Type.String({ description: 'Tie proposals: the subject, an organisation id or new:<slug>' })),
  to: Nullable(Type.String()),
  type: Nullable(Type.String({ description: 'Tie proposals: the suggested tie type' })),
  cue: Nullable(Type.String({ description: 'The cue phrase that suggested the type, if any' })),
  resultId: Nullable(Type.String({ description: 'Once decided: the tie or organisation it became (or was merged into)' })),
  decidedAt: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
});
export type Proposal = Static<typeof ProposalSchema>;

export const IngestAnswerSchema = Type.Object({
  source: SourceSchema,
  proposals: Type.Array(ProposalSchema, { description: 'New proposals (those already proposed, accepted or rejected for the same sentence are left out)' }),
});

export const ProposalQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('rejected'), Type.Literal('merged')], { description: 'Only proposals with this status' })),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Only proposals read from this document' })),
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
});

export const AcceptItemSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  type: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Ties: another type than the suggested one' })),
  reverse: Type.Optional(Type.Boolean({ description: 'Ties: swap subject and object' })),
  since: Type.Optional(Type.Union([PartialDate, Type.Null()])),
  until: Type.Optional(Type.Union([PartialDate, Type.Null()])),
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 300, pattern: '\\S', description: 'Organisations: another name' })),
  kind: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Organisations: another kind than the suggested one' })),
}, { additionalProperties: false });
export type AcceptItem = Static<typeof AcceptItemSchema>;

export const AcceptBody = Type.Object({
  items: Type.Array(AcceptItemSchema, { minItems: 1, maxItems: 200, description: 'Accepted together, all or nothing; organisations before the ties that need them' }),
}, { additionalProperties: false });

export const RejectBody = Type.Object({
  ids: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 500 }),
}, { additionalProperties: false });

export const MergeBody = Type.Object({
  into: Type.String({ minLength: 1, maxLength: 200, description: 'The existing organisation the proposed one is; its name becomes an alias' }),
}, { additionalProperties: false });

export const DecisionAnswerSchema = Type.Object({
  proposals: Type.Array(ProposalSchema),
});
