// Uploaded bytes to text, or a clear refusal: UTF-8 (with or without BOM) and UTF-16 (LE/BE, with a BOM or
// recognisable by its zero bytes) are decoded; anything else is refused with the line and byte that are wrong.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    // Lead byte → number of continuation bytes and the allowed range of the first one (no overlongs, no surrogates).
    let count: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) count = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      count = 2;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      count = 3;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= count; k++) {
      const next = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next === undefined || next < min || next > max) return i;
    }
    i += count + 1;
  }
  return -1;
}

/** UTF-16 without a BOM shows as a zero byte in every other position for Latin text; which half says the order. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, label: string, name: string): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, problem: `${name} contains NUL characters: it is not a text file` };
    return { ok: true, text, encoding: label };
  } catch {
    return { ok: false, problem: `${name} is not valid ${label} (an odd number of bytes or a broken surrogate pair)` };
  }
}

export function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return { ok: false, problem: `${name} is UTF-32, which is not supported: save it as UTF-8` };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2), 'UTF-16LE', name);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2), 'UTF-16BE', name);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const utf16 = sniffUtf16(body);
  if (utf16) return decodeWith(utf16, body, utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE', name);
  const invalid = firstInvalidUtf8(body);
  if (invalid >= 0) {
    const byte = body[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problem: `${name} line ${lineAt(body, invalid)}: not valid UTF-8 (byte 0x${byte} at offset ${invalid + body.byteOffset - bytes.byteOffset}); ` +
        'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")',
    };
  }
  return decodeWith('utf-8', body, 'UTF-8', name);
}
