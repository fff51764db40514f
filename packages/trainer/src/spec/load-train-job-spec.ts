import { readFile } from "node:fs/promises";
import { parseJson, toPlainJson } from "@apigen/core";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { TrainJobSpecError } from "./train-job-spec-error.js";
import { type TrainJobSpec, trainJobSpecSchema } from "./train-job-spec-schema.js";

/**
 * Reads a training job spec from a YAML or JSON file (`.json` is read as JSON, anything else as YAML) and
 * validates it. Throws a {@link TrainJobSpecError} listing every problem as `path: message`.
 *
 * @example
 * const spec = await loadTrainJobSpec("train.yaml");
 */
export async function loadTrainJobSpec(path: string): Promise<TrainJobSpec> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new TrainJobSpecError({
      path,
      issues: [`cannot read the file: ${error.code ?? error.message}`],
      cause: error,
    });
  });
  let value: unknown;
  try {
    value = path.endsWith(".json") ? toPlainJson(parseJson(text)) : parseYaml(text);
  } catch (error) {
    throw new TrainJobSpecError({ path, issues: [(error as Error).message], cause: error });
  }
  return parseTrainJobSpec(value, { path });
}

/**
 * Validates a spec value (already parsed from YAML or JSON), filling defaults. Throws a
 * {@link TrainJobSpecError} listing every problem as `path: message`.
 */
export function parseTrainJobSpec(value: unknown, { path }: { path?: string } = {}): TrainJobSpec {
  const parsed = trainJobSpecSchema.safeParse(value);
  if (!parsed.success) {
    throw new TrainJobSpecError({
      ...(path === undefined ? {} : { path }),
      issues: formatIssues(parsed.error),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Every issue of a zod error as `dotted.path: message` (`(root)` for the whole value). */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length === 0 ? "(root)" : issue.path.map(String).join(".");
    return `${where}: ${issue.message}`;
  });
}
