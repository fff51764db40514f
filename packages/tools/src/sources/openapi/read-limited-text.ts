/**
 * Reads a response body as text, stopping at `maxBytes`: returns `undefined` (and cancels the stream) when the
 * body is larger, so a runaway server cannot fill memory.
 */
export async function readLimitedText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.body === null) {
    return "";
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body.cancel();
    return undefined;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
