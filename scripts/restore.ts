// `npm run restore -- FILE [--force]`: loads a backup into an empty database (schema first, then everything in one
// transaction). A database that holds anything is refused unless --force, which empties it first.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { countNodes, parseBackup, restoreBackup } from './backup-archive.ts';
import { applySchema } from '../server/schema-setup.ts';
import { resetDatabase } from '../seed/seed-loader.ts';
import { isLoopback, withDatabase } from './database-cli.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run restore -- FILE [--force]');
  process.exit(2);
}

await withDatabase(async ({ config, database, queries, vocabulary }) => {
  const backup = parseBackup(readFileSync(file, 'utf8'));
  const { total } = await countNodes(database, queries);
  if (total > 0) {
    if (!values.force) {
      console.error(`Refusing to restore into ${config.neo4j.uri}: it holds ${total} nodes. Add --force to empty it first.`);
      return 2;
    }
    if (!isLoopback(config.neo4j.uri)) console.warn(`Emptying ${config.neo4j.uri} (not a loopback database) because of --force.`);
    await resetDatabase(database, queries);
    console.log(`Emptied ${config.neo4j.uri}.`);
  }
  await applySchema(database, queries);
  const counts = await restoreBackup(database, queries, vocabulary, backup, config.curation.importTimeoutMs);
  console.log(`Restored ${counts.organisations} organisations, ${counts.ties} ties, ${counts.sources} sources and ${counts.changes} changes from ${file} (backed up ${backup.createdAt}).`);
});
