import { ApigenError, type QueryStyle } from "@apigen/core";

const marker = "apigen.error.SamplingError";
const symbol = Symbol.for(marker);

/** Why a tool library cannot serve a query style. */
export type SamplingErrorReason =
  /** `missing_argument`: no tool has a required parameter to leave out. */
  | "no_required_parameter"
  /** `multiple`, `parallel_multiple`, `no_call`: fewer than two tools to offer (or withhold and offer). */
  | "too_few_tools";

/**
 * A draw the tool library cannot make: the style needs tools the library does not have. The message says
 * what is missing and how to fix the library or the style targets.
 *
 * @example
 * try { sampler.draw("missing_argument") } catch (error) { if (SamplingError.isInstance(error)) skip(error.style) }
 */
export class SamplingError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "SamplingError" as const;
  /** The style that was asked for. */
  readonly style: QueryStyle;
  /** What the library lacks. */
  readonly reason: SamplingErrorReason;

  constructor({
    style,
    reason,
    message,
  }: { style: QueryStyle; reason: SamplingErrorReason; message: string }) {
    super({ message: `Cannot draw tools for a ${style} prompt: ${message}` });
    this.style = style;
    this.reason = reason;
  }

  static override isInstance(error: unknown): error is SamplingError {
    return ApigenError.hasMarker(error, marker);
  }
}
