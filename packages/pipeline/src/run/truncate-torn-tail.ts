import { open } from "node:fs/promises";

const chunkSize = 64 * 1024;

/**
 * Cuts a JSON Lines file back to its last complete line: what a process killed in the middle of a write
 * leaves behind. Appending after a torn line would glue the next record onto it. A missing file is left alone.
 * Returns the bytes removed.
 */
export async function truncateTornTail(path: string): Promise<number> {
  const handle = await open(path, "r+").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      return undefined;
    }
    throw error;
  });
  if (handle === undefined) {
    return 0;
  }
  try {
    const { size } = await handle.stat();
    let end = size;
    const buffer = Buffer.alloc(chunkSize);
    while (end > 0) {
      const start = Math.max(0, end - chunkSize);
      const { bytesRead } = await handle.read(buffer, 0, end - start, start);
      const newline = buffer.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline !== -1) {
        const keep = start + newline + 1;
        if (keep < size) {
          await handle.truncate(keep);
        }
        return size - keep;
      }
      end = start;
    }
    if (size > 0) {
      await handle.truncate(0);
    }
    return size;
  } finally {
    await handle.close();
  }
}
