#!/usr/bin/env node
// The installed `apigen` command. It loads the compiled CLI, and says what to do when it has not been built.
try {
  await import("../dist/bin.js");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/bin.js")) {
    console.error("apigen is not built yet: run `npm run build` at the repository root, then try again.");
    process.exit(1);
  }
  throw error;
}
