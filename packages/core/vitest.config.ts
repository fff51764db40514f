import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The real-data suites walk every BFCL entry; CI machines have two cores shared by all workspaces.
    testTimeout: 60_000,
  },
});
