import { open, readFile, stat } from "node:fs/promises";

/** True when `path` exists. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** `{ [key]: text }` of a file, or `{}` when it cannot be read. */
export async function optionalText<Key extends string>(
  path: string,
  key: Key,
): Promise<Partial<Record<Key, string>>> {
  try {
    return { [key]: await readFile(path, "utf8") } as Record<Key, string>;
  } catch {
    return {};
  }
}

/** The bytes of a file after `offset` (at most 1 MiB); empty when there are none or no file. */
export async function readBytesFrom(path: string, offset: number): Promise<Buffer> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, "r");
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const { size } = await file.stat();
    if (size <= offset) {
      return Buffer.alloc(0);
    }
    const buffer = Buffer.alloc(Math.min(size - offset, 1 << 20));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
