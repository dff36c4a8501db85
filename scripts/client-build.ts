// Builds the client with Vite when dist/client is missing or older than any file in client/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);
}

export function ensureClientBuilt(clientDir: string, log: (line: string) => void): void {
  const index = resolve(clientDir, 'index.html');
  // The measures worker bundles server/analysis, so a change there needs a new build too.
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(newestChange('client'), newestChange('server/analysis'), statSync('vite.config.ts').mtimeMs)) return;
  const started = Date.now();
  log('Building the client…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the client failed (see the output above).');
  log(`Client built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
