import { readFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { isJsonObject, parseJson, type RunConfig, runConfigSchema, toPlainJson } from "@apigen/core";
import { parse as parseYaml } from "yaml";
import { applyOverrides, type RunConfigOverrides } from "./apply-overrides.js";
import { defaultModelRef } from "./default-model-ref.js";
import { formatConfigIssues } from "./format-config-issues.js";
import { resolveConfigPaths } from "./resolve-config-paths.js";
import { RunConfigError } from "./run-config-error.js";

/** Options of {@link loadRunConfig}. */
export interface LoadRunConfigOptions {
  /** A YAML (`.yaml`, `.yml`) or JSON file; its relative paths are resolved against its folder. */
  path?: string;
  /** A config given as a value instead of (or, when both are given, in place of) a file's content. */
  input?: unknown;
  /** Command-line settings that replace the config's. */
  overrides?: RunConfigOverrides;
  /** Where the default generator model is read from when the config names none. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths of `input` and of override tool paths are resolved against. @default process.cwd() */
  cwd?: string;
}

/**
 * Reads, completes and validates a run config. It parses the file (YAML or JSON, by extension), makes its
 * relative paths absolute, applies the overrides, fills `generator.model` from the environment when the
 * config names none (see `defaultModelRef`), and validates with core's `runConfigSchema`. Anything wrong
 * throws one `RunConfigError` listing every problem as a `path: message` line and naming the file.
 *
 * @example
 * const config = await loadRunConfig({ path: "apigen.yaml", overrides: { count: 1000, model: "openai:gpt-4o-mini" } });
 */
export async function loadRunConfig({
  path,
  input,
  overrides = {},
  env = process.env,
  cwd = process.cwd(),
}: LoadRunConfigOptions = {}): Promise<RunConfig> {
  const file = path === undefined ? undefined : resolve(cwd, path);
  const raw = input !== undefined ? input : file === undefined ? {} : await readConfigFile(file);
  const where = file === undefined ? {} : { file };
  if (!isJsonObject(raw)) {
    throw new RunConfigError({
      ...where,
      problems: [{ path: "", message: "a run config is a mapping of settings" }],
    });
  }
  const baseDir = file === undefined || input !== undefined ? cwd : dirname(file);
  const { config, problems } = applyOverrides({
    input: resolveConfigPaths({ input: raw, baseDir }),
    overrides,
    cwd,
  });
  const generator = config.generator === undefined ? {} : config.generator;
  if (isJsonObject(generator) && generator.model === undefined) {
    config.generator = { ...generator, model: defaultModelRef(env) };
  }
  const parsed = runConfigSchema.safeParse(config);
  const all = [...problems, ...(parsed.success ? [] : formatConfigIssues(parsed.error.issues))];
  if (all.length > 0 || !parsed.success) {
    throw new RunConfigError({ ...where, problems: all });
  }
  return parsed.data;
}

async function readConfigFile(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    const message =
      error.code === "ENOENT" ? "the file does not exist" : `cannot read it (${error.code ?? error.message})`;
    throw new RunConfigError({ file, problems: [{ path: "", message }], cause: error });
  });
  const extension = extname(file).toLowerCase();
  try {
    if (extension === ".json") {
      return toPlainJson(parseJson(text));
    }
    if (extension === ".yaml" || extension === ".yml") {
      return parseYaml(text, { prettyErrors: true }) ?? {};
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RunConfigError({
      file,
      problems: [{ path: "", message: `not valid ${extension.slice(1).toUpperCase()}: ${message}` }],
      cause: error,
    });
  }
  throw new RunConfigError({
    file,
    problems: [{ path: "", message: `unknown extension "${extension}": name the file .yaml, .yml or .json` }],
  });
}
