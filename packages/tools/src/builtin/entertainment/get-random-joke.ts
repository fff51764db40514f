import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type JokeCategory, jokeCategories, jokes } from "./data/jokes.js";

/** A random family-friendly joke, optionally from one category. */
export const getRandomJoke = defineTool<{ category?: JokeCategory; exclude_ids?: string[] }>({
  name: "get_random_joke",
  description:
    "Get a random family-friendly joke as a setup and punchline, optionally from one category and skipping jokes already told. Returns the joke's id, category, setup and punchline; deterministic for the same arguments and seed.",
  category: "Entertainment",
  simulated: {
    covers: "16 original short jokes in 6 categories (programming, science, food, animals, music, office)",
  },
  parameters: {
    type: "object",
    properties: {
      category: { type: "string", enum: [...jokeCategories], description: "Joke category; default any." },
      exclude_ids: {
        type: "array",
        items: { type: "string", pattern: "^[a-z]{2}-\\d+$" },
        maxItems: 16,
        default: [],
        description: "Ids of jokes not to repeat, e.g. ['pr-1']. Default none.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      id: { type: "string" },
      category: { type: "string", enum: [...jokeCategories] },
      setup: { type: "string" },
      punchline: { type: "string" },
    },
    required: ["id", "category", "setup", "punchline"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { category: "food" },
      result: {
        id: "fo-3",
        category: "food",
        setup: "Why did the baker stop making doughnuts?",
        punchline: "He got tired of the hole business.",
      },
    },
    {
      arguments: { category: "music", exclude_ids: ["mu-1"] },
      result: {
        id: "mu-2",
        category: "music",
        setup: "What's a skeleton's favourite instrument?",
        punchline: "The trom-bone.",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { category: "music", exclude_ids: ["mu-1", "mu-2"] },
      error: "every music joke is excluded",
    },
    { arguments: { category: "politics" }, error: "$.category must be one of" },
  ],
  run: ({ category, exclude_ids: excluded = [] }, { random }) => {
    const pool = jokes.filter(
      (joke) => (category === undefined || joke.category === category) && !excluded.includes(joke.id),
    );
    if (pool.length === 0) {
      throw new ToolArgumentError({
        message:
          `every ${category ?? ""} joke is excluded; drop some exclude_ids or choose another category`.replace(
            "every  joke",
            "every joke",
          ),
        argument: "exclude_ids",
      });
    }
    return { ...random.pick(pool) };
  },
});
