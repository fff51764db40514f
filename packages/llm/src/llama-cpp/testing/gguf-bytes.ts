import { type GgufScalarType, type GgufValue, ggufArrayTypeCode, ggufScalarTypes } from "./gguf-value.js";

const encoder = new TextEncoder();

/** A growable little-endian byte buffer with the primitive writes the GGUF header needs. */
export class GgufBytes {
  private buffer = new Uint8Array(4096);
  /** Bytes written so far. */
  length = 0;

  /** The bytes written so far (a copy-free view). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(count: number): number {
    const offset = this.length;
    if (offset + count > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, offset + count));
      grown.set(this.buffer.subarray(0, offset));
      this.buffer = grown;
    }
    this.length += count;
    return offset;
  }

  /** Reserves `count` bytes and returns a view of exactly them. */
  private at(count: number): DataView {
    const offset = this.reserve(count);
    return new DataView(this.buffer.buffer, offset, count);
  }

  /** A little-endian unsigned 32-bit integer. */
  uint32(value: number): void {
    this.at(4).setUint32(0, value, true);
  }

  /** A little-endian unsigned 64-bit integer (counts, lengths, offsets). */
  uint64(value: bigint | number): void {
    this.at(8).setBigUint64(0, BigInt(value), true);
  }

  /** A GGUF string: its UTF-8 byte length as a uint64, then the bytes, no terminator. */
  string(value: string): void {
    const encoded = encoder.encode(value);
    this.uint64(encoded.length);
    const offset = this.reserve(encoded.length);
    this.buffer.set(encoded, offset);
  }

  /** Zero bytes up to the next multiple of `alignment`. */
  pad(alignment: number): void {
    const remainder = this.length % alignment;
    if (remainder !== 0) {
      const offset = this.reserve(alignment - remainder);
      this.buffer.fill(0, offset, this.length);
    }
  }

  /** A metadata value with its type code in front. */
  value(value: GgufValue): void {
    if (value.type === "array") {
      this.uint32(ggufArrayTypeCode);
      this.uint32(ggufScalarTypes[value.itemType]);
      this.uint64(value.value.length);
      for (const item of value.value) {
        this.scalar(value.itemType, item);
      }
      return;
    }
    this.uint32(ggufScalarTypes[value.type]);
    this.scalar(value.type, value.value);
  }

  private scalar(type: GgufScalarType, value: number | bigint | boolean | string): void {
    if (type === "string") {
      this.string(String(value));
      return;
    }
    if (type === "bool") {
      this.at(1).setUint8(0, value === true ? 1 : 0);
      return;
    }
    const [size, write] = numberWriters[type];
    write(this.at(size), value as number | bigint);
  }
}

type NumberType = Exclude<GgufScalarType, "string" | "bool">;

/** Byte size and little-endian writer of each numeric GGUF type. */
const numberWriters: Record<NumberType, [number, (view: DataView, value: number | bigint) => void]> = {
  uint8: [1, (view, value) => view.setUint8(0, Number(value))],
  int8: [1, (view, value) => view.setInt8(0, Number(value))],
  uint16: [2, (view, value) => view.setUint16(0, Number(value), true)],
  int16: [2, (view, value) => view.setInt16(0, Number(value), true)],
  uint32: [4, (view, value) => view.setUint32(0, Number(value), true)],
  int32: [4, (view, value) => view.setInt32(0, Number(value), true)],
  float32: [4, (view, value) => view.setFloat32(0, Number(value), true)],
  float64: [8, (view, value) => view.setFloat64(0, Number(value), true)],
  uint64: [8, (view, value) => view.setBigUint64(0, BigInt(value), true)],
  int64: [8, (view, value) => view.setBigInt64(0, BigInt(value), true)],
};
