// The CPU figures of the load benchmark: this process's CPU time as /proc tells it, and the process behind a port.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ownCpuSeconds, pidListeningOn, processCpuSeconds } from '../../bench/process-cpu.ts';

describe('process CPU time', () => {
  it('reads this process from /proc as process.cpuUsage() counts it (to a clock tick or two)', () => {
    const spinUntil = performance.now() + 150;
    while (performance.now() < spinUntil) Math.sqrt(Math.random());
    const fromProc = processCpuSeconds(process.pid);
    expect(fromProc).not.toBeNull();
    expect(Math.abs(fromProc! - ownCpuSeconds())).toBeLessThan(0.05);
  });

  it('finds the process listening on a port, and none on a closed one', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    try {
      expect(pidListeningOn(port)).toBe(process.pid);
    } finally {
      server.close();
      await once(server, 'close');
    }
    expect(pidListeningOn(port)).toBeNull();
    expect(processCpuSeconds(2 ** 30)).toBeNull();
  });
});
