import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoadApiKeyError } from "./errors/load-api-key-error.js";
import { loadApiKey } from "./load-api-key.js";

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "apigen-llm-keys-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const options = { environmentVariableName: "TEST_API_KEY", description: "Test" };

describe("loadApiKey", () => {
  it("takes the option first, then the environment, then the secrets file", async () => {
    const file = join(directory, "secrets.json");
    await writeFile(file, '{"TEST_API_KEY": "sk-from-file"}');
    const environment = { TEST_API_KEY: "sk-from-env" };
    expect(loadApiKey({ ...options, apiKey: "sk-option", environment, configFile: file })).toBe("sk-option");
    expect(loadApiKey({ ...options, environment, configFile: file })).toBe("sk-from-env");
    expect(loadApiKey({ ...options, environment: {}, configFile: file })).toBe("sk-from-file");
  });

  it("says which variable to set when no key is found, or returns nothing when none is required", () => {
    const error = (() => {
      try {
        return loadApiKey({
          ...options,
          environment: { TEST_API_KEY: " " },
          configFile: join(directory, "none.json"),
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect(String(error)).toContain("set the environment variable TEST_API_KEY");
    expect(loadApiKey({ ...options, environment: {}, required: false })).toBeUndefined();
  });

  it("rejects an empty option and a malformed secrets file without echoing its content", async () => {
    expect(() => loadApiKey({ ...options, apiKey: "" })).toThrow(/apiKey option is empty/);
    const file = join(directory, "broken.json");
    await writeFile(file, '{"TEST_API_KEY": "sk-half-written');
    expect(() => loadApiKey({ ...options, environment: {}, configFile: file })).toThrow(/not valid JSON/);
    try {
      loadApiKey({ ...options, environment: {}, configFile: file });
    } catch (error) {
      expect(String(error)).not.toContain("sk-half-written");
    }
  });
});
