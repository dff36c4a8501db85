// Starts the API on HOST:PORT against an already running Neo4j (scripts/start.ts is the one-command start-up).
import { loadConfig } from './config.ts';
import { buildApp } from './app.ts';

const config = loadConfig();
const app = await buildApp(config);
const close = async (signal: string) => {
  app.log.info(`${signal}: closing`);
  // app.close() waits for in-flight requests (each bounded by its deadline); past that grace period, go anyway.
  setTimeout(() => {
    app.log.error('In-flight requests did not finish within 30 s of the signal; exiting anyway.');
    process.exit(1);
  }, 30_000).unref();
  await app.close();
  process.exit(0);
};
process.once('SIGINT', () => void close('SIGINT'));
process.once('SIGTERM', () => void close('SIGTERM'));
await app.listen({ host: config.host, port: config.port });
