// Starts the API on HOST:PORT against an already running Neo4j (scripts/start.ts is the one-command start-up).
import { loadConfig } from './config.ts';
import { buildApp } from './app.ts';

const config = loadConfig();
const app = await buildApp(config);
const close = async (signal: string) => {
  app.log.info(`${signal}: closing`);
  await app.close();
  process.exit(0);
};
process.once('SIGINT', () => void close('SIGINT'));
process.once('SIGTERM', () => void close('SIGTERM'));
await app.listen({ host: config.host, port: config.port });
