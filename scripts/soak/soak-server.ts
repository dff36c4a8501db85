// Child process of run-soak.ts: the real app on a free loopback port, in its own process so its memory can be
// measured alone, reporting process.memoryUsage() (after a full GC when asked) over IPC.
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';

interface Message {
  type: 'memory' | 'stop';
  gc?: boolean;
}

const app = await buildApp(loadConfig(), { logger: false });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ type: 'listening', address });

process.on('message', (message: Message) => {
  if (message.type === 'memory') {
    // A full collection first, so the heap figure is what is retained, not what merely has not been collected yet.
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    process.send?.({ type: 'memory', rss, heapUsed, heapTotal, external });
  } else if (message.type === 'stop') {
    void app.close().then(() => process.exit(0));
  }
});
