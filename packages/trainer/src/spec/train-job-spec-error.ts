import { ApigenError } from "@apigen/core";

const marker = "apigen.error.TrainJobSpecError";
const symbol = Symbol.for(marker);

/**
 * A training job spec that cannot be used: a file that does not parse, or fields that fail validation. The
 * message lists every problem as `path: message`, one a line; `issues` holds the same lines.
 */
export class TrainJobSpecError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "TrainJobSpecError" as const;
  /** The spec file, when the spec came from one. */
  readonly path: string | undefined;
  /** Every problem, as `field.path: message`. */
  readonly issues: readonly string[];

  constructor({ path, issues, cause }: { path?: string; issues: readonly string[]; cause?: unknown }) {
    const where = path === undefined ? "Invalid training job spec" : `Invalid training job spec ${path}`;
    super({ message: `${where}:\n${issues.map((issue) => `  ${issue}`).join("\n")}`, cause });
    this.path = path;
    this.issues = issues;
  }

  static override isInstance(error: unknown): error is TrainJobSpecError {
    return ApigenError.hasMarker(error, marker);
  }
}
