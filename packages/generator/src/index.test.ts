import { describe, expect, it } from "vitest";
import * as generator from "./index.js";

describe("@apigen/generator", () => {
  it("exports its public API and nothing else", () => {
    expect(Object.keys(generator).sort()).toEqual([
      "SamplingError",
      "categorizeTools",
      "createApiSampler",
      "createPromptSampler",
      "createSeedPool",
      "createStylePlanner",
      "promptFramings",
      "promptLibrary",
      "renderGenerationPrompt",
    ]);
  });
});
