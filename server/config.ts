// The only reader of process.env: typed, validated configuration for the server, scripts and tests.
// Every variable is documented in README.md and .env.example.

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

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  return raw === undefined || raw === '' ? fallback : raw;
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
  };
}
