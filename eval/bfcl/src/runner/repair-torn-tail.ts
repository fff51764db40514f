import { open } from "node:fs/promises";

/**
 * Cuts a JSON Lines file back to its last newline, so that lines appended after a writer was killed mid-line
 * start on a line of their own. A missing file is left alone.
 */
export async function repairTornTail(path: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r+");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return;
    }
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const block = Buffer.alloc(65536);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - block.length);
      const { bytesRead } = await handle.read(block, 0, end - start, start);
      const newline = block.subarray(0, bytesRead).lastIndexOf(10);
      if (newline !== -1) {
        const keep = start + newline + 1;
        if (keep !== size) {
          await handle.truncate(keep);
        }
        return;
      }
      end = start;
    }
    await handle.truncate(0);
  } finally {
    await handle.close();
  }
}
