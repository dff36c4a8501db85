// The checks an organisation's or a tie's extra attributes pass before they are written, from an API body or an
// imported row: names (slugs, never a core field), values against the declared type (or, for a name used the first
// time, the type the value has, which the write then declares).
import { isPartialDate } from '../contract/in-force.ts';
import {
  ATTRIBUTE_LIMITS, attributeNameProblem, inferAttributeType,
  type AttributeDeclaration, type AttributeScope, type AttributeType, type Attributes, type AttributeValue,
} from '../contract/attributes.ts';
import type { FieldError } from '../contract/field-errors.ts';
import { attributesOf } from '../graph/mapper.ts';

/** Declared attribute types by scope and name (cypher/attributes/read-attribute-declarations). */
export type DeclaredAttributes = Record<AttributeScope, ReadonlyMap<string, AttributeType>>;

export const NO_DECLARATIONS: DeclaredAttributes = { organisation: new Map(), tie: new Map() };

export interface CheckedAttributes {
  attributes: Attributes;
  problems: FieldError[];
  /** Names this write uses for the first time, with the type it gives them. */
  declarations: AttributeDeclaration[];
}

/** Why `value` is not a value of `type`, or null when it is. */
export function attributeValueProblem(type: AttributeType, value: unknown): string | null {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.length > 0 && value.length <= ATTRIBUTE_LIMITS.text ? null : `must be a text of 1 to ${ATTRIBUTE_LIMITS.text} characters`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a finite number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'date':
      return typeof value === 'string' && isPartialDate(value) ? null : 'must be a year, a month or a date that exists: 2019, 2020-01 or 2021-03-15';
    case 'list':
      return Array.isArray(value) && value.length <= ATTRIBUTE_LIMITS.items && value.every((item) => typeof item === 'string' && item.length > 0 && item.length <= ATTRIBUTE_LIMITS.text)
        ? null : `must be a list of at most ${ATTRIBUTE_LIMITS.items} texts, none empty`;
  }
}

const isAttributeValue = (value: unknown): value is AttributeValue =>
  ['string', 'number', 'boolean'].includes(typeof value) || Array.isArray(value);

/**
 * `changes` (name → value; null removes the attribute) applied to `base`, checked. `field` is where the attributes
 * are in the request, so a problem names `attributes.<name>`.
 */
export function checkAttributes(scope: AttributeScope, changes: Readonly<Record<string, unknown>>, base: Attributes, declared: DeclaredAttributes, field = 'attributes'): CheckedAttributes {
  const attributes: Attributes = { ...base };
  const problems: FieldError[] = [];
  const declarations: AttributeDeclaration[] = [];
  for (const [name, value] of Object.entries(changes)) {
    const path = `${field}.${name}`;
    const nameProblem = attributeNameProblem(name);
    if (nameProblem) {
      problems.push({ field: path, message: `${path}: ${nameProblem}` });
      continue;
    }
    if (value === null) {
      delete attributes[name];
      continue;
    }
    const known = declared[scope].get(name);
    if (!known && !isAttributeValue(value)) {
      problems.push({ field: path, message: `${path} must be a text, a number, true or false, or a list of texts` });
      continue;
    }
    const type = known ?? inferAttributeType(value as AttributeValue);
    const problem = attributeValueProblem(type, value);
    if (problem) {
      problems.push({ field: path, message: `${path} ${problem}${known ? ` (it is declared as ${known})` : ''}` });
      continue;
    }
    attributes[name] = value as AttributeValue;
    if (!known) declarations.push({ scope, name, type });
  }
  if (Object.keys(attributes).length > ATTRIBUTE_LIMITS.count) {
    problems.push({ field, message: `${field}: at most ${ATTRIBUTE_LIMITS.count} extra attributes` });
  }
  return { attributes: attributesOf(attributes), problems, declarations };
}

/** Declared types plus those just declared, so later rows of one import are checked against the first row's. */
export function withDeclarations(declared: DeclaredAttributes, declarations: readonly AttributeDeclaration[]): DeclaredAttributes {
  const next = { organisation: new Map(declared.organisation), tie: new Map(declared.tie) };
  for (const { scope, name, type } of declarations) if (!next[scope].has(name)) next[scope].set(name, type);
  return next;
}
