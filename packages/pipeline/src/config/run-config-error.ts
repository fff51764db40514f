import { ApigenError } from "@apigen/core";

const marker = "apigen.error.RunConfigError";
const symbol = Symbol.for(marker);

/** One thing wrong with a run config: the dotted path of the setting (empty for the top level) and why. */
export interface RunConfigProblem {
  path: string;
  message: string;
}

/**
 * A run config that cannot be used. The message lists every problem, one `path: message` line each, and says
 * which file it came from, so a user can fix them all in one go.
 */
export class RunConfigError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "RunConfigError" as const;
  /** The config file, when the config came from one. */
  readonly file: string | undefined;
  /** Every problem found. */
  readonly problems: readonly RunConfigProblem[];

  constructor({
    file,
    problems,
    cause,
  }: { file?: string; problems: readonly RunConfigProblem[]; cause?: unknown }) {
    const lines = problems.map(
      (problem) => `  ${problem.path === "" ? "(top level)" : problem.path}: ${problem.message}`,
    );
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super({
      message: `Invalid run config${file === undefined ? "" : ` in ${file}`} (${count}):\n${lines.join("\n")}`,
      cause,
    });
    this.file = file;
    this.problems = problems;
  }

  static override isInstance(error: unknown): error is RunConfigError {
    return ApigenError.hasMarker(error, marker);
  }
}
