// Networks: separate graphs kept in one database (an organisation belongs to exactly one). Shared at runtime by the
// server's schemas and the client (dependency-free): the default network and what a network id may be.

/** The network every request without a `network` parameter reads and writes, so existing addresses keep working. */
export const DEFAULT_NETWORK = { id: 'leeds', label: 'Leeds partnerships' } as const;

/** A network id: a short lower-case slug (it appears in addresses and file names). */
export const NETWORK_ID_PATTERN = '^[a-z][a-z0-9-]{0,39}$';
export const NETWORK_LABEL_MAX = 100;

/** Each network's vocabulary: a kind id is a slug; a tie type id is also a Neo4j relationship type. */
export const KIND_ID_PATTERN = '^[a-z][a-z0-9-]{0,59}$';
export const TIE_TYPE_ID_PATTERN = '^[A-Z][A-Z0-9_]{0,59}$';
/** A colour as the explorer and the exports write it. */
export const COLOUR_PATTERN = '^#[0-9A-Fa-f]{6}$';
export const VOCABULARY_TEXT_MAX = { label: 100, description: 2000 } as const;
