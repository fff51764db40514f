import { ApigenError } from "@apigen/core";

const marker = "apigen.error.ToolArgumentError";
const symbol = Symbol.for(marker);

/**
 * Arguments a tool cannot work with although they match its schema: values that contradict each other, a date
 * before another, an unknown city. Tools throw it with a message a model could learn from; the executor
 * records the call as `invalid_arguments`.
 *
 * @example
 * if (end < start) throw new ToolArgumentError({ message: "end_date must not be before start_date", argument: "end_date" });
 */
export class ToolArgumentError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "ToolArgumentError" as const;
  /** The argument at fault, where one is. */
  readonly argument: string | undefined;

  constructor({ message, argument }: { message: string; argument?: string }) {
    super({ message });
    this.argument = argument;
  }

  static override isInstance(error: unknown): error is ToolArgumentError {
    return ApigenError.hasMarker(error, marker);
  }
}
