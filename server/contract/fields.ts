// The stored fields of organisations and ties and the limits a write must keep, shared at runtime by the server's
// write schemas and the client's forms (dependency-free, no Node APIs), so both accept exactly the same values.

/** Every stored field of an organisation but its id and version, in the order history snapshots list them. */
export const ORGANISATION_FIELDS = ['name', 'kind', 'shortName', 'aliases', 'sector', 'city', 'country', 'description', 'url', 'since', 'until'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

/** The organisation fields that hold one text or nothing (null): all but name, kind and aliases. */
export const ORGANISATION_OPTIONAL_TEXT = ['shortName', 'sector', 'city', 'country', 'description', 'url', 'since', 'until'] as const satisfies readonly OrganisationField[];
export type OptionalTextField = (typeof ORGANISATION_OPTIONAL_TEXT)[number];

/** Each optional text field with its value from `value` (an organisation's, a file row's, a form's). */
export function optionalTextFields<T>(value: (field: OptionalTextField) => T): Record<OptionalTextField, T> {
  return Object.fromEntries(ORGANISATION_OPTIONAL_TEXT.map((field) => [field, value(field)])) as Record<OptionalTextField, T>;
}

/** The most characters each text field of an organisation may hold. */
export const ORGANISATION_TEXT_LIMITS = {
  name: 300, shortName: 100, sector: 200, city: 200, country: 200, description: 5000, url: 2000,
} as const satisfies Partial<Record<OrganisationField, number>>;

/** An organisation's other names: how many, and how long each. */
export const ALIAS_LIMITS = { count: 100, length: 300 } as const;

/** A tie's description, an evidence quote or note, a new source's title; evidence items per write. */
export const TIE_LIMITS = { description: 5000, quote: 5000, title: 300, evidence: 50 } as const;

/** A web address the API accepts (a source's or an organisation's), and how short it may be. */
export const HTTP_URL_PATTERN = '^https?://[^\\s]+$';
export const HTTP_URL_MIN_LENGTH = 8;
const httpUrl = new RegExp(HTTP_URL_PATTERN);
/** The one rule for a web address wherever one is written (API, imports, evidence): http or https, no white space. */
export const isHttpUrl = (text: string): boolean => httpUrl.test(text);

/** What an id may hold: characters that need no escaping in a URL path. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._~-]*$';
