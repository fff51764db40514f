import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type HubStandIn, startHubStandIn } from "@apigen/core/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BfclDownloadError } from "./bfcl-download-error.js";
import { downloadBfclData, downloadBfclDataIter } from "./download-bfcl-data.js";

const repo = "gorilla-llm/Berkeley-Function-Calling-Leaderboard";
const files = {
  "BFCL_v4_simple_python.json": '{"id": "simple_python_0"}\n',
  "possible_answer/BFCL_v4_simple_python.json": '{"id": "simple_python_0", "ground_truth": []}\n',
  "BFCL_v4_irrelevance.json": '{"id": "irrelevance_0"}\n',
  "unused_datasets/question/BFCL_v4_exec_simple.json": '{"id": "exec_simple_0"}\n',
  "unused_datasets/possible_answer/BFCL_v4_exec_simple.json": '{"id": "exec_simple_0"}\n',
  "README.md": "# BFCL\n",
};

let hub: HubStandIn;
let root: string;
beforeEach(async () => {
  hub = await startHubStandIn();
  root = await mkdtemp(join(tmpdir(), "bfcl-download-"));
});
afterEach(async () => {
  await hub.close();
  await rm(root, { recursive: true, force: true });
});

describe("downloadBfclData against the Hub stand-in", () => {
  it("downloads a category's files once, then skips them; a changed file is fetched again", async () => {
    hub.seedRepo({ id: `datasets/${repo}`, files });
    const dataDir = join(root, "data");
    const first = await downloadBfclData({
      dataDir,
      hubUrl: hub.url,
      categories: ["simple_python", "exec_simple"],
    });
    expect(first).toEqual({ dataDirectory: dataDir, downloaded: 4, skipped: 0 });
    expect(await readFile(join(dataDir, "possible_answer", "BFCL_v4_simple_python.json"), "utf8")).toBe(
      files["possible_answer/BFCL_v4_simple_python.json"],
    );
    expect(
      await readFile(join(dataDir, "unused_datasets", "question", "BFCL_v4_exec_simple.json"), "utf8"),
    ).toBe(files["unused_datasets/question/BFCL_v4_exec_simple.json"]);
    await expect(stat(join(dataDir, "BFCL_v4_irrelevance.json"))).rejects.toThrow();
    hub.clearRequests();
    const again = await downloadBfclData({
      dataDir,
      hubUrl: hub.url,
      categories: ["simple_python", "exec_simple"],
    });
    expect(again).toEqual({ dataDirectory: dataDir, downloaded: 0, skipped: 4 });
    expect(hub.requests.filter((request) => request.path.includes("/resolve/"))).toHaveLength(0);

    hub.seedRepo({
      id: `datasets/${repo}`,
      files: { ...files, "BFCL_v4_simple_python.json": '{"id": "simple_python_9"}\n' },
    });
    const events = [];
    for await (const event of downloadBfclDataIter({
      dataDir,
      hubUrl: hub.url,
      categories: ["simple_python"],
    })) {
      events.push(event);
    }
    expect(
      events
        .filter((event) => event.type === "file-end")
        .map((event) => event.type === "file-end" && event.path),
    ).toEqual(["BFCL_v4_simple_python.json"]);
    expect(await readFile(join(dataDir, "BFCL_v4_simple_python.json"), "utf8")).toContain("simple_python_9");
  });

  it("downloads every .json file when no category is named", async () => {
    hub.seedRepo({ id: `datasets/${repo}`, files });
    const { downloaded } = await downloadBfclData({ dataDir: join(root, "all"), hubUrl: hub.url });
    expect(downloaded).toBe(5);
  });

  it("says why it failed: no such repo, gated, missing category, network down", async () => {
    const reasonOf = async (options: Parameters<typeof downloadBfclData>[0]) => {
      try {
        await downloadBfclData({ dataDir: join(root, "x"), hubUrl: hub.url, ...options });
      } catch (error) {
        if (BfclDownloadError.isInstance(error)) {
          expect(error.message).toContain("--data-dir");
          return error.reason;
        }
        throw error;
      }
      return "no error";
    };
    expect(await reasonOf({ repo: "nobody/nothing", accessToken: hub.token })).toBe("not-found");
    expect(await reasonOf({ repo: "nobody/nothing" })).toBe("unauthorized");
    hub.seedRepo({ id: `datasets/${repo}`, files, private: true });
    expect(await reasonOf({})).toBe("unauthorized");
    expect(await reasonOf({ accessToken: "hf_wrong_token" })).toBe("unauthorized");
    expect(await reasonOf({ accessToken: hub.token, categories: ["simple_python"] })).toBe("no error");
    expect(await reasonOf({ accessToken: hub.token, categories: ["live_simple"] })).toBe("missing-files");
    hub.seedRepo({ id: "datasets/someone/partial", files: { "BFCL_v4_simple_python.json": "{}\n" } });
    expect(await reasonOf({ repo: "someone/partial", categories: ["simple_python"] })).toBe("missing-files");
    expect(await reasonOf({ hubUrl: "http://127.0.0.1:9" })).toBe("network");
    hub.failNext("/resolve/", 500);
    const error = await downloadBfclData({
      dataDir: join(root, "y"),
      hubUrl: hub.url,
      accessToken: hub.token,
      categories: ["irrelevance"],
    }).catch((caught: unknown) => caught);
    expect(BfclDownloadError.isInstance(error) && error.isRetryable).toBe(true);
    expect(String((error as Error).message)).not.toContain(hub.token);
  });
});
