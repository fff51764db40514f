import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/**
 * A module hook that fails the import of the heavy dependencies (node-llama-cpp takes about a second), so a
 * static import of any of them breaks the test.
 */
const forbid = `
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(\`
  export async function resolve(specifier, context, next) {
    const heavy = ["node-llama-cpp", "@huggingface/inference", "openai"];
    if (heavy.some((name) => specifier === name || specifier.startsWith(name + "/"))) {
      throw new Error(specifier + " was imported while importing the package");
    }
    return next(specifier, context);
  }\`));
`;

describe("the package door", () => {
  it("imports without loading node-llama-cpp or @huggingface/inference, which load on first use", {
    timeout: 30_000,
  }, async () => {
    const index = fileURLToPath(new URL("./index.ts", import.meta.url));
    const { stdout } = await run(
      process.execPath,
      [
        "--import",
        `data:text/javascript,${encodeURIComponent(forbid)}`,
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `const llm = await import(${JSON.stringify(index)}); console.log(typeof llm.createLlamaCppModel);`,
      ],
      { cwd: fileURLToPath(new URL("..", import.meta.url)) },
    );
    expect(stdout.trim()).toBe("function");
  });
});
