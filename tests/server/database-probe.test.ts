// The liveness probe against real sockets: a server that answers the Bolt handshake, one that accepts connections
// but never answers (as a frozen Neo4j does), and a port nobody listens on.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabaseProbe } from '../../server/database-probe.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(onData: (socket: import('node:net').Socket, chunk: Buffer) => void): Promise<string> {
  const server = createServer((socket) => socket.on('data', (chunk) => onData(socket, chunk)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  // Connections the test leaves open must not keep the server from closing.
  server.on('connection', (socket) => socket.unref());
  return `bolt://127.0.0.1:${address.port}`;
}

const options = { timeoutMs: 300, reuseMs: 0 };

describe('createDatabaseProbe', () => {
  it('says alive when the server answers the handshake with a version', async () => {
    let preamble = '';
    const uri = await listen((socket, chunk) => {
      preamble = chunk.subarray(0, 4).toString('hex');
      socket.write(Buffer.from([0, 0, 4, 5]));
    });
    await expect(createDatabaseProbe(uri, options).alive()).resolves.toBe(true);
    expect(preamble).toBe('6060b017');
  });

  it('says not alive, within its timeout, when the server accepts but never answers (a frozen database)', async () => {
    const uri = await listen(() => {});
    const started = Date.now();
    await expect(createDatabaseProbe(uri, options).alive()).resolves.toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('says not alive when nothing listens on the port', async () => {
    const uri = await listen(() => {});
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await expect(createDatabaseProbe(uri, options).alive()).resolves.toBe(false);
  });

  it('shares one probe among concurrent callers', async () => {
    let connections = 0;
    const uri = await listen((socket) => {
      connections += 1;
      socket.write(Buffer.from([0, 0, 4, 5]));
    });
    const probe = createDatabaseProbe(uri, { timeoutMs: 300, reuseMs: 1_000 });
    await expect(Promise.all([probe.alive(), probe.alive(), probe.alive()])).resolves.toEqual([true, true, true]);
    expect(connections).toBe(1);
  });
});
