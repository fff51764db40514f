const marker = "apigen.error";
const symbol = Symbol.for(marker);

/**
 * The base class of every error apigen throws on purpose. Subclasses add readonly structured fields so that
 * callers branch on data, not on message text.
 *
 * Check with `ApigenError.isInstance(error)` (or a subclass's `isInstance`) rather than `instanceof`: two
 * copies of this package in one process would make `instanceof` lie.
 *
 * @example
 * try { parseJson(text) } catch (error) { if (JsonParseError.isInstance(error)) console.error(error.line) }
 */
export class ApigenError extends Error {
  protected readonly [symbol] = true;

  /** A stable, literal name per subclass, e.g. `"ApigenError"` or `"ConversionError"`. */
  override readonly name: string = "ApigenError";

  constructor({ message, cause }: { message: string; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
  }

  /** True for any apigen error, whichever copy of the package created it. */
  static isInstance(error: unknown): error is ApigenError {
    return ApigenError.hasMarker(error, marker);
  }

  /** Used by subclasses: true when `error` carries the marker `Symbol.for(markerName)`. */
  protected static hasMarker(error: unknown, markerName: string): boolean {
    const key = Symbol.for(markerName);
    return (
      error != null &&
      typeof error === "object" &&
      key in error &&
      (error as Record<symbol, unknown>)[key] === true
    );
  }
}
