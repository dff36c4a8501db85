// Builds the Lucene query for organisation search from what a person typed. Lucene syntax in the input is
// never interpreted: special characters become separators and operators lose their meaning by lower-casing.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/<>=]/g;
const MAX_TOKENS = 8;

export function searchTokens(input: string): string[] {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .slice(0, MAX_TOKENS)
    .map((token) => token.slice(0, 40));
}

/** Each token matches exactly (best), as a prefix ("Leeds Teach"), or within a small edit distance ("Husein"). */
function tokenClause(token: string): string {
  // Apostrophes and the like stay in the token (the analyzer keeps "king's"), but must not end a term unescaped.
  const term = token.replace(/'/g, "\\'");
  const clauses = [`${term}^4`, `${term}*^2`];
  if (token.length >= 4) clauses.push(`${term}~${token.length >= 7 ? 2 : 1}`);
  return `(${clauses.join(' OR ')})`;
}

/** `all`: every token must match; `any`: at least one (the fallback when nothing matches them all). */
export function toFulltextQuery(tokens: readonly string[], match: 'all' | 'any'): string {
  return tokens.map((token) => (match === 'all' ? `+${tokenClause(token)}` : tokenClause(token))).join(' ');
}
