// Extra attributes of organisations and ties (issue 15): a curator's or an imported file's own fields, such as a
// karate club member's `club` or a tie's `weight`. Names are slugs that can never be mistaken for a core field or a
// column the exports derive; values are typed (server/writes/attribute-checks.ts checks them, with the calendar of
// in-force.ts for dates). Dependency-free: the server and the client share it.

export const ATTRIBUTE_TYPES = ['string', 'number', 'boolean', 'date', 'list'] as const;
/** `date` is a partial date like every other (2019, 2020-01, 2021-03-15); `list` is a list of strings. */
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];
export type AttributeValue = string | number | boolean | string[];
export type Attributes = Record<string, AttributeValue>;
export type AttributeScope = 'organisation' | 'tie';

export interface AttributeDeclaration {
  scope: AttributeScope;
  name: string;
  type: AttributeType;
}

export const ATTRIBUTE_NAME_PATTERN = '^[a-z][a-z0-9_]{0,39}$';
const NAME = new RegExp(ATTRIBUTE_NAME_PATTERN);
/** Most attributes one organisation or tie may carry; longest text or list item; most list items. */
export const ATTRIBUTE_LIMITS = { count: 50, text: 5000, items: 100 } as const;

/**
 * Names an attribute may not take: every stored, read or exported field of organisations and ties (in any case, as
 * file columns are matched case-insensitively by people), the measures, and the export-only columns.
 */
const RESERVED = new Set([
  'id', 'name', 'shortname', 'aliases', 'aliasestext', 'kind', 'kindlabel', 'sector', 'city', 'country', 'description',
  'url', 'since', 'until', 'degree', 'version', 'colour', 'color', 'type', 'label', 'source', 'target', 'evidence',
  'evidencesources', 'evidencequotes', 'evidencecount', 'interaction', 'attributes', 'network', 'state', 'x', 'y',
  'ties', 'partners', 'betweenness', 'pagerank', 'closeness', 'community', 'component', 'constraint', 'effectivesize',
  'measures', 'validfrom', 'validto',
]);

/** Why `name` cannot be an attribute's name, or null when it can. */
export function attributeNameProblem(name: string): string | null {
  if (!NAME.test(name)) return 'an attribute name is a lower-case letter then up to 39 lower-case letters, digits or _';
  if (RESERVED.has(name.toLowerCase())) return `"${name}" is a core field, not an extra attribute`;
  return null;
}

/** The type a value has when nothing declares it: a partial-date-looking text stays a string (dates are declared). */
export function inferAttributeType(value: AttributeValue): AttributeType {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/**
 * A value written as text (a CSV cell, a GraphML <data>, a query parameter) read as `type`; undefined when it is
 * not one. Lists arrive already split.
 */
export function attributeFromText(type: AttributeType, text: string): AttributeValue | undefined {
  switch (type) {
    case 'number': {
      const number = text.trim() === '' ? Number.NaN : Number(text);
      return Number.isFinite(number) ? number : undefined;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'list':
      return [text];
    default:
      return text;
  }
}
