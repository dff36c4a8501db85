// A cheap liveness probe of the database, with a short timeout: a fresh connection and the Bolt handshake, nothing
// more (no login, no query). A frozen Neo4j (stopped process, lost host) still accepts TCP connections into the
// kernel's backlog but never answers the handshake, while a busy one answers it at once from its I/O threads, so the
// probe tells "down" from "busy" in well under a second. Concurrent checks share one probe, and its answer is kept briefly.
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';

export interface DatabaseProbe {
  /** True when the database answered the handshake within the timeout. */
  alive(): Promise<boolean>;
}

export interface DatabaseProbeOptions {
  timeoutMs: number;
  /** How long an answer is reused. */
  reuseMs: number;
}

// The Bolt preamble and four version proposals (5.0–5.4, 4.4, then none): any four-byte answer means a live server.
const HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 4, 4, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
const DEFAULT_PORT = 7687;

const TICK_MS = 50;

/**
 * Calls `expired` once the event loop has been responsive for `ms` in all: time this process spent blocked (a large
 * export serialising, say) does not count, since the answer may be waiting unread. Wall-clock time is capped at
 * four times `ms`. Each check runs after the poll phase (setImmediate), so I/O that already arrived is read first.
 */
function awaitResponsiveTime(ms: number, expired: () => void): { cancel(): void } {
  const started = Date.now();
  let responsive = 0;
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  const tick = (scheduledAt: number) => {
    timer = setTimeout(() => {
      immediate = setImmediate(() => {
        const now = Date.now();
        // A tick that came late means the loop was blocked: only its due share counts.
        responsive += Math.min(now - scheduledAt, TICK_MS);
        if (responsive >= ms || now - started >= 4 * ms) expired();
        else tick(now);
      });
    }, TICK_MS);
  };
  tick(started);
  return {
    cancel() {
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
    },
  };
}

function handshake(uri: string, timeoutMs: number): Promise<boolean> {
  const url = new URL(uri);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || DEFAULT_PORT);
  const secure = /\+s(sc)?:$/.test(url.protocol);
  return new Promise((resolve) => {
    let received = 0;
    const socket: Socket = secure
      ? connectTls({ host, port, servername: host, rejectUnauthorized: !url.protocol.endsWith('+ssc:') }, () => socket.write(HANDSHAKE))
      : connectTcp({ host, port }, () => socket.write(HANDSHAKE));
    let settled = false;
    const done = (alive: boolean) => {
      if (settled) return;
      settled = true;
      timer.cancel();
      socket.destroy();
      resolve(alive);
    };
    const timer = awaitResponsiveTime(timeoutMs, () => done(false));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4) done(true);
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(received >= 4));
  });
}

export function createDatabaseProbe(uri: string, options: DatabaseProbeOptions): DatabaseProbe {
  let last: { settledAt: number | null; alive: Promise<boolean> } | null = null;
  return {
    alive() {
      // A probe in flight is shared: every caller waits for the same answer.
      const fresh = last && (last.settledAt === null || Date.now() - last.settledAt <= options.reuseMs);
      if (!fresh) {
        const probe: { settledAt: number | null; alive: Promise<boolean> } = { settledAt: null, alive: handshake(uri, options.timeoutMs) };
        void probe.alive.then(() => { probe.settledAt = Date.now(); });
        last = probe;
      }
      return last!.alive;
    },
  };
}
