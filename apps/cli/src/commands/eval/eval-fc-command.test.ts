import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type JsonValue, parseJson, stringifyJson } from "@apigen/core";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";

const spotify = {
  name: "spotify.play",
  description: "Play tracks of an artist for some minutes.",
  parameters: {
    type: "dict",
    properties: {
      artist: { type: "string", description: "The artist." },
      duration: { type: "integer", description: "Minutes." },
    },
    required: ["artist", "duration"],
  },
};
const lines = (values: unknown[]) => values.map((value) => `${stringifyJson(value)}\n`).join("");
const question = (id: string, content: string) => ({
  id,
  question: [[{ role: "user", content }]],
  function: [spotify],
});

let root: string;
let server: OpenAiCompatibleServer | undefined;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "apigen-eval-fc-"));
  const data = join(root, "data");
  await mkdir(join(data, "possible_answer"), { recursive: true });
  await writeFile(
    join(data, "BFCL_v4_parallel.json"),
    lines([
      question("parallel_0", "Play Taylor Swift for 20 and Maroon 5 for 15 minutes."),
      question("parallel_1", "Play Adele for 5 and Muse for 7 minutes."),
    ]),
  );
  await writeFile(
    join(data, "possible_answer", "BFCL_v4_parallel.json"),
    lines([
      {
        id: "parallel_0",
        ground_truth: [
          { "spotify.play": { artist: ["Taylor Swift"], duration: [20] } },
          { "spotify.play": { artist: ["Maroon 5"], duration: [15] } },
        ],
      },
      {
        id: "parallel_1",
        ground_truth: [
          { "spotify.play": { artist: ["Adele"], duration: [5] } },
          { "spotify.play": { artist: ["Muse"], duration: [7] } },
        ],
      },
    ]),
  );
  await writeFile(
    join(data, "BFCL_v4_irrelevance.json"),
    lines([question("irrelevance_0", "What is the capital of Peru?")]),
  );
});
afterEach(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const readLines = async (path: string) =>
  (await readFile(path, "utf8"))
    .trim()
    .split("\n")
    .map((line) => parseJson(line) as Record<string, JsonValue>);

describe("apigen eval --mode fc against a loopback server with native tool calls", () => {
  it("sends tools with _ for ., scores the calls (in any order) and writes BFCL's FC result format", async () => {
    server = await startOpenAiCompatibleServer({
      script: (request) => {
        const content =
          (request.body as { messages: Array<{ content: string }> }).messages.at(-1)?.content ?? "";
        if (content.includes("Peru")) {
          return { text: "Lima. None of the functions is needed." };
        }
        if (content.includes("Adele")) {
          return {
            toolCalls: [
              { name: "spotify_play", arguments: '{"artist": "Adele", "dura' },
              { name: "spotify_play", arguments: { artist: "Muse", duration: 7 } },
            ],
          };
        }
        return {
          toolCalls: [
            { name: "spotify_play", arguments: { artist: "Maroon 5", duration: 15 } },
            { name: "spotify_play", arguments: { artist: "Taylor Swift", duration: 20 } },
          ],
        };
      },
    });
    const { code, stderr } = await runApigen(
      "eval",
      "--model",
      "test-model",
      "--base-url",
      server.url,
      "--mode",
      "fc",
      "--categories",
      "parallel,irrelevance",
      "--data-dir",
      join(root, "data"),
      "--results-dir",
      join(root, "results"),
      "--retries",
      "0",
    );
    expect(code).toBe(0);
    expect(stderr).toContain("parallel: 1/2 correct (50.00%)");
    expect(stderr).toContain("irrelevance: 1/1 correct (100.00%)");
    const body = server.requests[0]?.body as {
      tools: Array<{ type: string; function: { name: string } }>;
      tool_choice?: unknown;
    };
    expect(body.tools.map((tool) => tool.function.name)).toEqual(["spotify_play"]);
    const folder = join(root, "results", "test-model");
    const results = new Map(
      (await readLines(join(folder, "BFCL_v4_parallel_result.json"))).map((row) => [row.id, row.result]),
    );
    expect(results.get("parallel_0")).toEqual([
      { spotify_play: '{"artist":"Maroon 5","duration":15}' },
      { spotify_play: '{"artist":"Taylor Swift","duration":20}' },
    ]);
    expect(results.get("parallel_1")).toEqual([
      { spotify_play: '{"artist": "Adele", "dura' },
      { spotify_play: '{"artist":"Muse","duration":7}' },
    ]);
    const scores = new Map(
      (await readLines(join(folder, "BFCL_v4_parallel_score.json"))).map((row) => [row.id, row.error_type]),
    );
    expect(scores.get("parallel_1")).toBe("ast_decoder:decoder_failed");
    const relevance = await readLines(join(folder, "BFCL_v4_irrelevance_result.json"));
    expect(relevance[0]?.result).toBe("Lima. None of the functions is needed.");
  });
});
