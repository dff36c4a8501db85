// `attr.<name>=<value>` on /api/graph and /api/export: only organisations whose extra attribute has that value (a
// list attribute: holds it). The name must be a declared attribute and the value is read as its declared type, so
// the Cypher compares typed parameters (fragments/attribute-filter) and never sees the name as text.
import { attributeFromText, attributeNameProblem, type AttributeType, type AttributeValue } from '../contract/attributes.ts';
import type { FieldError } from '../contract/field-errors.ts';
import { invalidFields } from '../errors.ts';
import type { Organisation } from '../schemas/graph.ts';

export const ATTRIBUTE_FILTER_PREFIX = 'attr.';

export interface AttributeFilter {
  /** The stored property: `attr_<name>`. */
  key: string;
  value: string | number | boolean;
}

/** The query's `attr.*` parameters, or none. */
export const attributeFilterParameters = (query: object): [string, unknown][] =>
  Object.entries(query).filter(([key]) => key.startsWith(ATTRIBUTE_FILTER_PREFIX));

/** The parameters checked against the declared organisation attributes (400 naming each bad `attr.<name>`). */
export function attributeFilters(parameters: readonly [string, unknown][], declared: ReadonlyMap<string, AttributeType>): AttributeFilter[] {
  const problems: FieldError[] = [];
  const filters = parameters.flatMap(([field, raw]): AttributeFilter[] => {
    const name = field.slice(ATTRIBUTE_FILTER_PREFIX.length);
    const type = declared.get(name);
    const text = Array.isArray(raw) ? raw.at(-1) : raw;
    const problem = attributeNameProblem(name) ?? (type ? null : `no organisation has an attribute "${name}"`);
    const value = type && typeof text === 'string' ? attributeFromText(type === 'list' ? 'string' : type, text) : undefined;
    if (problem || value === undefined) {
      problems.push({ field, message: `${field}: ${problem ?? `"${String(text)}" is not a ${type} value`}` });
      return [];
    }
    return [{ key: `attr_${name}`, value: value as AttributeFilter['value'] }];
  });
  if (problems.length) throw invalidFields(problems);
  return filters;
}

/** The same test as the Cypher fragment, for organisations already read. */
export function matchesAttributes(organisation: Organisation, filters: readonly AttributeFilter[]): boolean {
  return filters.every(({ key, value }) => {
    const held: AttributeValue | undefined = organisation.attributes?.[key.slice('attr_'.length)];
    return Array.isArray(held) ? held.includes(value as string) : held === value;
  });
}
