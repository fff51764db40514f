import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type HubStandIn, startHubStandIn } from "@apigen/core/test";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";
import { writeRunDir } from "../export/__fixtures__/write-run-dir.js";

let folder = "";
let runDir = "";
let hub: HubStandIn;
const saved = {
  HF_TOKEN: process.env.HF_TOKEN,
  HF_HOME: process.env.HF_HOME,
  HF_TOKEN_PATH: process.env.HF_TOKEN_PATH,
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-cli-publish-"));
  runDir = await writeRunDir(join(folder, "run"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));
beforeEach(async () => {
  hub = await startHubStandIn();
  process.env.HF_TOKEN = hub.token;
  process.env.HF_HOME = join(folder, "hf-home");
  delete process.env.HF_TOKEN_PATH;
});
afterEach(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) {
      delete process.env[key];
    } else {
      process.env[key] = value;
    }
  }
  await hub.close();
});

describe("apigen publish", () => {
  it("publishes to the Hub with HF_TOKEN, and a second publish changes nothing; the token is never printed", async () => {
    const args = [
      "publish",
      runDir,
      "--repo",
      "apigen-tester/cli-data",
      "--hub-url",
      hub.url,
      "--split",
      "test=0.25",
    ];
    const first = await runApigen(...args);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Created the data set repository");
    expect(first.stdout).toContain("  + data/train-00000-of-00001.parquet");
    expect(first.stdout).toContain(`Published ${hub.url}/datasets/apigen-tester/cli-data (commit `);
    const files = hub.repo("datasets/apigen-tester/cli-data")?.files;
    expect(files?.get("README.md")?.text()).toContain("gen-small");
    hub.clearRequests();
    const second = await runApigen(...args);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Nothing changed:");
    expect(
      hub.requests.filter((request) => request.method === "PUT" || request.path.includes("/commit/")),
    ).toEqual([]);
    for (const text of [
      first.stdout,
      first.stderr,
      second.stdout,
      ...[...(files?.values() ?? [])].map((file) => file.text()),
    ]) {
      expect(text).not.toContain(hub.token);
    }
  });

  it("fails clearly without a token, and the Hub's refusal of a wrong one does not echo it", async () => {
    delete process.env.HF_TOKEN;
    const missing = await runApigen("publish", runDir, "--repo", "apigen-tester/x", "--hub-url", hub.url);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no Hugging Face token: set HF_TOKEN");
    process.env.HF_TOKEN = "hf_wrong_but_secret";
    const wrong = await runApigen("publish", runDir, "--repo", "apigen-tester/x", "--hub-url", hub.url);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("401");
    expect(wrong.stderr + wrong.stdout).not.toContain("hf_wrong_but_secret");
  });

  it("writes the card and shards locally on --dry-run and sends nothing", async () => {
    delete process.env.HF_TOKEN;
    const out = join(folder, "preview");
    const { code, stdout } = await runApigen(
      "publish",
      runDir,
      "--repo",
      "me/data",
      "--dry-run",
      "--out",
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Dry run: nothing was sent.");
    expect(stdout).toContain("  + README.md");
    expect((await readdir(out)).sort()).toEqual(["README.md", "data"]);
    expect(hub.requests).toEqual([]);
  });

  it("has help with examples and no token flag", async () => {
    const { stdout } = await runApigen("publish", "--help");
    expect(stdout).toContain("HF_TOKEN");
    expect(stdout).toContain("--hub-url <url>");
    expect(stdout).not.toContain("--token");
  });
});
