// Evidence as the API takes it: { source, quote } or { url, note }, nothing ambiguous, web pages found by URL.
import { describe, expect, it } from 'vitest';
import { createSourceIndex, evidenceRow, resolveEvidence } from '../../server/writes/evidence.ts';

describe('evidenceRow', () => {
  it('takes a known source with its quote, or a web page with a note (or quote) and an optional title', () => {
    expect(evidenceRow({ source: 'report', quote: 'Q.' }, 0)).toEqual({ source: 'report', quote: 'Q.', url: null, title: null, publisher: null });
    expect(evidenceRow({ url: 'https://example.org/a', note: 'N.', title: 'A' }, 0)).toEqual({ source: null, quote: 'N.', url: 'https://example.org/a', title: 'A', publisher: null });
    expect(evidenceRow({ url: 'https://example.org/a', quote: 'Q.' }, 0)).toMatchObject({ quote: 'Q.' });
  });

  it.each([
    [{ source: 'report', url: 'https://example.org/a', quote: 'Q.' }, /evidence\[2\]: give either source \(with quote\) or url \(with note\), not both/],
    [{ source: 'report', note: 'N.' }, /evidence\[2\]: note and title go with url/],
    [{ url: 'https://example.org/a', note: 'N.', quote: 'Q.' }, /evidence\[2\]: give a note or a quote, not both/],
    [{ quote: 'Q.' }, /evidence\[2\] needs a source and quote, or a url and note/],
  ])('refuses %j, naming the item', (input, message) => {
    expect(evidenceRow(input, 2)).toEqual({ field: 'evidence.2', message: expect.stringMatching(message) });
  });
});

describe('resolveEvidence', () => {
  const index = createSourceIndex([{ id: 'web-example-org-a', title: 'A', publisher: null, url: 'https://example.org/a', date: null }]);

  it('reuses a source by URL and makes a unique id for a new page', () => {
    const resolved = resolveEvidence([
      { source: null, quote: 'One.', url: 'https://example.org/a', title: null, publisher: null },
      { source: null, quote: 'Two.', url: 'https://www.example.org/a?utm=1', title: null, publisher: null },
    ], index, false);
    expect(resolved.sourceIds).toEqual(['web-example-org-a', 'web-example-org-a-2']);
    expect(resolved.newSources).toEqual([{ id: 'web-example-org-a-2', title: 'https://www.example.org/a?utm=1', publisher: null, url: 'https://www.example.org/a?utm=1', date: null }]);
  });

  it('does not create a named source for the API, and refuses over-long quotes', () => {
    expect(resolveEvidence([{ source: 'minutes', quote: 'Q.', url: null, title: 'Minutes', publisher: null }], index, false).problems)
      .toEqual([{ field: 'evidence.0.source', message: expect.stringMatching(/^evidence\[0\]\.source: unknown source "minutes"/) }]);
    expect(resolveEvidence([{ source: 'web-example-org-a', quote: 'x'.repeat(5001), url: null, title: null, publisher: null }], index, false).problems)
      .toEqual([{ field: 'evidence.0.quote', message: 'evidence[0] is longer than 5000 characters' }]);
  });

  it('accepts a quote of a stored text typed with other white space, quotes and dashes, keeping the text\'s own passage', () => {
    const withText = createSourceIndex([{ id: 'report', title: 'Report', publisher: null, url: null, date: null }], new Map([['report', 'The trust’s partners –\nthe “WYAAT” hospitals. Other text.']]));
    const resolved = resolveEvidence([{ source: 'report', quote: 'The trust\'s partners - the "WYAAT"  hospitals.', url: null, title: null, publisher: null }], withText, false);
    expect(resolved.problems).toEqual([]);
    expect(resolved.quotes).toEqual(['The trust’s partners – the “WYAAT” hospitals.']);
  });

  it('refuses a quote that is not in the stored text, naming evidence[i].quote; a source without text takes any quote', () => {
    const withText = createSourceIndex([{ id: 'report', title: 'Report', publisher: null, url: null, date: null }], new Map([['report', 'We work together.']]));
    const rows = [
      { source: 'report', quote: 'We work together.', url: null, title: null, publisher: null },
      { source: 'report', quote: 'We merged.', url: null, title: null, publisher: null },
      { source: 'web-example-org-a', quote: 'Anything the page says.', url: null, title: null, publisher: null },
    ];
    const all = createSourceIndex([...withText.byId.values(), ...index.byId.values()], withText.texts);
    expect(resolveEvidence(rows, all, false).problems).toEqual([{ field: 'evidence.1.quote', message: expect.stringMatching(/^evidence\[1\]\.quote is not a passage of source "report"/) }]);
  });
});
