// The API as people run it, for the API benchmark: server/main.ts in a Node process of its own (with tsx's loader,
// as `npm start` runs it), so its event loop shares nothing with the HTTP load client or the driver-side measurement.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort, untilHealthy } from './stop-bench.ts';

export interface ServerProcess {
  url: string;
  pid: number;
  /** SIGTERM (the server closes cleanly), SIGKILL if it has not exited within 10 s. */
  close(): Promise<void>;
}

/** `env`: settings on top of this process's environment (server/config.ts reads them); answers once /api/health does. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await untilHealthy(url, child, timeoutMs);
  } catch {
    await close();
    throw new Error(`The API server process did not become healthy: ${stderr.trim() || 'no output'}`);
  }
  return { url, pid: child.pid!, close };
}
