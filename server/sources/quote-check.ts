// The check of every stored quote against the text of the source it cites: a quote that is no longer a passage of
// its source (edited in the database, or written before quotes were verified) is reported, never silently kept.
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { isPassageOf } from './source-text.ts';

export interface StoredQuote {
  tie: string;
  /** Index of the quote in the tie's evidence. */
  position: number;
  source: string;
  quote: string;
}

export interface QuoteCheck {
  checked: number;
  mismatches: StoredQuote[];
}

export function findQuoteMismatches(quotes: readonly StoredQuote[], texts: ReadonlyMap<string, string>): StoredQuote[] {
  return quotes.filter(({ source, quote }) => {
    const text = texts.get(source);
    return text !== undefined && !isPassageOf(text, quote);
  });
}

export async function checkStoredQuotes(database: Database, queries: QueryStore): Promise<QuoteCheck> {
  return database.read(async (tx) => {
    const result = await tx.run(queries.get('sources/list-stored-quotes'));
    const quotes = result.records.map((record) => ({
      tie: String(record.get('tie')),
      position: Number(record.get('position')),
      source: String(record.get('source')),
      quote: String(record.get('quote') ?? ''),
    }));
    const texts = await tx.run(queries.get('sources/read-source-texts'), { ids: [...new Set(quotes.map((quote) => quote.source))] });
    return { checked: quotes.length, mismatches: findQuoteMismatches(quotes, new Map(texts.records.map((record) => [record.get('id') as string, record.get('text') as string]))) };
  });
}

export const describeMismatch = ({ tie, position, source, quote }: StoredQuote): string =>
  `tie ${tie} evidence[${position}].quote is not a passage of source "${source}": "${quote.length > 120 ? `${quote.slice(0, 117)}…` : quote}"`;
