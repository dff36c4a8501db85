// `npm run test:fuzz [-- --max-examples N --max-time S --stateful --seed N]`: fuzzes the API from its own
// OpenAPI contract with Schemathesis (PyPI, pinned, in a venv this script makes) against the real app on a free
// port and a seeded local Neo4j of its own. Fails on any 5xx, off-contract response or request past the timeout.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../server/app.ts';
import { readVocabulary } from '../../seed/dataset.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { startSeededNeo4j } from '../soak/seeded-neo4j.ts';
import { HOSTILE_STRINGS } from './hostile-input.ts';

const SCHEMATHESIS_VERSION = '4.32.5';
const WORK_DIR = resolve('.data/fuzz');
const VENV = resolve('.data/fuzz-venv');
const BOLT_PORT = 7694;
/** The API's own query timeout; the fuzzer's per-request timeout sits above it, so a hang shows as a failure. */
const QUERY_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_S = 15;

const log = (line: string) => console.error(line);

function ensureSchemathesis(): string {
  const bin = `${VENV}/bin/schemathesis`;
  const installed = existsSync(bin) && spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.includes(SCHEMATHESIS_VERSION);
  if (installed) return bin;
  log(`Installing Schemathesis ${SCHEMATHESIS_VERSION} into ${VENV} (first run only)…`);
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', VENV]],
    [`${VENV}/bin/pip`, ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`]],
  ];
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}); Python 3.9+ with venv is needed`);
  }
  return bin;
}

const toml = (value: string) => JSON.stringify(value);
const tomlList = (values: readonly string[]) => `[${values.map(toml).join(', ')}]`;

/**
 * Real ids and vocabulary half of the time, so fuzzing reaches past "404 unknown id" into neighbourhoods, paths and
 * exports; hostile strings (injection, Lucene syntax) some of the time; Schemathesis's own data otherwise.
 */
