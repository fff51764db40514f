import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadHubToken } from "./load-hub-token.js";

let home = "";
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "apigen-token-"));
});
afterAll(() => rm(home, { recursive: true, force: true }));

describe("loadHubToken", () => {
  it("takes HF_TOKEN first, then the huggingface-cli token file", async () => {
    expect(await loadHubToken({ env: { HF_TOKEN: "hf_from_env" }, home })).toBe("hf_from_env");
    await mkdir(join(home, ".cache", "huggingface"), { recursive: true });
    await writeFile(join(home, ".cache", "huggingface", "token"), "hf_from_file\n");
    expect(await loadHubToken({ env: {}, home })).toBe("hf_from_file");
  });

  it("refuses a missing token or one that does not start with hf_, without repeating it", async () => {
    await expect(loadHubToken({ env: {}, home: join(home, "nobody") })).rejects.toMatchObject({
      kind: "missing_token",
    });
    const error = await loadHubToken({ env: { HF_TOKEN: "sk-secret-123" }, home }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ kind: "invalid_token" });
    expect(String((error as Error).message)).not.toContain("sk-secret-123");
  });
});
