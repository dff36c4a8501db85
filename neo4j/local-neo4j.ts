// Builds (once) and runs the Java launcher in this folder as a child process: a real Neo4j Community
// with Bolt on 127.0.0.1. Used by `npm start`, `npm run db` and the test global setup.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const launcherDir = dirname(fileURLToPath(import.meta.url));
const jar = join(launcherDir, 'target', 'local-neo4j-1.0.0.jar');
const libDir = join(launcherDir, 'target', 'lib');
const sources = [join(launcherDir, 'pom.xml'), join(launcherDir, 'src/main/java/org/partnershipgraph/neo4j/LocalNeo4j.java')];

export interface LocalNeo4jOptions {
  boltPort: number;
  dataDir: string;
  password: string;
  heap: string;
  pageCacheMb: number;
  /** Where the launcher's own lines go; defaults to this process's stdout. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Settles when the process has exited, however it went, saying how ("exit code 1", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

function isBuilt(): boolean {
  if (!existsSync(jar) || !existsSync(libDir) || readdirSync(libDir).length === 0) return false;
  const built = statSync(jar).mtimeMs;
  return sources.every((file) => statSync(file).mtimeMs <= built);
}

/** Runs Maven only when the launcher jar is missing or older than its sources. */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  if (isBuilt()) return;
  log('Building the local Neo4j launcher with Maven (first run downloads about 120 MB)…');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: launcherDir, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`Building the Neo4j launcher failed (mvn exit ${result.status ?? result.signal}). Is Maven 3.8+ with Java 17+ installed?`);
  }
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.log(line));
  ensureLauncherBuilt(log);
  const home = resolve(options.dataDir);
  mkdirSync(home, { recursive: true });
  const child: ChildProcess = spawn(
    'java',
    [`-Xms${options.heap}`, `-Xmx${options.heap}`, '-XX:+UseSerialGC', '-cp', `${jar}:${libDir}/*`, 'org.partnershipgraph.neo4j.LocalNeo4j'],
    {
      env: {
        ...process.env,
        NEO4J_HOME_DIR: home,
        NEO4J_BOLT_PORT: String(options.boltPort),
        NEO4J_PASSWORD: options.password,
        NEO4J_PAGECACHE_MB: String(options.pageCacheMb),
        NEO4J_CONF: join(launcherDir, 'neo4j.conf'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Never leave a database behind when this process goes away, however it goes.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const exited = new Promise<string>((resolveExit) => child.once('exit', (code, signal) => resolveExit(signal ? `signal ${signal}` : `exit code ${code}`)));
  const output: string[] = [];
  const ready = new Promise<string>((resolveReady, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        output.push(line);
        const match = /^Neo4j ready at (bolt:\/\/\S+)/.exec(line);
        if (match?.[1]) resolveReady(match[1]);
        else if (line.trim()) log(`  [neo4j] ${line}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code, signal) =>
      reject(new Error(`Local Neo4j exited before it was ready (${code ?? signal}).\n${output.slice(-30).join('\n')}`)),
    );
  });
  const uri = await ready;
  return {
    uri,
    pid: child.pid ?? -1,
    exited,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timeout);
      }
    },
  };
}
