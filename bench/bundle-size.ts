// Size of the built client (dist/client): every JS and CSS asset raw and gzipped (zlib, default level, as a server
// would send it), so a change that bloats the bundle shows up in the report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** JS and CSS assets of the built client, largest first; null when the client is not built. */
export function bundleSizes(clientDir: string): AssetSize[] | null {
  let all: string[];
  try {
    all = files(clientDir);
  } catch {
    return null;
  }
  return all
    .filter((file) => ['.js', '.mjs', '.css'].includes(extname(file)))
    .map((file) => {
      const content = readFileSync(file);
      return { file: relative(clientDir, file), bytes: content.length, gzipBytes: gzipSync(content).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
