// The checksum that recognises a duplicate source document.
import { createHash } from 'node:crypto';

/** sha256 of the text as stored (UTF-8), hex: the same document ingested twice has the same checksum. */
export function textChecksum(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
