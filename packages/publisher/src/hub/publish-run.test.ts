import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type HubStandIn, startHubStandIn } from "@apigen/core/test";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testExamples, writeTestRun } from "../__fixtures__/write-test-run.js";
import { PublishError } from "../errors/publish-error.js";
import { publishRun } from "./publish-run.js";

let folder = "";
let runDir = "";
let hub: HubStandIn;
const repoId = "datasets/apigen-tester/calls";
const lfsPuts = () => hub.requests.filter((request) => request.method === "PUT");
const commits = () => hub.requests.filter((request) => request.path.includes("/commit/"));

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-publish-"));
  runDir = await writeTestRun(join(folder, "run"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));
beforeEach(async () => {
  hub = await startHubStandIn();
});
afterEach(() => hub.close());

describe("publishRun against the Hub stand-in", () => {
  it("creates the repo and uploads shards and card in one commit; a second publish uploads and commits nothing", async () => {
    const options = {
      runDir,
      repo: "apigen-tester/calls",
      accessToken: hub.token,
      hubUrl: hub.url,
      split: { test: 0.25 },
    };
    const first = await publishRun(options);
    expect(first.url).toBe(`${hub.url}/datasets/apigen-tester/calls`);
    expect(first.commit?.title).toBe(
      `Publish apigen run: ${testExamples().length} rows (generator gen-model-7b)`,
    );
    const repo = hub.repo(repoId);
    expect(repo?.commits.map((commit) => commit.title)).toEqual(["initial commit", first.commit?.title]);
    expect([...(repo?.files.keys() ?? [])].sort()).toEqual([
      ".gitattributes",
      "README.md",
      "data/test-00000-of-00001.parquet",
      "data/train-00000-of-00001.parquet",
    ]);
    expect(repo?.files.get("data/train-00000-of-00001.parquet")?.lfsOid).toMatch(/^[0-9a-f]{64}$/);
    expect(repo?.files.get("README.md")?.text()).toContain("path: data/test-*");
    expect(lfsPuts()).toHaveLength(2);

    hub.clearRequests();
    const second = await publishRun(options);
    expect(second.commit).toBeUndefined();
    expect(second.plan).toEqual({
      upload: [],
      delete: [],
      unchanged: ["README.md", "data/train-00000-of-00001.parquet", "data/test-00000-of-00001.parquet"],
    });
    expect(lfsPuts()).toHaveLength(0);
    expect(commits()).toHaveLength(0);
    expect(hub.repo(repoId)?.commits).toHaveLength(2);
  });

  it("deletes stale shards when the sharding changes, uploading only the new shards", async () => {
    const base = { runDir, repo: "apigen-tester/calls", accessToken: hub.token, hubUrl: hub.url };
    await publishRun({ ...base, shardRows: 5 });
    expect(
      [...(hub.repo(repoId)?.files.keys() ?? [])].filter((path) => path.startsWith("data/")),
    ).toHaveLength(3);
    hub.clearRequests();
    const report = await publishRun(base);
    expect(report.plan).toEqual({
      upload: ["data/train-00000-of-00001.parquet"],
      unchanged: ["README.md"],
      delete: [
        "data/train-00000-of-00003.parquet",
        "data/train-00001-of-00003.parquet",
        "data/train-00002-of-00003.parquet",
      ],
    });
    expect([...(hub.repo(repoId)?.files.keys() ?? [])].sort()).toEqual([
      ".gitattributes",
      "README.md",
      "data/train-00000-of-00001.parquet",
    ]);
    expect(hub.repo(repoId)?.commits.at(-1)?.deleted).toHaveLength(3);
  });

  it("fails with a retryable PublishError when the commit fails, and a rerun completes without re-sending LFS objects", async () => {
    const options = { runDir, repo: "apigen-tester/calls", accessToken: hub.token, hubUrl: hub.url };
    hub.failNext("/commit/main", 500);
    const error = await publishRun(options).catch((caught: unknown) => caught);
    expect(PublishError.isInstance(error) && error.isRetryable).toBe(true);
    expect((error as PublishError).statusCode).toBe(500);
    expect((error as PublishError).message).toContain("while committing the files");
    expect(hub.repo(repoId)?.commits).toHaveLength(1);
    hub.clearRequests();
    const rerun = await publishRun(options);
    expect(rerun.commit).toBeDefined();
    expect(lfsPuts()).toHaveLength(0);
    expect(hub.repo(repoId)?.files.has("data/train-00000-of-00001.parquet")).toBe(true);
  });

  it("never lets the token out: not in reports, errors, request logs or any uploaded file", async () => {
    const options = { runDir, repo: "apigen-tester/calls", accessToken: hub.token, hubUrl: hub.url };
    const report = await publishRun(options);
    hub.failNext("/api/datasets/apigen-tester/calls/tree", 429);
    const error = await publishRun(options).catch((caught: unknown) => caught);
    expect(PublishError.isInstance(error)).toBe(true);
    const wrongToken = await publishRun({ ...options, accessToken: "hf_wrong_secret_value" }).catch(
      (caught: unknown) => caught,
    );
    expect((wrongToken as PublishError).statusCode).toBe(401);
    expect(String((wrongToken as Error).message)).not.toContain("hf_wrong_secret_value");
    const texts = [
      JSON.stringify(report),
      String(error),
      JSON.stringify(error),
      JSON.stringify(hub.requests),
      ...[...(hub.repo(repoId)?.files.values() ?? [])].map((file) =>
        Buffer.from(file.content).toString("latin1"),
      ),
    ];
    for (const text of texts) {
      expect(text).not.toContain(hub.token);
    }
  });

  it("writes the card and shards locally on a dry run, without touching the Hub", async () => {
    const outDir = join(folder, "dry");
    const report = await publishRun({
      runDir,
      repo: "apigen-tester/calls",
      dryRun: true,
      outDir,
      hubUrl: hub.url,
    });
    expect(report.dryRun).toBe(true);
    expect(report.plan.upload).toEqual(["README.md", "data/train-00000-of-00001.parquet"]);
    expect((await readdir(outDir)).sort()).toEqual(["README.md", "data"]);
    expect(hub.requests).toHaveLength(0);
  });
});
