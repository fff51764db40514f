import { InvalidArgumentError } from "commander";

/** Commander parser for a whole number at least `minimum`; anything else is a usage error. */
export function parseCount(minimum: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < minimum) {
      throw new InvalidArgumentError(`expected a whole number of at least ${minimum}, got "${value}"`);
    }
    return number;
  };
}
