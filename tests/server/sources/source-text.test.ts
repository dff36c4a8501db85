import { describe, expect, it } from 'vitest';
import { findQuote, isPassageOf, normaliseForQuote } from '../../../server/sources/source-text.ts';
import { textChecksum } from '../../../server/sources/text-checksum.ts';

describe('quote matching', () => {
  const text = 'We’re part of the\nWest Yorkshire\u00a0Association – “WYAAT”.  Next sentence.';

  it('normalises white space, typographic quotes, apostrophes and dashes', () => {
    expect(normaliseForQuote('  “It’s” — a\u00a0test\n ')).toBe('"It\'s" - a test');
  });

  it('finds a quote typed with straight quotes and plain dashes, and maps it back to the original text', () => {
    const span = findQuote(text, 'West Yorkshire Association - "WYAAT".');
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe('West Yorkshire\u00a0Association – “WYAAT”.');
  });

  it('finds a quote across a line break and at the very start', () => {
    expect(text.slice(findQuote(text, "We're part of the West")!.start, findQuote(text, "We're part of the West")!.end)).toBe('We’re part of the\nWest');
  });

  it('refuses a quote that is not in the text, and an empty one', () => {
    expect(isPassageOf(text, 'East Yorkshire')).toBe(false);
    expect(isPassageOf(text, '   ')).toBe(false);
  });

  it('gives the same checksum to the same text only', () => {
    expect(textChecksum('a')).toBe(textChecksum('a'));
    expect(textChecksum('a')).not.toBe(textChecksum('a '));
    expect(textChecksum('a')).toMatch(/^[0-9a-f]{64}$/);
  });
});
