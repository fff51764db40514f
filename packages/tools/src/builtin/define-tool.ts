import type {
  ApigenCategory,
  JsonObject,
  JsonSchema,
  JsonValue,
  ObjectSchema,
  Random,
  Tool,
} from "@apigen/core";

/** What a built-in tool gets besides its arguments. */
export interface ToolContext {
  /**
   * A random stream seeded from the run's seed, the tool's name and all the arguments, so a simulated service
   * answers the same call the same way every time. Use it for what each call makes anew (ids, dice, draws);
   * for a simulated world that other calls must agree on, use {@link ToolContext.randomFor}.
   */
  random: Random;
  /**
   * A fresh random stream seeded only from the run's seed, the tool's name and `keys`: the same keys give the
   * same numbers whatever else the call asks. Key a simulated world on what identifies it (a league and season,
   * a ticker and date, a city and date) and leave out display and filter arguments (`top_n`, `limit`,
   * `sort_by`), so that asking for the top 3 shows the first 3 rows of the top 4. Normalise keys first (a team
   * code rather than the spelling the caller used).
   *
   * @example
   * // get_league_standings: the same season whatever conference or top_n is asked for
   * run: ({ league, top_n }, { randomFor }) => {
   *   const rows = simulateSeason(league, randomFor(league, "2024-25"));
   *   return rows.slice(0, top_n);
   * }
   */
  randomFor(...keys: Array<string | number>): Random;
  /** The run's seed. */
  seed: number;
}

/** A call with its known result, used by the tests, the docs and as few-shot material. */
export interface ToolExample {
  arguments: JsonObject;
  result: JsonValue;
}

/** A call that must fail as `invalid_arguments`, with a fragment of the message it must give. */
export interface InvalidToolExample {
  arguments: JsonObject;
  /** A substring of the error message. */
  error: string;
}

/** The definition of a built-in tool; see {@link defineTool}. */
export interface BuiltinToolDefinition<Args> {
  /** snake_case, unique in the library. */
  name: string;
  description: string;
  category: ApigenCategory;
  parameters: ObjectSchema;
  returns: JsonSchema;
  /**
   * Set for a tool that stands for a live service (weather, flights, quotes) and answers from data shipped in the
   * package: says what that data covers.
   */
  simulated?: { covers: string };
  examples: [ToolExample, ...ToolExample[]];
  invalidExamples: [InvalidToolExample, ...InvalidToolExample[]];
  /** Computes the result. Throws `ToolArgumentError` for arguments it cannot work with. */
  run(args: Args, context: ToolContext): JsonValue | Promise<JsonValue>;
}

/** A built-in tool: its canonical `Tool` description and its implementation. */
export interface BuiltinTool {
  readonly tool: Tool;
  readonly simulated: { covers: string } | undefined;
  readonly examples: readonly ToolExample[];
  readonly invalidExamples: readonly InvalidToolExample[];
  run(args: JsonObject, context: ToolContext): JsonValue | Promise<JsonValue>;
}

/**
 * Defines a built-in tool. `Args` is the shape of the arguments after schema validation (plain numbers: float
 * marks are removed before `run` is called).
 *
 * @example
 * export const addNumbers = defineTool<{ a: number; b: number }>({
 *   name: "add_numbers", description: "Add two numbers.", category: "Math",
 *   parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"], additionalProperties: false },
 *   returns: { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] },
 *   examples: [{ arguments: { a: 1, b: 2 }, result: { sum: 3 } }],
 *   invalidExamples: [{ arguments: { a: 1 }, error: "missing required argument 'b'" }],
 *   run: ({ a, b }) => ({ sum: a + b }),
 * });
 */
export function defineTool<Args>(definition: BuiltinToolDefinition<Args>): BuiltinTool {
  const { name, description, category, parameters, returns, simulated, examples, invalidExamples, run } =
    definition;
  if (!/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new TypeError(`A built-in tool name is snake_case; got "${name}"`);
  }
  return {
    tool: { name, description, parameters, returns, category, source: { kind: "builtin" } },
    simulated,
    examples,
    invalidExamples,
    run: run as BuiltinTool["run"],
  };
}
