import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openAiChatToExample, readJsonl } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";
import { runRows, writeRunDir } from "./__fixtures__/write-run-dir.js";

let folder = "";
let runDir = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-cli-export-"));
  runDir = await writeRunDir(join(folder, "run"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("apigen export", () => {
  it("writes OpenAI JSONL split into train and test, printing files and rows per split", async () => {
    const out = join(folder, "chat.jsonl");
    const { code, stdout, stderr } = await runApigen(
      "export",
      runDir,
      "--format",
      "openai",
      "--out",
      out,
      "--split",
      "test=0.25",
      "--seed",
      "4",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Exported 8 of 8 rows as openai:\n {2}train +\d+ rows\n {2}test +\d+ rows/);
    expect(stdout).toContain("chat-train.jsonl");
    let rows = 0;
    for (const file of ["chat-train.jsonl", "chat-test.jsonl"]) {
      for await (const { value } of readJsonl(join(folder, file))) {
        openAiChatToExample(value);
        rows += 1;
      }
    }
    expect(rows).toBe(runRows.length);
  });

  it("holds out a category into BFCL files and reports skipped rows of xLAM without extensions", async () => {
    const bfcl = await runApigen(
      "export",
      runDir,
      "--format",
      "bfcl",
      "--out",
      join(folder, "bfcl"),
      "--hold-out",
      "category",
    );
    expect(bfcl.code).toBe(0);
    expect(bfcl.stdout).toMatch(/Held out for test: (Finance|Weather)/);
    expect(await readdir(join(folder, "bfcl", "test"))).toContain("possible_answer");
    const xlam = await runApigen(
      "export",
      runDir,
      "--format",
      "xlam",
      "--out",
      join(folder, "x.json"),
      "--no-extensions",
    );
    expect(xlam.code).toBe(0);
    expect(xlam.stdout).toContain("Skipped 1 rows the format cannot hold:\n  r5 (train): ");
  });

  it("lists the valid formats for an unknown one and says when a run is empty", async () => {
    const unknown = await runApigen("export", runDir, "--format", "csv", "--out", join(folder, "x.csv"));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("xlam, openai, sharegpt, hermes, bfcl, parquet");
    const empty = await writeRunDir(join(folder, "empty"), []);
    const none = await runApigen("export", empty, "--format", "openai", "--out", join(folder, "none.jsonl"));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("has no accepted rows");
  });

  it("has help with examples", async () => {
    const { code, stdout } = await runApigen("export", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("--hold-out <what>");
    expect(stdout).toContain("apigen export runs/finance --format openai --out finance.jsonl");
  });
});
