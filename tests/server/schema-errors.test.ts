import { describe, expect, it } from 'vitest';
import { schemaFieldErrors } from '../../server/schema-errors.ts';
import { FIELD_HINTS } from '../../server/contract/field-errors.ts';
import { HTTP_URL_PATTERN } from '../../server/contract/fields.ts';
import { PARTIAL_DATE_PATTERN } from '../../server/contract/in-force.ts';

describe('schemaFieldErrors', () => {
  it('gives one error per field, by dotted path, skipping the null branch of a union', () => {
    expect(schemaFieldErrors([
      { instancePath: '/since', keyword: 'pattern', params: { pattern: PARTIAL_DATE_PATTERN }, message: 'must match pattern' },
      { instancePath: '/since', keyword: 'type', params: { type: 'null' }, message: 'must be null' },
      { instancePath: '/since', keyword: 'anyOf', params: {}, message: 'must match a schema in anyOf' },
      { instancePath: '/evidence/0/url', keyword: 'pattern', params: { pattern: HTTP_URL_PATTERN }, message: 'must match pattern' },
    ])).toEqual([
      { field: 'since', message: FIELD_HINTS.partialDate },
      { field: 'evidence.0.url', message: FIELD_HINTS.httpUrl },
    ]);
  });

  it('names the missing or unexpected property, and says limits in words', () => {
    expect(schemaFieldErrors([
      { instancePath: '', keyword: 'required', params: { missingProperty: 'name' }, message: "must have required property 'name'" },
      { instancePath: '/evidence/1', keyword: 'additionalProperties', params: { additionalProperty: 'page' }, message: 'must NOT have additional properties' },
      { instancePath: '/description', keyword: 'maxLength', params: { limit: 5000 }, message: 'must NOT have more than 5000 characters' },
      { instancePath: '/city', keyword: 'pattern', params: { pattern: '\\S' }, message: 'must match pattern "\\S"' },
      { instancePath: '/depth', keyword: 'maximum', params: { limit: 4 }, message: 'must be <= 4' },
    ])).toEqual([
      { field: 'name', message: 'This is required.' },
      { field: 'evidence.1.page', message: 'This is not a field the API accepts.' },
      { field: 'description', message: 'Keep it to 5,000 characters.' },
      { field: 'city', message: 'This cannot be empty.' },
      { field: 'depth', message: 'Must be <= 4.' },
    ]);
  });
});
