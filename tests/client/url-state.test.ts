// A shared link restores the same view: encode → decode round trips, defaults stay out of the URL, and
// anything malformed decodes to the default rather than failing.
import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW, type ViewState } from '../../client/app-state.ts';
import { decodeView, encodeView, searchFor } from '../../client/url-state.ts';
import { historyMode } from '../../client/url-sync.ts';

const roundTrip = (view: ViewState) => decodeView(new URLSearchParams(searchFor(view)));

describe('url state', () => {
  it('gives the default view an empty query string', () => {
    expect(searchFor(INITIAL_VIEW)).toBe('');
    expect(decodeView(new URLSearchParams(''))).toEqual(INITIAL_VIEW);
  });

  it('round-trips a full view', () => {
    const view: ViewState = {
      centre: 'leeds-teaching-hospitals',
      depth: 2,
      expanded: ['wyaat', 'nhs-england'],
      hidden: ['leeds-city-council'],
      hiddenTieTypes: ['PARTNER_OF', 'MEMBER_OF'],
      hiddenKinds: ['charity'],
      selected: 'wyaat',
      path: { from: 'king-hussein-cancer-center', to: 'leeds-beckett-university', mode: 'k-shortest', k: 4, maxHops: 5, tieTypes: ['HAS_MOU_WITH'], avoid: ['nhs-england'] },
      pathIndex: 2,
      table: true,
      asOf: '2019',
      compare: null,
      sizeBy: 'betweenness',
      colourBy: 'community',
    };
    expect(roundTrip(view)).toEqual(view);
  });

  it('carries a comparison of two years, earlier first, and drops malformed years', () => {
    const view: ViewState = { ...INITIAL_VIEW, compare: { from: '2018', to: '2021' } };
    expect(searchFor(view)).toBe('?compare=2018,2021');
    expect(roundTrip(view)).toEqual(view);
    expect(decodeView(new URLSearchParams('compare=2021,2018')).compare).toEqual({ from: '2018', to: '2021' });
    expect(decodeView(new URLSearchParams('asOf=19x9'))).toEqual(INITIAL_VIEW);
  });

  it('carries size by and colour by, ignoring unknown ones', () => {
    expect(searchFor({ ...INITIAL_VIEW, sizeBy: 'pagerank', colourBy: 'component' })).toBe('?size=pagerank&colour=component');
    expect(decodeView(new URLSearchParams('size=charm&colour=mood'))).toEqual(INITIAL_VIEW);
  });

  it('keeps lists readable, with plain commas', () => {
    const search = searchFor({ ...INITIAL_VIEW, expanded: ['a', 'b'], hiddenTieTypes: ['PARTNER_OF'] });
    expect(search).toBe('?expand=a,b&hideTies=PARTNER_OF');
  });

  it('leaves default path settings out and keeps k only for k-shortest', () => {
    const params = encodeView({ ...INITIAL_VIEW, path: { from: 'a', to: 'b', mode: 'shortest', k: 3, maxHops: 6, tieTypes: [], avoid: [] } });
    expect([...params.keys()]).toEqual(['from', 'to']);
  });

  it('escapes ids that contain URL syntax', () => {
    const view = { ...INITIAL_VIEW, selected: 'a&b=c?#d' };
    expect(roundTrip(view).selected).toBe('a&b=c?#d');
  });

  it('clamps numbers and ignores unknown or malformed values', () => {
    const view = decodeView(new URLSearchParams('centre=x&depth=99&from=a&to=b&mode=bogus&k=-4&hops=abc&hideTies=OK_TYPE,<script>&path=0&table=yes'));
    expect(view.depth).toBe(4);
    expect(view.path).toEqual({ from: 'a', to: 'b', mode: 'shortest', k: 1, maxHops: 6, tieTypes: [], avoid: [] });
    expect(view.hiddenTieTypes).toEqual(['OK_TYPE']);
    expect(view.pathIndex).toBe(0);
    expect(view.table).toBe(false);
  });

  it('drops a path whose ends are the same or missing, and avoid entries equal to an end', () => {
    expect(decodeView(new URLSearchParams('from=a&to=a')).path).toBeNull();
    expect(decodeView(new URLSearchParams('from=a')).path).toBeNull();
    expect(decodeView(new URLSearchParams('from=a&to=b&avoid=a,c,b,c')).path?.avoid).toEqual(['c']);
  });

  it('ignores depth without a centre (the whole network has no depth)', () => {
    expect(decodeView(new URLSearchParams('depth=3')).depth).toBe(1);
    expect(searchFor({ ...INITIAL_VIEW, depth: 3 })).toBe('');
  });
});

describe('history entries', () => {
  it('pushes a new entry when the view changes and replaces it when only the selection or table toggle changes', () => {
    expect(historyMode(INITIAL_VIEW, { ...INITIAL_VIEW, selected: 'a' })).toBe('replace');
    expect(historyMode(INITIAL_VIEW, { ...INITIAL_VIEW, table: true })).toBe('replace');
    expect(historyMode(INITIAL_VIEW, { ...INITIAL_VIEW, centre: 'a' })).toBe('push');
    expect(historyMode(INITIAL_VIEW, { ...INITIAL_VIEW, hiddenTieTypes: ['X'] })).toBe('push');
  });
});
