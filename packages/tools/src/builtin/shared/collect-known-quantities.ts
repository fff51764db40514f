import { ToolArgumentError } from "../../errors/tool-argument-error.js";

/**
 * For a tool that solves an equation for one unknown: checks that the unknown `solveFor` was left out and every
 * other quantity was given, and returns all of them with the unknown set to 0.
 *
 * @example
 * collectKnownQuantities({ solve_for: "v2", c1: 2, v1: 1, c2: 1 }, ["c1", "v1", "c2", "v2"]);
 * // { c1: 2, v1: 1, c2: 1, v2: 0 }
 */
export function collectKnownQuantities<Quantity extends string>(
  args: { solve_for: Quantity } & Partial<Record<Quantity, number>>,
  quantities: readonly Quantity[],
): Record<Quantity, number> {
  const { solve_for: solveFor } = args;
  if (args[solveFor] !== undefined) {
    throw new ToolArgumentError({
      message: `${solveFor} is the unknown being solved for: leave it out`,
      argument: solveFor,
    });
  }
  const values = {} as Record<Quantity, number>;
  for (const quantity of quantities) {
    const value: number | undefined = args[quantity];
    if (quantity !== solveFor && value === undefined) {
      throw new ToolArgumentError({
        message: `${quantity} is needed to solve for ${solveFor}`,
        argument: quantity,
      });
    }
    values[quantity] = value ?? 0;
  }
  return values;
}
