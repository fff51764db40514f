/**
 * The `data` payloads of a `text/event-stream` body, one per event (multi-line data joined with `\n`).
 * Comments and other fields are skipped. Ends when the body ends.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const lines = body.pipeThrough(new TextDecoderStream()).pipeThrough(splitLines());
  let data: string[] = [];
  for await (const line of lines) {
    if (line === "") {
      if (data.length > 0) {
        yield data.join("\n");
        data = [];
      }
      continue;
    }
    if (line.startsWith("data:")) {
      data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
    }
  }
  if (data.length > 0) {
    yield data.join("\n");
  }
}

function splitLines(): TransformStream<string, string> {
  let rest = "";
  return new TransformStream({
    transform(chunk, controller) {
      const parts = (rest + chunk).split(/\r\n|\r|\n/);
      rest = parts.pop() ?? "";
      for (const part of parts) {
        controller.enqueue(part);
      }
    },
    flush(controller) {
      if (rest !== "") {
        controller.enqueue(rest);
      }
    },
  });
}
