import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGguf } from "./write-gguf.js";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-gguf-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("writeGguf", () => {
  it("writes typed metadata and aligned F32 tensors that node-llama-cpp parses", async () => {
    const path = join(folder, "typed.gguf");
    const weights = new Float32Array([1, -2, 3.5, 0, 0.25, -0.125]);
    const size = await writeGguf({
      path,
      metadata: {
        "general.architecture": { type: "string", value: "llama" },
        "test.u8": { type: "uint8", value: 200 },
        "test.i8": { type: "int8", value: -100 },
        "test.u16": { type: "uint16", value: 60000 },
        "test.i16": { type: "int16", value: -30000 },
        "test.u32": { type: "uint32", value: 4000000000 },
        "test.i32": { type: "int32", value: -2000000000 },
        "test.f32": { type: "float32", value: 0.5 },
        "test.f64": { type: "float64", value: 0.1 },
        "test.bool": { type: "bool", value: true },
        "test.u64": { type: "uint64", value: 2n ** 40n },
        "test.i64": { type: "int64", value: -(2n ** 40n) },
        "test.text": { type: "string", value: "ünïcode ✓" },
        "test.list": { type: "array", itemType: "string", value: ["a", "bc", ""] },
        "test.numbers": { type: "array", itemType: "int32", value: [1, -1, 7] },
      },
      tensors: [
        { name: "first.weight", shape: [3, 2], data: weights },
        { name: "second.weight", shape: [1], data: new Float32Array([42]) },
      ],
    });
    const bytes = await readFile(path);
    expect(bytes.length).toBe(size);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("GGUF");
    expect(bytes.readUInt32LE(4)).toBe(3);
    expect(bytes.readBigUInt64LE(8)).toBe(2n);
    expect(bytes.readBigUInt64LE(16)).toBe(15n);
    const dataStart = size - 64;
    expect(dataStart % 32).toBe(0);
    expect(
      new Float32Array(bytes.buffer.slice(bytes.byteOffset + dataStart, bytes.byteOffset + dataStart + 24)),
    ).toEqual(weights);
    expect(bytes.readFloatLE(dataStart + 32)).toBe(42);

    const info = await readGgufFileInfo(path);
    const test = (info.metadata as unknown as { test: Record<string, unknown> }).test;
    expect(test).toMatchObject({
      u8: 200,
      i8: -100,
      u16: 60000,
      i16: -30000,
      u32: 4000000000,
      i32: -2000000000,
      f32: 0.5,
      f64: 0.1,
      bool: true,
      text: "ünïcode ✓",
      list: ["a", "bc", ""],
      numbers: [1, -1, 7],
    });
    expect(BigInt(test.u64 as number | bigint)).toBe(2n ** 40n);
    expect(BigInt(test.i64 as number | bigint)).toBe(-(2n ** 40n));
    expect(
      info.tensorInfo?.map(({ name, dimensions, offset }) => ({
        name,
        dimensions: dimensions.map(Number),
        offset: Number(offset),
      })),
    ).toEqual([
      { name: "first.weight", dimensions: [3, 2], offset: 0 },
      { name: "second.weight", dimensions: [1], offset: 32 },
    ]);
  });

  it("refuses a tensor whose data does not fill its shape, and a bad alignment", async () => {
    const path = join(folder, "bad.gguf");
    await expect(
      writeGguf({ path, metadata: {}, tensors: [{ name: "t", shape: [2, 2], data: new Float32Array(3) }] }),
    ).rejects.toThrow(/Tensor t has shape \[2, 2\] but 3 values/);
    await expect(writeGguf({ path, metadata: {}, tensors: [], alignment: 12 })).rejects.toThrow(TypeError);
  });
});
