// Unpacks chosen files of a zip while counting the bytes really inflated, so a zip whose header lies about its size
// is stopped at the limit instead of being inflated whole (the declared sizes are never trusted).
import { Unzip, UnzipInflate } from 'fflate';

export class ZipTooLarge extends RangeError {}

// Deflate expands at most about 1,032 times: 4 KiB of input never makes more than ~4 MiB of output per step.
const CHUNK_BYTES = 4 * 1024;

/** The chosen files' contents; throws ZipTooLarge past `maxBytes` of real output, and an Error for a broken zip. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes: number): Record<string, Uint8Array> {
  if (!endsLikeZip(bytes)) throw new Error('no end of central directory: not a zip, or cut short');
  const entries: Record<string, Uint8Array> = {};
  const unfinished = new Set<string>();
  let unpacked = 0;
  let failure: Error | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    unfinished.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      unpacked += chunk.length;
      if (unpacked > maxBytes) {
        failure = new ZipTooLarge(`unpacks to more than ${maxBytes} bytes`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      entries[file.name] = concat(chunks);
      unfinished.delete(file.name);
    };
    file.start();
  };
  for (let offset = 0; offset < bytes.length && !failure; offset += CHUNK_BYTES) {
    unzip.push(bytes.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= bytes.length);
  }
  if (failure) throw failure;
  if (unfinished.size) throw new Error(`${[...unfinished].join(', ')} is cut short`);
  return entries;
}

/** A zip ends with its end-of-central-directory record (22 bytes, plus a comment of up to 64 KiB). */
function endsLikeZip(bytes: Uint8Array): boolean {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return true;
  }
  return false;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
