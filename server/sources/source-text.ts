// Pure text rules for stored source documents: the comparison that decides whether a quote is a passage of a text
// (white space, quote marks, apostrophes and dashes as typed vary). No Node imports, so the client's reader can find
// a quoted passage the same way the server verified it.

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;

/**
 * The form quotes are compared in: typographic quotes, apostrophes and dashes as their ASCII forms, every run of
 * white space (line breaks and no-break spaces included) as one space, trimmed. Lengths change only with white
 * space, so `quoteOffset` can map a place back into the original text.
 */
export function normaliseForQuote(text: string): string {
  return text.normalize('NFC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\s+/gu, ' ').trim();
}

export interface QuoteSpan {
  start: number;
  end: number;
}

/** Where `quote` stands in `text` (offsets into the original text), or null when it is not a passage of it. */
export function findQuote(text: string, quote: string): QuoteSpan | null {
  const wanted = normaliseForQuote(quote);
  if (wanted === '') return null;
  // Normalise the text one character at a time, remembering where each normalised character came from.
  const origins: number[] = [];
  let normalised = '';
  let pendingSpace = false;
  const source = text.normalize('NFC');
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (/\s/u.test(character)) {
      pendingSpace = normalised.length > 0;
      continue;
    }
    if (pendingSpace) {
      normalised += ' ';
      origins.push(index - 1);
      pendingSpace = false;
    }
    normalised += normaliseForQuote(character) || character;
    origins.push(index);
  }
  const at = normalised.indexOf(wanted);
  if (at < 0) return null;
  return { start: origins[at]!, end: origins[at + wanted.length - 1]! + 1 };
}

export const isPassageOf = (text: string, quote: string): boolean => findQuote(text, quote) !== null;
