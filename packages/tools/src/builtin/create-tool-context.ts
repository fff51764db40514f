import { createRandom, type JsonObject, stringifyJson } from "@apigen/core";
import type { ToolContext } from "./define-tool.js";

/** Options of {@link createToolContext}. */
export interface CreateToolContextOptions {
  /** The tool's name. */
  name: string;
  /** The call's arguments, as validated. */
  arguments: JsonObject;
  /** The run's seed. */
  seed: number;
}

/**
 * The context a built-in tool runs with: `random` seeded from the seed, the tool name and all the arguments,
 * and `randomFor(...keys)` seeded from the seed, the tool name and the keys only. Both runners (in process and
 * on the worker pool) make contexts here, so a call gets the same numbers wherever it runs.
 *
 * @example
 * const context = createToolContext({ name: "get_league_standings", arguments: { league: "nba" }, seed: 7 });
 * context.randomFor("nba", "2024-25").next(); // the same for every call with seed 7
 */
export function createToolContext({ name, arguments: args, seed }: CreateToolContextOptions): ToolContext {
  const prefix = `${seed}\u0000${name}\u0000`;
  return {
    random: createRandom(`${prefix}${stringifyJson(args)}`),
    randomFor: (...keys) => createRandom(`${prefix}${stringifyJson(keys)}`),
    seed,
  };
}
