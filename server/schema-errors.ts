// Ajv's validation errors (Fastify's request validation and TypeBox's compiled checks report the same shape) as
// field errors a person can read: one per field, named by a dotted path, in words rather than in schema terms.
import type { FieldError } from './contract/field-errors.ts';
import { FIELD_HINTS } from './contract/field-errors.ts';
import { HTTP_URL_PATTERN } from './contract/fields.ts';
import { PARTIAL_DATE_PATTERN } from './contract/in-force.ts';

export interface SchemaError {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** "/evidence/0/quote" → "evidence.0.quote". */
export const fieldPath = (instancePath: string) => instancePath.replace(/^\//, '').replace(/\//g, '.');
const join = (parent: string, name: string) => (parent ? `${parent}.${name}` : name);

// Unions with null report every branch; the first specific error per field says enough.
const isNoise = (error: SchemaError) => error.keyword === 'anyOf' || error.keyword === 'boolean' || (error.keyword === 'type' && error.params.type === 'null');

function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

function words(error: SchemaError, field: string): string {
  const { keyword, params } = error;
  if (keyword === 'required') return 'This is required.';
  if (keyword === 'additionalProperties') return 'This is not a field the API accepts.';
  if (keyword === 'maxLength') return `Keep it to ${Number(params.limit).toLocaleString('en-GB')} characters.`;
  if (keyword === 'pattern' && params.pattern === PARTIAL_DATE_PATTERN) return FIELD_HINTS.partialDate;
  if ((keyword === 'pattern' && params.pattern === HTTP_URL_PATTERN) || (keyword === 'minLength' && /(^|\.)url$/.test(field))) return FIELD_HINTS.httpUrl;
  if ((keyword === 'pattern' && params.pattern === '\\S') || (keyword === 'minLength' && params.limit === 1)) return 'This cannot be empty.';
  return sentence(error.message ?? 'is not valid');
}

/** One field error per field, in the order the errors came. */
export function schemaFieldErrors(errors: Iterable<SchemaError>): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    if (isNoise(error)) continue;
    const parent = fieldPath(error.instancePath);
    const field =
      error.keyword === 'required' ? join(parent, String(error.params.missingProperty ?? ''))
      : error.keyword === 'additionalProperties' ? join(parent, String(error.params.additionalProperty ?? ''))
      : parent;
    if (!byField.has(field)) byField.set(field, { field, message: words(error, field) });
  }
  return [...byField.values()];
}
