import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_FIELDS, ORGANISATION_TEXT_LIMITS } from '../../../server/contract/fields.ts';
import { OrganisationFields } from '../../../server/schemas/curation.ts';
import { OrganisationSchema } from '../../../server/schemas/graph.ts';

const CONTRACT_DIR = 'server/contract';

describe('the contract both sides import', () => {
  it('imports nothing, so the client bundle can take it as it is', () => {
    for (const file of readdirSync(CONTRACT_DIR)) {
      expect(readFileSync(join(CONTRACT_DIR, file), 'utf8'), file).not.toMatch(/^\s*import\s/m);
    }
  });

  it('names every stored organisation field the write and read schemas have', () => {
    expect(Object.keys(OrganisationFields).sort()).toEqual([...ORGANISATION_FIELDS].sort());
    expect(ORGANISATION_FIELDS.every((field) => field in OrganisationSchema.properties)).toBe(true);
  });

  it('sets the limits the write schema enforces', () => {
    for (const [field, limit] of Object.entries(ORGANISATION_TEXT_LIMITS)) {
      const schema = OrganisationFields[field as keyof typeof ORGANISATION_TEXT_LIMITS] as { maxLength?: number; anyOf?: { maxLength?: number }[] };
      const maxLength = schema.maxLength ?? schema.anyOf?.find((option) => option.maxLength !== undefined)?.maxLength;
      expect(maxLength, field).toBe(limit);
    }
  });
});
