import { ApigenError } from "@apigen/core";

const marker = "apigen.error.LoadApiKeyError";
const symbol = Symbol.for(marker);

/** No API key was given and none was found where one was looked for. The message says what to set. */
export class LoadApiKeyError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "LoadApiKeyError" as const;
  /** The environment variable that was read, e.g. `"OPENAI_API_KEY"`. */
  readonly environmentVariableName: string;

  constructor({
    message,
    environmentVariableName,
    cause,
  }: { message: string; environmentVariableName: string; cause?: unknown }) {
    super({ message, cause });
    this.environmentVariableName = environmentVariableName;
  }

  static override isInstance(error: unknown): error is LoadApiKeyError {
    return ApigenError.hasMarker(error, marker);
  }
}
