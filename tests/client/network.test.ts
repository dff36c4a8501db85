// The page's network: read from `network=` (default when absent or malformed), sent with each request and kept in
// shared links only when it is not the default, so the default network's addresses stay as they were.
import { describe, expect, it } from 'vitest';
import { addressOf, networkOf, networkParam } from '../../client/network.ts';
import { searchFor } from '../../client/url-state.ts';
import { INITIAL_VIEW } from '../../client/app-state.ts';

describe('the page\'s network', () => {
  it('comes from network= and falls back to the default network', () => {
    expect(networkOf('?network=florentine&centre=medici')).toBe('florentine');
    expect(networkOf('?centre=x')).toBe('leeds');
    expect(networkOf('?network=Not%20A%20Slug')).toBe('leeds');
  });

  it('is named in requests, links and addresses only when it is not the default', () => {
    expect(networkParam('leeds')).toEqual({});
    expect(networkParam('florentine')).toEqual({ network: 'florentine' });
    expect(addressOf('leeds')).toBe('/');
    expect(addressOf('florentine')).toBe('/?network=florentine');
    const view = { ...INITIAL_VIEW, centre: 'medici' };
    expect(searchFor(view, 'leeds')).toBe('?centre=medici');
    expect(searchFor(view, 'florentine')).toBe('?centre=medici&network=florentine');
  });
});

describe('a new tie type\'s id', () => {
  it('is made from its wording, without a leading "is" or "has"', async () => {
    const { tieTypeId } = await import('../../client/curation/tie-type-form.ts');
    expect(tieTypeId('is married into')).toBe('MARRIED_INTO');
    expect(tieTypeId('has a contract with')).toBe('A_CONTRACT_WITH');
    expect(tieTypeId('lends to')).toBe('LENDS_TO');
    expect(tieTypeId('  2 funds   ')).toBe('FUNDS');
    expect(tieTypeId('!!')).toBe('');
  });
});
