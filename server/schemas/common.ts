// Schemas shared by several routes: the error body and the shape of ids and filters in requests.
import { Type } from 'typebox';
import { DEFAULT_NETWORK, NETWORK_ID_PATTERN } from '../contract/networks.ts';

export const ErrorSchema = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({
    field: Type.String({ description: 'Dotted path of the field in the request: since, evidence.0.quote ("" for the request as a whole)' }),
    message: Type.String({ description: 'The problem with that field, in words' }),
  }), { description: 'On a 400 about fields: one entry per field' })),
});

export const OrganisationId = Type.String({ minLength: 1, maxLength: 200, description: 'Organisation id (slug)' });

export const NetworkId = Type.String({ pattern: NETWORK_ID_PATTERN, maxLength: 40, description: 'Network id (slug), e.g. leeds' });

/** Which network a read looks at (404 naming `network` when it does not exist). */
export const NetworkField = {
  network: Type.Optional(Type.String({ ...NetworkId, description: `Network to read (default: ${DEFAULT_NETWORK.id}; GET /api/networks lists them)` })),
};

export const FilterFields = {
  tieTypes: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma-separated tie types to keep (default: all)' })),
  kinds: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma-separated organisation kinds to keep (default: all)' })),
};

export const DateParameter = (description: string) =>
  Type.String({ maxLength: 10, description: `${description} A year, month or date (2021, 2021-07, 2021-07-01); a year or month counts from its first day.` });

export const AsOfFields = {
  asOf: Type.Optional(DateParameter('Only ties and organisations in force on this day (default: all of them, ended ones included).')),
  includeEnded: Type.Boolean({ default: false, description: 'With asOf: also ties and organisations that ended before the day' }),
};

/** `attr.<name>=<value>` query parameters: organisations with that extra attribute value (server/graph/attribute-filters.ts). */
export const ATTRIBUTE_FILTER_OPTIONS = {
  patternProperties: {
    '^attr\\.': Type.String({ maxLength: 5000, description: 'attr.<name>=<value>: only organisations whose extra attribute <name> has this value (a list attribute: holds it); read as the attribute\'s declared type' }),
  },
};

export const NeighbourhoodFields = {
  ...NetworkField,
  ...AsOfFields,
  centre: Type.Optional(OrganisationId),
  depth: Type.Integer({ minimum: 1, maximum: 4, default: 1, description: 'Hops from the centre (1–4)' }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'Most organisations to return' })),
  ...FilterFields,
};
