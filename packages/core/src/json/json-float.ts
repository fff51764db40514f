const marker = Symbol.for("apigen.JsonFloat");

/**
 * A JSON number that was written as a float (`5.0`, `1e3`) but whose value is a whole number. JavaScript's
 * `number` cannot tell `5` from `5.0`; Python, JSON Schema's `integer` and the BFCL checker can, so
 * {@link parseJson} returns whole-valued floats as `JsonFloat` and {@link stringifyJson} writes them back with
 * their decimal point. Floats with a fractional part (`5.5`) need no wrapper and stay plain numbers.
 *
 * @example
 * parseJson("[5, 5.0]") // [5, JsonFloat { value: 5 }]
 * stringifyJson([5, new JsonFloat(5)]) // "[5,5.0]"
 */
export class JsonFloat {
  protected readonly [marker] = true;

  constructor(readonly value: number) {
    if (typeof value !== "number") {
      throw new TypeError(`JsonFloat takes a number, got ${typeof value}`);
    }
  }

  /** True for a `JsonFloat` from any copy of this package. */
  static isInstance(value: unknown): value is JsonFloat {
    return value != null && typeof value === "object" && marker in value;
  }

  /** `JSON.stringify` writes the plain number (and loses the float mark); use `stringifyJson` to keep it. */
  toJSON(): number {
    return this.value;
  }

  valueOf(): number {
    return this.value;
  }
}
