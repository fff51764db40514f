import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findDuplicate } from "../shared/find-duplicate.js";

/** Bracket order of seeds 1..size so that the top seeds meet as late as possible. */
function seedOrder(size: number): number[] {
  let order = [1];
  while (order.length < size) {
    const total = order.length * 2 + 1;
    order = order.flatMap((seed) => [seed, total - seed]);
  }
  return order;
}

/** First round of a seeded single-elimination bracket. */
export const generateTournamentBracket = defineTool<{ players: string[]; shuffle_seeds?: boolean }>({
  name: "generate_tournament_bracket",
  description:
    "Create a single-elimination tournament bracket from a list of players or teams in seed order (or shuffled), padding to a power of two with byes for the top seeds. Returns the bracket size, number of rounds, byes and the first-round matches with seeds.",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      players: {
        type: "array",
        items: { type: "string", minLength: 1, maxLength: 60 },
        minItems: 2,
        maxItems: 128,
        description: "Player or team names, best seed first; names must be distinct.",
      },
      shuffle_seeds: {
        type: "boolean",
        default: false,
        description: "Randomly reassign seeds instead of using the list order.",
      },
    },
    required: ["players"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      bracket_size: { type: "integer" },
      rounds: { type: "integer" },
      byes: { type: "integer" },
      matches: {
        type: "array",
        items: {
          type: "object",
          properties: {
            match: { type: "integer", minimum: 1 },
            home: {
              type: "object",
              properties: { seed: { type: "integer" }, name: { type: "string" } },
              required: ["seed", "name"],
              additionalProperties: false,
            },
            away: {
              type: ["object", "null"],
              properties: { seed: { type: "integer" }, name: { type: "string" } },
              required: ["seed", "name"],
              additionalProperties: false,
            },
          },
          required: ["match", "home", "away"],
          additionalProperties: false,
        },
      },
    },
    required: ["bracket_size", "rounds", "byes", "matches"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { players: ["Ana", "Ben", "Caro", "Dev", "Eli"] },
      result: {
        bracket_size: 8,
        rounds: 3,
        byes: 3,
        matches: [
          { match: 1, home: { seed: 1, name: "Ana" }, away: null },
          { match: 2, home: { seed: 4, name: "Dev" }, away: { seed: 5, name: "Eli" } },
          { match: 3, home: { seed: 2, name: "Ben" }, away: null },
          { match: 4, home: { seed: 3, name: "Caro" }, away: null },
        ],
      },
    },
    {
      arguments: { players: ["Red", "Blue", "Green", "Gold"], shuffle_seeds: true },
      result: {
        bracket_size: 4,
        rounds: 2,
        byes: 0,
        matches: [
          { match: 1, home: { seed: 1, name: "Red" }, away: { seed: 4, name: "Gold" } },
          { match: 2, home: { seed: 2, name: "Blue" }, away: { seed: 3, name: "Green" } },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { players: ["Ana", "Ben", "ana"] },
      error: "player names must be distinct: 'ana' appears more than once",
    },
    { arguments: { players: ["Solo"] }, error: "$.players must NOT have fewer than 2 items" },
  ],
  run: ({ players, shuffle_seeds = false }, { random }) => {
    const repeated = findDuplicate(players, (name) => name.trim().toLowerCase());
    if (repeated !== undefined) {
      throw new ToolArgumentError({
        message: `player names must be distinct: '${repeated}' appears more than once`,
        argument: "players",
      });
    }
    const seeded = shuffle_seeds ? random.shuffle(players) : players;
    const rounds = Math.ceil(Math.log2(seeded.length));
    const size = 2 ** rounds;
    const order = seedOrder(size);
    const entrant = (seed: number) => (seed <= seeded.length ? { seed, name: seeded[seed - 1] ?? "" } : null);
    const matches = [];
    for (let index = 0; index < size; index += 2) {
      const home = entrant(order[index] ?? 1);
      const away = entrant(order[index + 1] ?? 2);
      matches.push({ match: index / 2 + 1, home: home ?? away, away: home === null ? null : away });
    }
    return { bracket_size: size, rounds, byes: size - seeded.length, matches };
  },
});
