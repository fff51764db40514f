import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Splits people into balanced random teams. */
export const assignRandomTeams = defineTool<{
  participants: string[];
  team_count: number;
  team_names?: string[];
}>({
  name: "assign_random_teams",
  description:
    "Split participants into a number of random teams whose sizes differ by at most one. Returns each team with its name and members (names default to 'Team 1', 'Team 2', ...); reproducible for the same seed and arguments.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      participants: {
        type: "array",
        minItems: 2,
        maxItems: 500,
        uniqueItems: true,
        items: { type: "string", minLength: 1 },
        description: "Names of the people to split; each name once.",
      },
      team_count: { type: "integer", minimum: 2, maximum: 50, description: "Number of teams." },
      team_names: {
        type: "array",
        items: { type: "string", minLength: 1 },
        uniqueItems: true,
        description: "Optional names for the teams, one per team.",
      },
    },
    required: ["participants", "team_count"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      teams: {
        type: "array",
        items: {
          type: "object",
          properties: { name: { type: "string" }, members: { type: "array", items: { type: "string" } } },
          required: ["name", "members"],
          additionalProperties: false,
        },
      },
    },
    required: ["teams"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        participants: ["Ana", "Ben", "Chloe", "Dev", "Emma"],
        team_count: 2,
        team_names: ["Red", "Blue"],
      },
      result: {
        teams: [
          { name: "Red", members: ["Chloe", "Ben", "Emma"] },
          { name: "Blue", members: ["Ana", "Dev"] },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { participants: ["Ana", "Ben"], team_count: 3 },
      error: "3 teams need at least 3 participants",
    },
    {
      arguments: { participants: ["Ana", "Ben", "Cy"], team_count: 2, team_names: ["Red"] },
      error: "team_names has 1 names but team_count is 2",
    },
  ],
  run: ({ participants, team_count, team_names }, { random }) => {
    if (participants.length < team_count) {
      throw new ToolArgumentError({
        message: `${team_count} teams need at least ${team_count} participants; got ${participants.length}`,
        argument: "team_count",
      });
    }
    if (team_names !== undefined && team_names.length !== team_count) {
      throw new ToolArgumentError({
        message: `team_names has ${team_names.length} names but team_count is ${team_count}`,
        argument: "team_names",
      });
    }
    const teams = Array.from({ length: team_count }, (_, index) => ({
      name: team_names?.[index] ?? `Team ${index + 1}`,
      members: [] as string[],
    }));
    random.shuffle(participants).forEach((person, index) => {
      teams[index % team_count]?.members.push(person);
    });
    return { teams };
  },
});
