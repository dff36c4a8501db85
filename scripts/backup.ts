// `npm run backup [-- FILE]`: writes the whole network (organisations, ties, evidence, sources, history) to a JSON
// file, by default .data/backups/backup-<time>.json. `npm run restore -- FILE` loads it back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { countNodes, readBackup } from './backup-archive.ts';
import { withDatabase } from './database-cli.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const createdAt = new Date().toISOString();
const file = positionals[0] ?? `.data/backups/backup-${createdAt.replace(/[:.]/g, '-')}.json`;

await withDatabase(async ({ config, database, queries }) => {
  const backup = await readBackup(database, queries, config.curation.importTimeoutMs, createdAt);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(backup, null, 1)}\n`);
  const { organisations, ties, sources, changes } = backup.counts;
  console.log(`Backed up ${organisations} organisations, ${ties} ties, ${sources} sources and ${changes} changes to ${file}.`);
  const { other } = await countNodes(database, queries);
  if (other > 0) console.warn(`Note: ${other} other node(s) (not Organisation, Source, Change, Network, Kind, TieType or AttributeDeclaration, e.g. saved views, import records, proposals, whole-network measures) are not part of a backup.`);
});
