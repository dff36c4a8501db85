// `npm start`: one command for the main job — build the client if needed, start (or reach) Neo4j, apply the
// schema, seed an empty database, serve API + client. Ctrl-C stops everything it started, Neo4j included.
import { loadConfig } from '../server/config.ts';
import { buildApp } from '../server/app.ts';
import { ensureClientBuilt } from './client-build.ts';
import { prepareDatabase } from './prepare-database.ts';

const log = (line: string) => console.log(line);
const config = loadConfig();
ensureClientBuilt(config.clientDir, log);
const database = await prepareDatabase(config, log);
const app = await buildApp(config);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`\n${signal} received: stopping the server and the database…`);
  // app.close() lets in-flight requests finish; a second signal, or 30 s, stops without waiting. Ctrl-C reaches
  // this process twice at once (from the terminal, and relayed by npm), so only a signal a second later counts.
  const signalledAt = Date.now();
  const force = () => {
    console.error('Stopping without waiting for in-flight requests.');
    void database.stop().finally(() => process.exit(1));
  };
  process.on(signal, () => {
    if (Date.now() - signalledAt > 1_000) force();
  });
  const grace = setTimeout(force, 30_000);
  await app.close();
  clearTimeout(grace);
  await database.stop();
  log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const address = await app.listen({ host: config.host, port: config.port });
  log(`Partnership Graph Explorer is ready: open ${address} (API docs at ${address}/docs). Ctrl-C stops it.`);
} catch (error) {
  console.error(`Cannot serve on ${config.host}:${config.port}: ${(error as Error).message}`);
  await database.stop();
  process.exit(1);
}
