#!/usr/bin/env node
// Checks the house rules that no compiler checks: every workspace has a README, one public door
// (src/index.ts), the same scripts, an exports map, and imports only from lower layers.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const layers = {
  "@apigen/core": 0,
  "@apigen/tools": 1,
  "@apigen/llm": 1,
  "@apigen/generator": 2,
  "@apigen/verifier": 2,
  "@apigen/publisher": 2,
  "@apigen/trainer": 2,
  "@apigen/eval-bfcl": 2,
  "@apigen/pipeline": 3,
  "@apigen/cli": 4,
  "@apigen/studio": 4,
};
const requiredScripts = ["build", "type-check", "test", "test:watch", "test:update", "lint"];
const root = JSON.parse(readFileSync("package.json", "utf8"));
const problems = [];

const workspaces = root.workspaces.flatMap((pattern) => {
  const base = pattern.replace(/\/\*$/, "");
  return existsSync(base)
    ? readdirSync(base)
        .map((name) => join(base, name))
        .filter((dir) => existsSync(join(dir, "package.json")))
    : [];
});

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === "node_modules" || name === "dist" ? [] : sourceFiles(path);
    }
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

for (const dir of workspaces) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const name = manifest.name;
  const layer = layers[name];
  if (layer === undefined) {
    problems.push(
      `${dir}: ${name} has no layer in scripts/check-structure.mjs; add it where the house plan puts it`,
    );
    continue;
  }
  if (!existsSync(join(dir, "README.md"))) {
    problems.push(`${dir}: no README.md`);
  }
  if (!existsSync(join(dir, "src/index.ts"))) {
    problems.push(`${dir}: no src/index.ts (the package's one public door)`);
  }
  if (!manifest.exports?.["."]) {
    problems.push(`${dir}: package.json has no exports["."]`);
  }
  for (const script of requiredScripts) {
    if (!manifest.scripts?.[script]) {
      problems.push(`${dir}: package.json lacks the "${script}" script`);
    }
  }
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
  for (const dependency of declared) {
    if (dependency in layers && layers[dependency] >= layer) {
      problems.push(
        `${dir}: ${name} (layer ${layer}) depends on ${dependency} (layer ${layers[dependency]})`,
      );
    }
  }
  for (const file of sourceFiles(join(dir, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](@apigen\/[a-z-]+)(?:\/[^"']*)?["']/g)) {
      const imported = match[1];
      if (imported === name) {
        continue;
      }
      if (!(imported in layers) || layers[imported] >= layer) {
        problems.push(`${file}: imports ${imported}, which is not in a lower layer than ${name}`);
      } else if (!declared.has(imported)) {
        problems.push(`${file}: imports ${imported}, which ${dir}/package.json does not declare`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Structure check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(
  `Structure check passed: ${workspaces.length} workspaces, each with a README, one src/index.ts and imports that flow down.`,
);
