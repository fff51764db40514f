import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type HubStandIn, startHubStandIn } from "@apigen/core/test";
import {
  createRepo,
  downloadFile,
  downloadFileToCacheDir,
  HubApiError,
  listFiles,
  pathsInfo,
  snapshotDownload,
  uploadFiles,
  whoAmI,
} from "@huggingface/hub";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let hub: HubStandIn;
beforeEach(async () => {
  hub = await startHubStandIn();
});
afterEach(() => hub.close());

const repo = { type: "dataset" as const, name: "apigen-tester/stand-in" };

describe("the Hub stand-in of @apigen/core/test, driven by the real @huggingface/hub client", () => {
  it("answers whoAmI for its token and refuses others", async () => {
    const me = await whoAmI({ accessToken: hub.token, hubUrl: hub.url });
    expect(me).toMatchObject({ type: "user", name: "apigen-tester" });
    await expect(whoAmI({ accessToken: "hf_not_the_token", hubUrl: hub.url })).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it("creates a repo (409 the second time), uploads regular and LFS files in one commit, lists and downloads them", async () => {
    const common = { accessToken: hub.token, hubUrl: hub.url };
    const created = await createRepo({ ...common, repo });
    expect(created.repoUrl).toBe(`${hub.url}/datasets/apigen-tester/stand-in`);
    const again = await createRepo({ ...common, repo }).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(HubApiError);
    expect((again as HubApiError).statusCode).toBe(409);

    const shard = new Uint8Array(4096).map((_, index) => index % 251);
    await uploadFiles({
      ...common,
      repo,
      useXet: false,
      commitTitle: "Add two files",
      files: [
        { path: "README.md", content: new Blob(["# card\n"]) },
        { path: "data/train-00000-of-00001.parquet", content: new Blob([shard]) },
      ],
    });
    const stored = hub.repo("datasets/apigen-tester/stand-in");
    expect(stored?.commits.at(-1)).toMatchObject({
      title: "Add two files",
      added: [
        { path: "README.md", lfs: false },
        { path: "data/train-00000-of-00001.parquet", lfs: true },
      ],
    });
    expect(hub.requests.filter((request) => request.path.startsWith("/lfs-upload/"))).toHaveLength(1);

    const listed = [];
    for await (const entry of listFiles({ ...common, repo, recursive: true })) {
      listed.push(entry);
    }
    expect(listed.map((entry) => entry.path).sort()).toEqual([
      ".gitattributes",
      "README.md",
      "data",
      "data/train-00000-of-00001.parquet",
    ]);
    const lfsEntry = listed.find((entry) => entry.path.endsWith(".parquet"));
    expect(lfsEntry?.lfs?.oid).toBe(stored?.files.get("data/train-00000-of-00001.parquet")?.lfsOid);
    const [info] = await pathsInfo({ ...common, repo, paths: ["README.md", "missing.txt"], expand: true });
    expect(info?.oid).toBe(stored?.files.get("README.md")?.oid);
    expect(info?.lastCommit?.title).toBe("Add two files");

    const card = await downloadFile({ ...common, repo, path: "README.md" });
    expect(await card?.text()).toBe("# card\n");
    const bytes = await downloadFile({ ...common, repo, path: "data/train-00000-of-00001.parquet" });
    expect(new Uint8Array((await bytes?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(shard);
    expect(await downloadFile({ ...common, repo, path: "nope.txt" })).toBeNull();
    expect(JSON.stringify(hub.requests)).not.toContain(hub.token);
  });

  it("fails an injected commit once, then the same upload completes without sending the LFS object again", async () => {
    const common = { accessToken: hub.token, hubUrl: hub.url, repo, useXet: false };
    await createRepo({ accessToken: hub.token, hubUrl: hub.url, repo });
    const files = [{ path: "data/a.parquet", content: new Blob(["PAR1 bytes"]) }];
    hub.failNext("/commit/main", 500);
    await expect(uploadFiles({ ...common, files })).rejects.toMatchObject({ statusCode: 500 });
    hub.clearRequests();
    await uploadFiles({ ...common, files });
    expect(hub.requests.some((request) => request.method === "PUT")).toBe(false);
    expect(hub.repo("datasets/apigen-tester/stand-in")?.files.get("data/a.parquet")?.text()).toBe(
      "PAR1 bytes",
    );
  });

  it("serves seeded data sets and models for download, and keeps private ones from anonymous readers", async () => {
    hub.seedRepo({
      id: "datasets/gorilla/bfcl",
      files: { "BFCL_v4_simple_python.json": '{"id":"simple_python_0"}\n' },
    });
    hub.seedRepo({ id: "apigen-tester/tiny-model", files: { "config.json": "{}" }, private: true });
    const file = await downloadFile({
      repo: { type: "dataset", name: "gorilla/bfcl" },
      path: "BFCL_v4_simple_python.json",
      hubUrl: hub.url,
    });
    expect(await file?.text()).toContain("simple_python_0");
    await expect(
      downloadFile({ repo: "apigen-tester/tiny-model", path: "config.json", hubUrl: hub.url }),
    ).rejects.toMatchObject({ statusCode: 401 });
    const model = await downloadFile({
      repo: "apigen-tester/tiny-model",
      path: "config.json",
      hubUrl: hub.url,
      accessToken: hub.token,
    });
    expect(await model?.text()).toBe("{}");
  });

  it("serves the cache downloads (revision info, tree and paths-info at a commit id) that snapshotDownload uses", async () => {
    vi.spyOn(console, "debug").mockImplementation(() => undefined);
    const seeded = hub.seedRepo({
      id: "datasets/gorilla/bfcl",
      files: { "data/BFCL_v4_simple_python.json": "{}\n", "data/extra.parquet": new Uint8Array([1, 2, 3]) },
    });
    const cacheDir = await mkdtemp(join(tmpdir(), "apigen-hub-cache-"));
    try {
      const repoId = { type: "dataset" as const, name: "gorilla/bfcl" };
      const file = await downloadFileToCacheDir({
        repo: repoId,
        path: "data/BFCL_v4_simple_python.json",
        hubUrl: hub.url,
        cacheDir,
      });
      expect(await readFile(file, "utf8")).toBe("{}\n");
      const snapshot = await snapshotDownload({ repo: repoId, hubUrl: hub.url, cacheDir });
      expect(snapshot.endsWith(seeded.commits.at(-1)?.oid ?? "?")).toBe(true);
      expect((await readdir(snapshot, { recursive: true })).sort()).toEqual([
        ".gitattributes",
        "data",
        "data/BFCL_v4_simple_python.json",
        "data/extra.parquet",
      ]);
    } finally {
      vi.restoreAllMocks();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
