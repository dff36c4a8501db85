// Evidence reads as a quotation only when it is a checked passage of a stored text.
import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../client/panels/evidence-text.ts';

describe('evidenceText', () => {
  it('quotes a verified passage and labels a note about a page as a note', () => {
    expect(evidenceText({ quote: 'We work together.', verbatim: true })).toBe('“We work together.”');
    expect(evidenceText({ quote: 'The page lists the trust as a partner.', verbatim: false })).toBe('Note: The page lists the trust as a partner.');
  });
});
