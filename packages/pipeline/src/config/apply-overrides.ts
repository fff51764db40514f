import type { ModelRef, QueryStyle } from "@apigen/core";
import { isJsonObject } from "@apigen/core";
import { parseModelString } from "./parse-model-string.js";
import { parseToolSpecs } from "./parse-tool-specs.js";
import type { RunConfigProblem } from "./run-config-error.js";
import { spreadCount } from "./spread-count.js";

/** Settings given on the command line; each replaces what the config file says. */
export interface RunConfigOverrides {
  /** Rows wanted in all, spread over the config's styles in proportion (or over the default mix). */
  count?: number;
  /** The generator, as a reference or a string such as `openai:gpt-4o-mini`. */
  model?: ModelRef | string;
  /** The judge, written like `model`. */
  judgeModel?: ModelRef | string;
  /** Tool sources written as strings; they replace the config's `tools`. See `parseToolSpecs`. */
  tools?: readonly string[];
  seed?: number;
  concurrency?: number;
}

type Loose = Record<string, unknown>;

/**
 * Applies command-line overrides to a raw run config, in a copy. Overrides that cannot be read (a model or
 * tool string in no known form) are returned as problems at the setting they would have replaced.
 */
export function applyOverrides({
  input,
  overrides,
  cwd = process.cwd(),
}: {
  input: Loose;
  overrides: RunConfigOverrides;
  cwd?: string;
}): { config: Loose; problems: RunConfigProblem[] } {
  const config: Loose = { ...input };
  const problems: RunConfigProblem[] = [];
  const attempt = (path: string, action: () => void) => {
    try {
      action();
    } catch (error) {
      problems.push({ path, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const model = (value: ModelRef | string) => (typeof value === "string" ? parseModelString(value) : value);
  if (overrides.count !== undefined) {
    const count = overrides.count;
    attempt("target.byStyle", () => {
      const target = isJsonObject(config.target) ? config.target : {};
      const current = isJsonObject(target.byStyle) ? target.byStyle : undefined;
      const weights = current === undefined ? undefined : positiveWeights(current);
      config.target = {
        ...target,
        byStyle: spreadCount(weights === undefined ? { count } : { count, weights }),
      };
    });
  }
  if (overrides.model !== undefined) {
    const value = overrides.model;
    attempt("generator.model", () => {
      config.generator = { ...(isJsonObject(config.generator) ? config.generator : {}), model: model(value) };
    });
  }
  if (overrides.judgeModel !== undefined) {
    const value = overrides.judgeModel;
    attempt("judge.model", () => {
      config.judge = { ...(isJsonObject(config.judge) ? config.judge : {}), model: model(value) };
    });
  }
  if (overrides.tools !== undefined) {
    const specs = overrides.tools;
    attempt("tools", () => {
      config.tools = parseToolSpecs({ specs, cwd });
    });
  }
  if (overrides.seed !== undefined) {
    config.seed = overrides.seed;
  }
  if (overrides.concurrency !== undefined) {
    config.concurrency = overrides.concurrency;
  }
  return { config, problems };
}

/** The config's own per-style counts as weights, or undefined when none is a positive number. */
function positiveWeights(byStyle: Loose): Partial<Record<QueryStyle, number>> | undefined {
  const entries = Object.entries(byStyle).filter(
    (entry): entry is [QueryStyle, number] => typeof entry[1] === "number" && entry[1] > 0,
  );
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