function writeConfig(file: string): void {
  const dataset = loadDataset();
  const vocabulary = readVocabulary();
  const ids = dataset.organisations.map((organisation) => organisation.id);
  const bind = (parameter: string, dictionary: string, probability: number) =>
    `${toml(parameter)} = { dictionary = ${toml(dictionary)}, probability = ${probability} }`;
  writeFileSync(file, [
    '# Written by scripts/fuzz/run-schemathesis.ts on every run; edit the script, not this file.',
    `request-timeout = ${REQUEST_TIMEOUT_S}`,
    '',
    // Semantic 400s that JSON Schema cannot express (from = to, unknown tie types in a comma-separated list),
    // 409 for a write based on a stale version, 422 for an import whose rows fail their checks, and 431 for a GET
    // whose percent-encoded URL passes 64 KiB (long selections go in POST /api/export's body).
    '[checks.positive_data_acceptance]',
    'expected-statuses = ["2XX", "400", "404", "409", "422", "431"]',
    // Oversized input may be refused before validation: 414 (path parameter) or 431 (URL and headers).
    '[checks.negative_data_rejection]',
    'expected-statuses = ["400", "404", "405", "413", "414", "415", "429", "431"]',
    '',
    // Links between operations from dependency analysis only: the location-header inference also scans response
    // bodies for URLs and crashes (Schemathesis 4.32.5, urlsplit "Invalid IPv6 URL") on a stored url like "http://[".
    '[phases.stateful.inference]',
    'algorithms = ["dependency-analysis"]',
    '',
    // An organisation's history outlives the organisation on purpose (who deleted it, and what it was).
    '[[operations]]',
    'include-path-regex = "/history$"',
    'checks.use_after_free.enabled = false',
    '',
    '[dictionaries.ids]',
    `values = ${tomlList(ids)}`,
    '[dictionaries.tie-types]',
    `values = ${tomlList([...vocabulary.tieTypeIds, [...vocabulary.tieTypeIds].slice(0, 3).join(',')])}`,
    '[dictionaries.kinds]',
    `values = ${tomlList([...vocabulary.kindIds, [...vocabulary.kindIds].slice(0, 3).join(',')])}`,
    '[dictionaries.id-lists]',
    `values = ${tomlList([ids.slice(0, 5).join(','), ids.slice(5, 40).join(','), ids[0] ?? ''])}`,
    '[dictionaries.hostile]',
    `values = ${tomlList(HOSTILE_STRINGS)}`,
    '',
    '[parameters]',
    bind('query.from', 'ids', 0.6),
    bind('query.to', 'ids', 0.6),
    bind('query.centre', 'ids', 0.5),
    bind('path.id', 'ids', 0.5),
    bind('query.ids', 'id-lists', 0.4),
    bind('query.avoid', 'id-lists', 0.3),
    bind('query.tieTypes', 'tie-types', 0.4),
    bind('query.kinds', 'kinds', 0.4),
    bind('query.q', 'hostile', 0.4),
    '',
  ].join('\n'));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'max-examples': { type: 'string', default: '10' },
      'max-time': { type: 'string', default: '150' },
      seed: { type: 'string' },
      // One worker: with two threads, Hypothesis's concurrent ast.parse calls trip CPython's shared AST recursion
      // counter now and then ("SystemError: AST constructor recursion depth mismatch", python/cpython#106905),
      // failing the run with an error in the tool rather than in the API.
      workers: { type: 'string', default: '1' },
      stateful: { type: 'boolean', default: false },
    },
  });
  const schemathesis = ensureSchemathesis();
  mkdirSync(WORK_DIR, { recursive: true });
  const configFile = `${WORK_DIR}/schemathesis.toml`;
  const errorLog = `${WORK_DIR}/server-errors.log`;
  writeConfig(configFile);
  writeFileSync(errorLog, '');

  const neo4j = await startSeededNeo4j(BOLT_PORT, '.data/neo4j-fuzz', log);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    log(`Seeded ${neo4j.organisations} organisations and ${neo4j.ties} ties.`);
    // No rate limit (the fuzzer is one very busy client), no load shedding (a loaded CI box must not turn into 503s).
    // A throw-away token, so the write routes are fuzzed past their token check too (the database is reset each run).
    const token = randomBytes(24).toString('hex');
    const config = neo4j.config({
      API_TOKEN: token,
      RATE_LIMIT_MAX: '0',
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      PRESSURE_MAX_HEAP_MB: '0',
      QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    });
    app = await buildApp(config, { logger: false });
    // Every server error, with the request that caused it, for whoever fixes it.
    const failures = new WeakMap<object, Error>();
    app.addHook('onError', async (request, _reply, error) => {
      failures.set(request, error);
    });
    app.addHook('onResponse', async (request, reply) => {
      if (reply.statusCode < 500) return;
      const error = failures.get(request);
      appendFileSync(errorLog, `${new Date().toISOString()} ${reply.statusCode} ${request.method} ${request.url}\n${error?.stack ?? ''}\n\n`);
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    log(`API on ${address}; fuzzing ${address}/openapi.json (report in ${WORK_DIR}).`);

    const phases = values.stateful ? 'examples,coverage,fuzzing,stateful' : 'examples,coverage,fuzzing';
    const args = [
      '--config-file', configFile,
      'run', `${address}/openapi.json`,
      '--checks', 'all',
      '--phases', phases,
      '--max-examples', values['max-examples'],
      '--max-time', values['max-time'],
      '--workers', values.workers,
      '--request-timeout', String(REQUEST_TIMEOUT_S),
      '--header', `Authorization: Bearer ${token}`,
      '--suppress-health-check', 'all',
      '--report', 'junit,har',
      '--report-dir', `${WORK_DIR}/report`,
      '--no-color',
      ...(values.seed ? ['--seed', values.seed] : []),
    ];
    const code = await new Promise<number>((resolveCode) => {
      const child = spawn(schemathesis, args, { stdio: 'inherit', env: { ...process.env, SCHEMATHESIS_HOOKS: '' } });
      child.once('exit', (exitCode, signal) => resolveCode(exitCode ?? (signal ? 1 : 0)));
    });
    log(code === 0 ? 'Fuzzing found no failures.' : `Fuzzing failed (exit ${code}); server errors, if any, are in ${errorLog}.`);
    return code;
  } finally {
    await app?.close();
    await neo4j.stop();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  },
);
