// The API wrappers' pure parts: query strings as the API expects them, file names from downloads, and failures
// in words a person can act on.
import { describe, expect, it } from 'vitest';
import { ApiError, describeFailure, fileNameFrom, queryString } from '../../client/api.ts';

describe('queryString', () => {
  it('joins lists with commas and leaves out empty values', () => {
    expect(queryString({ centre: 'a b', depth: 2, tieTypes: ['X', 'Y'], kinds: [], limit: undefined, q: null })).toBe('?centre=a+b&depth=2&tieTypes=X%2CY');
    expect(queryString({})).toBe('');
  });
});

describe('fileNameFrom', () => {
  it('reads the file name of a Content-Disposition header and never lets it name a folder', () => {
    expect(fileNameFrom('attachment; filename="network.graphml"', 'x')).toBe('network.graphml');
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x')).toBe('.._.._etc_passwd');
    expect(fileNameFrom(null, 'fallback.json')).toBe('fallback.json');
  });
});

describe('describeFailure', () => {
  it('says what happened in words', () => {
    expect(describeFailure(503, 'x')).toBe('The database is unavailable — retrying.');
    expect(describeFailure(0, undefined)).toMatch(/Cannot reach the server/);
    expect(describeFailure(404, 'No organisation with id "x"')).toBe('No organisation with id "x"');
    expect(describeFailure(400, 'depth must be <= 4')).toBe('The request was not accepted: depth must be <= 4');
  });

  it('marks outages as transient (worth retrying) and client errors as not', () => {
    expect(new ApiError(503, '').transient).toBe(true);
    expect(new ApiError(0, '').transient).toBe(true);
    expect(new ApiError(404, '').transient).toBe(false);
  });
});
