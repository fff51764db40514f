import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The agreement suite checks 13,982 official verdicts; CI machines have two cores shared by all workspaces.
    testTimeout: 120_000,
  },
});
