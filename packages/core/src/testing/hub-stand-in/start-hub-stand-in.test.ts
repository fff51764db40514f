import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { HubStandIn } from "./hub-stand-in-types.js";
import { startHubStandIn } from "./start-hub-stand-in.js";

let hub: HubStandIn;
beforeEach(async () => {
  hub = await startHubStandIn({ token: "hf_standin_secret_token" });
});
afterEach(() => hub.close());

const auth = () => ({ Authorization: `Bearer ${hub.token}` });
const post = (path: string, body: unknown, headers: Record<string, string> = auth()) =>
  fetch(`${hub.url}${path}`, { method: "POST", headers, body: JSON.stringify(body) });

describe("startHubStandIn (plain HTTP; the real client is exercised in @apigen/publisher)", () => {
  it("checks the bearer token on whoami", async () => {
    expect((await fetch(`${hub.url}/api/whoami-v2`)).status).toBe(401);
    const bad = await fetch(`${hub.url}/api/whoami-v2`, { headers: { Authorization: "Bearer hf_wrong" } });
    expect(bad.status).toBe(401);
    const good = await fetch(`${hub.url}/api/whoami-v2`, { headers: auth() });
    expect(await good.json()).toMatchObject({ type: "user", name: "apigen-tester" });
    expect(hub.requests.map((request) => request.authorization)).toEqual(["none", "invalid", "valid"]);
    expect(JSON.stringify(hub.requests)).not.toContain(hub.token);
  });

  it("creates a repo once, then stores an LFS upload and an inline file in one commit", async () => {
    const create = { name: "demo", organization: "apigen-tester", type: "dataset" };
    expect((await post("/api/repos/create", create)).status).toBe(200);
    expect((await post("/api/repos/create", create)).status).toBe(409);
    expect((await post("/api/repos/create", { ...create, organization: "someone-else" })).status).toBe(403);

    const parquet = new TextEncoder().encode("PAR1 fake parquet bytes");
    const oid = createHash("sha256").update(parquet).digest("hex");
    const preupload = await post("/api/datasets/apigen-tester/demo/preupload/main", {
      files: [
        { path: "data/train.parquet", size: parquet.byteLength, sample: "" },
        { path: "README.md", size: 5, sample: "" },
      ],
    });
    const planned = (await preupload.json()) as { files: Array<{ uploadMode: string }> };
    expect(planned.files.map((file) => file.uploadMode)).toEqual(["lfs", "regular"]);
    const batchPath = "/datasets/apigen-tester/demo.git/info/lfs/objects/batch";
    const batch = await post(batchPath, {
      operation: "upload",
      objects: [{ oid, size: parquet.byteLength }],
    });
    type Batch = { objects: Array<{ actions?: { upload: { href: string } } }> };
    const href = ((await batch.json()) as Batch).objects[0]?.actions?.upload.href ?? "";
    expect((await fetch(href, { method: "PUT", body: new TextEncoder().encode("other") })).status).toBe(400);
    expect((await fetch(href, { method: "PUT", body: parquet })).status).toBe(200);
    const again = await post(batchPath, {
      operation: "upload",
      objects: [{ oid, size: parquet.byteLength }],
    });
    expect(((await again.json()) as Batch).objects[0]?.actions).toBeUndefined();

    const lines = [
      { key: "header", value: { summary: "Add data" } },
      {
        key: "file",
        value: { path: "README.md", content: Buffer.from("# hi\n").toString("base64"), encoding: "base64" },
      },
      {
        key: "lfsFile",
        value: { path: "data/train.parquet", oid, algo: "sha256", size: parquet.byteLength },
      },
    ];
    const commitPath = "/api/datasets/apigen-tester/demo/commit/main";
    hub.failNext("/commit/", 500);
    const ndjson = lines.map((line) => JSON.stringify(line)).join("\n");
    expect(
      (await fetch(`${hub.url}${commitPath}`, { method: "POST", headers: auth(), body: ndjson })).status,
    ).toBe(500);
    const commit = await fetch(`${hub.url}${commitPath}`, { method: "POST", headers: auth(), body: ndjson });
    expect(commit.status).toBe(200);

    const repo = hub.repo("datasets/apigen-tester/demo");
    expect(repo?.commits.map((entry) => entry.title)).toEqual(["initial commit", "Add data"]);
    expect(repo?.files.get("data/train.parquet")?.lfsOid).toBe(oid);
    expect(repo?.files.get("README.md")?.text()).toBe("# hi\n");

    const ranged = await fetch(`${hub.url}/datasets/apigen-tester/demo/resolve/main/data/train.parquet`, {
      headers: { Range: "bytes=0-3" },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toBe(`bytes 0-3/${parquet.byteLength}`);
    expect(await ranged.text()).toBe("PAR1");
    const tree = await fetch(`${hub.url}/api/datasets/apigen-tester/demo/tree/main?recursive=true`);
    const entries = (await tree.json()) as Array<{ path: string }>;
    expect(entries.map((entry) => entry.path).sort()).toEqual([
      ".gitattributes",
      "README.md",
      "data",
      "data/train.parquet",
    ]);
    const top = await fetch(`${hub.url}/api/datasets/apigen-tester/demo/tree/main`);
    const shallow = (await top.json()) as Array<{ path: string; type: string }>;
    expect(shallow.map(({ path, type }) => `${type} ${path}`).sort()).toEqual([
      "directory data",
      "file .gitattributes",
      "file README.md",
    ]);
  });

  it("refuses a commit of an LFS object never uploaded, and hides private repos without the token", async () => {
    hub.seedRepo({ id: "datasets/apigen-tester/secret", files: { "a.txt": "a" }, private: true });
    const resolve = `${hub.url}/datasets/apigen-tester/secret/resolve/main/a.txt`;
    expect((await fetch(resolve)).status).toBe(401);
    expect(await (await fetch(resolve, { headers: auth() })).text()).toBe("a");
    const body = [
      JSON.stringify({ key: "header", value: { summary: "x" } }),
      JSON.stringify({ key: "lfsFile", value: { path: "b.parquet", oid: "0".repeat(64) } }),
    ].join("\n");
    const commit = await fetch(`${hub.url}/api/datasets/apigen-tester/secret/commit/main`, {
      method: "POST",
      headers: auth(),
      body,
    });
    expect(commit.status).toBe(422);
  });
});
