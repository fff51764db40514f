import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringifyJson } from "@apigen/core";
import { type HubStandIn, startHubStandIn } from "@apigen/core/test";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";
import { simplePythonEvalArguments } from "./__fixtures__/simple-python-eval-arguments.js";
import { bfclDataEnvironmentVariable } from "./resolve-data-directory.js";

const triangle = {
  name: "calculate_triangle_area",
  description: "Calculate the area of a triangle.",
  parameters: {
    type: "dict",
    properties: {
      base: { type: "integer", description: "Base." },
      height: { type: "integer", description: "Height." },
    },
    required: ["base", "height"],
  },
};
const ids = [0, 1, 2, 3];
const lines = (values: unknown[]) => values.map((value) => `${stringifyJson(value)}\n`).join("");
const files = {
  "BFCL_v4_simple_python.json": lines(
    ids.map((index) => ({
      id: `simple_python_${index}`,
      question: [[{ role: "user", content: `base ${index + 1}` }]],
      function: [triangle],
    })),
  ),
  "possible_answer/BFCL_v4_simple_python.json": lines(
    ids.map((index) => ({
      id: `simple_python_${index}`,
      ground_truth: [{ calculate_triangle_area: { base: [index + 1], height: [5] } }],
    })),
  ),
};

let root: string;
let hub: HubStandIn;
let server: OpenAiCompatibleServer;
let failing: boolean;
const saved = process.env[bfclDataEnvironmentVariable];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "apigen-eval-download-"));
  hub = await startHubStandIn();
  hub.seedRepo({ id: "datasets/gorilla-llm/Berkeley-Function-Calling-Leaderboard", files });
  failing = true;
  server = await startOpenAiCompatibleServer({
    script: (request) => {
      const messages = (request.body as { messages: Array<{ content: string }> }).messages;
      const base = Number(/base (\d+)$/.exec(messages.at(-1)?.content ?? "")?.[1]);
      return failing && base === 3
        ? { status: 503, message: "overloaded" }
        : { text: `[calculate_triangle_area(base=${base}, height=5)]` };
    },
  });
  process.env[bfclDataEnvironmentVariable] = join(root, "cache");
});
afterEach(async () => {
  if (saved === undefined) {
    delete process.env[bfclDataEnvironmentVariable];
  } else {
    process.env[bfclDataEnvironmentVariable] = saved;
  }
  await server.close();
  await hub.close();
  await rm(root, { recursive: true, force: true });
});

describe("apigen eval with data from the Hub", () => {
  it("downloads the data on first use, then uses the cache, and retries entries that failed", async () => {
    const argv = [
      ...simplePythonEvalArguments(server.url),
      "--results-dir",
      join(root, "results"),
      "--retries",
      "0",
      "--hub-url",
      hub.url,
    ];
    const first = await runApigen(...argv);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`BFCL data in ${join(root, "cache")}: 2 downloaded, 0 already there`);
    expect(first.stderr).toContain("simple_python: 3/4 correct (75.00%)\n");
    expect(await readFile(join(root, "cache", "possible_answer", "BFCL_v4_simple_python.json"), "utf8")).toBe(
      files["possible_answer/BFCL_v4_simple_python.json"],
    );

    hub.clearRequests();
    failing = false;
    const asked = server.requests.length;
    const second = await runApigen(...argv);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain("BFCL data in");
    expect(hub.requests).toHaveLength(0);
    expect(second.stderr).toContain("simple_python: 4/4 correct (100.00%); 1 retried after a model_error\n");
    expect(server.requests.length - asked).toBe(1);
    expect(second.stdout).toMatch(/^simple_python\s+100\.00$/m);
  });

  it("downloads into --data-dir only with --download, and --no-download says what is missing", async () => {
    const dataDir = join(root, "local");
    const common = simplePythonEvalArguments(server.url);
    const refused = await runApigen(...common, "--data-dir", dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`missing ${dataDir}`);
    const noDownload = await runApigen(...common, "--no-download", "--results-dir", join(root, "r"));
    expect(noDownload.code).toBe(1);
    expect(noDownload.stderr).toContain(`missing ${join(root, "cache")}`);
    const downloaded = await runApigen(
      ...common,
      "--data-dir",
      dataDir,
      "--download",
      "--hub-url",
      hub.url,
      "--results-dir",
      join(root, "r"),
      "--limit",
      "1",
    );
    expect(downloaded.code).toBe(0);
    expect(downloaded.stderr).toContain(`BFCL data in ${dataDir}: 2 downloaded`);
    const missingRevision = await runApigen(
      ...common,
      "--revision",
      "v9",
      "--hub-url",
      hub.url,
      "--results-dir",
      join(root, "r"),
    );
    expect(missingRevision.code).toBe(1);
    expect(missingRevision.stderr).toContain("Cannot download the BFCL data");
    expect(missingRevision.stderr).toContain("--data-dir");
  });
});
