// Request bodies of the vocabulary API (/api/vocabulary/kinds, /api/vocabulary/tie-types): ids, colours and texts
// checked by schema, so a bad one is a 400 naming the field.
import { Type, type Static } from 'typebox';
import { COLOUR_PATTERN, KIND_ID_PATTERN, TIE_TYPE_ID_PATTERN, VOCABULARY_TEXT_MAX } from '../contract/networks.ts';

const Label = (description: string) => Type.String({ minLength: 1, maxLength: VOCABULARY_TEXT_MAX.label, description });
const Colour = Type.String({ pattern: COLOUR_PATTERN, description: 'A colour as #rrggbb' });
const Description = Type.String({ maxLength: VOCABULARY_TEXT_MAX.description });

export const KindId = Type.String({ pattern: KIND_ID_PATTERN, description: 'Kind id: a lower-case slug (family, nhs-trust); never changes' });
export const TieTypeId = Type.String({ pattern: TIE_TYPE_ID_PATTERN, description: 'Tie type id: upper case and underscores (MARRIED_INTO); never changes' });

const KindFields = {
  label: Label('Singular name: Family'),
  plural: Label('Plural name: Families (default: the label)'),
  colour: Colour,
  description: Description,
};
export const KindCreateBody = Type.Object({
  id: KindId,
  label: KindFields.label,
  colour: KindFields.colour,
  plural: Type.Optional(KindFields.plural),
  description: Type.Optional(KindFields.description),
}, { additionalProperties: false });
export type KindCreate = Static<typeof KindCreateBody>;
export const KindPatchBody = Type.Partial(Type.Object(KindFields, { additionalProperties: false }), { additionalProperties: false });
export type KindPatch = Static<typeof KindPatchBody>;

const TieTypeFields = {
  label: Label('Reads from source to target: "is married into"'),
  inverseLabel: Label('Reads from target to source (default: the label, as for a symmetric type)'),
  pastLabel: Type.Union([Label('The label in the past tense: "was married into" (default: made from the label)'), Type.Null()]),
  symmetric: Type.Boolean({ description: 'Reads the same both ways: no arrows, no direction in explanations, one tie per pair' }),
  colour: Colour,
  dash: Type.Array(Type.Integer({ minimum: 0, maximum: 50 }), { maxItems: 8, description: 'Line dash pattern; empty for solid' }),
  description: Description,
};
export const TieTypeCreateBody = Type.Object({
  id: TieTypeId,
  label: TieTypeFields.label,
  colour: TieTypeFields.colour,
  inverseLabel: Type.Optional(TieTypeFields.inverseLabel),
  pastLabel: Type.Optional(TieTypeFields.pastLabel),
  symmetric: Type.Optional(TieTypeFields.symmetric),
  dash: Type.Optional(TieTypeFields.dash),
  description: Type.Optional(TieTypeFields.description),
}, { additionalProperties: false });
export type TieTypeCreate = Static<typeof TieTypeCreateBody>;
export const TieTypePatchBody = Type.Partial(Type.Object(TieTypeFields, { additionalProperties: false }), { additionalProperties: false });
export type TieTypePatch = Static<typeof TieTypePatchBody>;
