import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildSync } from "esbuild";

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Turns a user's TypeScript tool module into one JavaScript file the sandbox can run (Node 20 cannot strip
 * types): the module and the files it imports are bundled with esbuild, and every package import is rewritten
 * to the absolute path it resolves to from the module, so the bundle runs from any folder. This runs in the
 * trusted parent; only the output runs in the sandbox. Returns the output file's path.
 */
export function transpileTypeScriptModule(modulePath: string): string {
  const commonJs = modulePath.endsWith(".cts");
  const result = buildSync({
    entryPoints: [modulePath],
    bundle: true,
    packages: "external",
    platform: "node",
    format: commonJs ? "cjs" : "esm",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    outdir: tmpdir(),
  });
  const [output] = result.outputFiles;
  if (output === undefined) {
    throw new TypeError(`esbuild produced nothing for ${modulePath}`);
  }
  const resolveFromModule = createRequire(modulePath);
  const packages = new Set(
    Object.values(result.metafile.outputs).flatMap((entry) =>
      entry.imports.filter((item) => item.external && !builtins.has(item.path)).map((item) => item.path),
    ),
  );
  let text = output.text;
  for (const specifier of packages) {
    const resolved = resolveFromModule.resolve(specifier);
    const pattern = new RegExp(
      `((?:from|import|require)\\s*\\(?\\s*)(["'])${escapeRegExp(specifier)}\\2`,
      "g",
    );
    text = text.replace(pattern, (_match, prefix: string) => `${prefix}${JSON.stringify(resolved)}`);
  }
  const folder = mkdtempSync(join(tmpdir(), "apigen-ts-module-"));
  chmodSync(folder, 0o755);
  const outfile = join(
    folder,
    `${basename(modulePath).replace(/\.[cm]?ts$/, "")}${commonJs ? ".cjs" : ".mjs"}`,
  );
  writeFileSync(outfile, text, { mode: 0o644 });
  return outfile;
}
