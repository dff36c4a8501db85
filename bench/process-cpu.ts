// CPU time of processes on Linux, so a throughput figure can be given per CPU-second as well as per second: on a
// shared machine the wall clock carries everyone else's work, CPU time only ours. /proc only; elsewhere, null.
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds `pid` has used so far, or null when /proc cannot tell. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after its closing one are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const userTicks = Number(fields[11]);
    const systemTicks = Number(fields[12]);
    return Number.isFinite(userTicks + systemTicks) ? (userTicks + systemTicks) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** This process's user + system CPU seconds (all threads). */
export const ownCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** The lines of a /proc file, or none when it cannot be read (not Linux, gone, not ours). */
const linesOf = (file: string): string[] => {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
};

/** A directory's entries, or none when it cannot be read. */
const entriesOf = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** The local TCP sockets listening on `port` (IPv4 and IPv6), as the socket inodes /proc/<pid>/fd links name. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of linesOf(table).slice(1)) {
      const columns = line.trim().split(/\s+/);
      const localPort = Number.parseInt(columns[1]?.split(':')[1] ?? '', 16);
      // State 0A is LISTEN; column 9 is the inode.
      if (localPort === port && columns[3] === '0A' && columns[9]) inodes.add(columns[9]);
    }
  }
  return inodes;
}

/** The process listening on a local TCP port (e.g. Neo4j's Bolt port), or null when none is found or /proc is missing. */
export function pidListeningOn(port: number): number | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const pid of entriesOf('/proc').filter((name) => /^\d+$/.test(name))) {
    for (const fd of entriesOf(`/proc/${pid}/fd`)) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith('socket:[') && inodes.has(target.slice(8, -1))) return Number(pid);
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}
