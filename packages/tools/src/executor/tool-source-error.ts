import { ApigenError } from "@apigen/core";

const marker = "apigen.error.ToolSourceError";
const symbol = Symbol.for(marker);

/**
 * A tool source that cannot be used at all: a module that does not load, a harness that cannot start, a tool
 * list that does not match the canonical tool shape, names that clash across sources. Failing calls are
 * outcomes, never this error.
 */
export class ToolSourceError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "ToolSourceError" as const;
  /** The source's name, e.g. a module path. */
  readonly source: string;

  constructor({ source, reason, cause }: { source: string; reason: string; cause?: unknown }) {
    super({ message: `Tool source ${source}: ${reason}`, cause });
    this.source = source;
  }

  static override isInstance(error: unknown): error is ToolSourceError {
    return ApigenError.hasMarker(error, marker);
  }
}
