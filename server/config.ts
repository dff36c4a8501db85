// The only reader of process.env: typed, validated configuration for the server, scripts and tests.
// Every variable is documented in README.md and .env.example.
import { getHeapStatistics } from 'node:v8';

export interface Config {
  host: string;
  port: number;
  logLevel: string;
  neo4j: {
    /** Set when the user points us at an existing Neo4j/Aura; unset means "start the local one". */
    externalUri: string | null;
    uri: string;
    user: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
  };
  localNeo4j: {
    boltPort: number;
    dataDir: string;
    heap: string;
    pageCacheMb: number;
  };
  graph: {
    defaultLimit: number;
    maxLimit: number;
  };
  clientDir: string;
  /** Hostile input, load and browsers: see server/plugins/ and README "Hardening". */
  hardening: {
    /** Origins allowed to call the API from a browser; empty means CORS is off (same origin only). */
    corsOrigins: string[];
    /** Requests per minute per client IP; 0 turns rate limiting off (benchmarks). */
    rateLimitMax: number;
    /** Stricter per-minute limit of the expensive routes (/api/paths, /api/export). */
    rateLimitStrictMax: number;
    /** Load shedding (503) thresholds; 0 turns a check off. */
    maxEventLoopDelayMs: number;
    maxHeapUsedBytes: number;
    maxRssBytes: number;
    /** Heavy routes (exports, paths, subgraphs, analysis) running at once, waiting, and how long one may wait. */
    heavyConcurrency: number;
    heavyQueue: number;
    heavyQueueWaitMs: number;
  };
  /** Whole-network measures, computed in a worker thread and stored: see server/measures/ and README "Network analysis". */
  measures: {
    /** Recompute once the network has had no write for this long; 0: only when POST /api/analysis/recompute asks. */
    recomputeAfterMs: number;
    /** Networks up to this many organisations get exact betweenness and closeness; larger ones an estimate. */
    exactUpTo: number;
    /** Organisations the estimate searches from. */
    sampleSize: number;
  };
  /** Writes, imports and history: see server/writes/, server/import/, server/access/ and README "Curating the network". */
  curation: {
    /** API_TOKEN, the token named "default"; null when unset. Never logged or sent. */
    apiToken: string | null;
    /** API_TOKENS_FILE: JSON { name: token } or `name:token` lines, read at start-up. */
    tokensFile: string | null;
    /** READS_REQUIRE_TOKEN: reads need a token too (health excepted). */
    readsRequireToken: boolean;
    /** Largest import upload, in bytes (413 beyond). */
    importMaxBytes: number;
    /** Timeout of an import or restore transaction (imports run far longer than one read). */
    importTimeoutMs: number;
    /** Most changes an import writes in one transaction; larger imports are written in batches. */
    importBatchRows: number;
  };
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

/** A secret: checked for strength, but never echoed in an error message. */
function token(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (raw.trim().length < 16 || /\s/.test(raw)) throw new ConfigError(`${name} must be at least 16 characters without spaces`);
  return raw;
}

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  return raw === undefined || raw === '' ? fallback : raw;
}

const MiB = 1024 * 1024;
// Shed load before V8 runs out of heap: 90% of this process's own heap limit (it follows --max-old-space-size).
const defaultMaxHeapMb = Math.floor((getHeapStatistics().heap_size_limit * 0.9) / MiB);

function list(env: Env, name: string): string[] {
  return (env[name] ?? '').split(',').map((value) => value.trim()).filter(Boolean);
}

export function loadConfig(env: Env = process.env): Config {
  const boltPort = integer(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535);
  const externalUri = env.NEO4J_URI ? env.NEO4J_URI : null;
  if (externalUri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(externalUri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s:// (got "${externalUri}")`);
  }
  return {
    host: text(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 3000, 0, 65535),
    logLevel: text(env, 'LOG_LEVEL', 'warn'),
    neo4j: {
      externalUri,
      uri: externalUri ?? `bolt://127.0.0.1:${boltPort}`,
      user: text(env, 'NEO4J_USER', 'neo4j'),
      password: text(env, 'NEO4J_PASSWORD', 'partnership-graph'),
      database: text(env, 'NEO4J_DATABASE', 'neo4j'),
      queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
    },
    localNeo4j: {
      boltPort,
      dataDir: text(env, 'NEO4J_DATA_DIR', '.data/neo4j'),
      heap: text(env, 'NEO4J_HEAP', '768m'),
      pageCacheMb: integer(env, 'NEO4J_PAGECACHE_MB', 256, 8, 65536),
    },
    graph: {
      defaultLimit: integer(env, 'GRAPH_DEFAULT_LIMIT', 500, 1, 100_000),
      maxLimit: integer(env, 'GRAPH_MAX_LIMIT', 5_000, 1, 100_000),
    },
    clientDir: text(env, 'CLIENT_DIR', 'dist/client'),
    hardening: {
      corsOrigins: list(env, 'CORS_ORIGINS'),
      rateLimitMax: integer(env, 'RATE_LIMIT_MAX', 600, 0, 1_000_000),
      rateLimitStrictMax: integer(env, 'RATE_LIMIT_STRICT_MAX', 120, 1, 1_000_000),
      maxEventLoopDelayMs: integer(env, 'PRESSURE_MAX_EVENT_LOOP_DELAY_MS', 1_000, 0, 600_000),
      maxHeapUsedBytes: integer(env, 'PRESSURE_MAX_HEAP_MB', defaultMaxHeapMb, 0, 1_048_576) * MiB,
      maxRssBytes: integer(env, 'PRESSURE_MAX_RSS_MB', 0, 0, 1_048_576) * MiB,
      heavyConcurrency: integer(env, 'HEAVY_CONCURRENCY', 4, 1, 1_000),
      heavyQueue: integer(env, 'HEAVY_QUEUE', 16, 0, 100_000),
      heavyQueueWaitMs: integer(env, 'HEAVY_QUEUE_WAIT_MS', 5_000, 0, 600_000),
    },
    measures: {
      recomputeAfterMs: integer(env, 'MEASURES_RECOMPUTE_AFTER_MS', 10_000, 0, 86_400_000),
      exactUpTo: integer(env, 'MEASURES_EXACT_UP_TO', 10_000, 0, 10_000_000),
      sampleSize: integer(env, 'MEASURES_SAMPLE_SIZE', 500, 1, 10_000_000),
    },
    curation: {
      apiToken: token(env, 'API_TOKEN'),
      tokensFile: env.API_TOKENS_FILE ? env.API_TOKENS_FILE : null,
      readsRequireToken: boolean(env, 'READS_REQUIRE_TOKEN', false),
      importMaxBytes: integer(env, 'IMPORT_MAX_BYTES', 50 * MiB, 1024, 2 * 1024 * MiB),
      importTimeoutMs: integer(env, 'IMPORT_TIMEOUT_MS', 300_000, 1_000, 3_600_000),
      importBatchRows: integer(env, 'IMPORT_BATCH_ROWS', 10_000, 1, 1_000_000),
    },
  };
}
