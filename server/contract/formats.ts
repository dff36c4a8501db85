// The formats and modes the API names in its parameters, shared at runtime by the route schemas and the client
// (dependency-free, no Node APIs): a format the client forgets is a compile error, not a review finding.

/** What GET /api/export writes. */
export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What POST /api/import reads: the JSON export, the CSV export's zip (or its CSV files), GraphML. */
export const IMPORT_FORMATS = ['json', 'csv', 'graphml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How GET /api/paths searches. */
export const PATH_MODES = ['shortest', 'all-shortest', 'k-shortest'] as const;
export type PathMode = (typeof PATH_MODES)[number];

/** The bounds of GET /api/paths' numeric parameters. */
export const PATH_LIMITS = {
  k: { minimum: 1, maximum: 10, default: 3 },
  maxHops: { minimum: 1, maximum: 8, default: 6 },
} as const;
