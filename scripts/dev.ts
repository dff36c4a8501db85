// `npm run dev`: Neo4j (started or reused, seeded if empty), the API with reload on change (tsx watch) and the
// Vite dev server with hot reload, which proxies /api to the API.
import { spawn, type ChildProcess } from 'node:child_process';
import { loadConfig } from '../server/config.ts';
import { prepareDatabase } from './prepare-database.ts';

const config = loadConfig();
const database = await prepareDatabase(config, (line) => console.log(line));
const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'watch', 'server/main.ts'], { stdio: 'inherit', env: { ...process.env, NEO4J_URI: config.neo4j.uri, LOG_LEVEL: 'info' } }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];
const stop = async () => {
  for (const child of children) child.kill('SIGTERM');
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
