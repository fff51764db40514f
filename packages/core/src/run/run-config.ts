import { z } from "zod";
import { queryStyleSchema } from "../schemas/example.js";

const apiKeyMessage =
  "API keys never go in a config: put the key in an environment variable and name it in apiKeyEnv";

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();

/**
 * Which model to call and how hard. Only the NAME of the environment variable holding the key goes here
 * (`apiKeyEnv`), never the key: a config is written into the run directory and often published.
 *
 * @example
 * { provider: "openai-compatible", model: "gpt-4o-mini", apiKeyEnv: "OPENAI_API_KEY", requestsPerMinute: 500 }
 */
export const modelRefSchema = z.strictObject(
  {
    provider: z.enum(["openai-compatible", "huggingface", "llama-cpp"]),
    /** The model id, or a GGUF path (or `hf:` URI) for `llama-cpp`. */
    model: z.string().min(1),
    baseUrl: z.url().optional(),
    /** Name of the environment variable that holds the API key, e.g. `OPENAI_API_KEY`. */
    apiKeyEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")
      .optional(),
    temperature: z.number().min(0).max(2).optional(),
    maxTokens: positiveInt.optional(),
    /** Requests in flight to this model at once. */
    concurrency: positiveInt.optional(),
    requestsPerMinute: z.number().positive().optional(),
    tokensPerMinute: z.number().positive().optional(),
    /** US dollars per million tokens, for the cost column of the stats. */
    price: z
      .strictObject({ inputPerMillion: z.number().nonnegative(), outputPerMillion: z.number().nonnegative() })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" &&
      issue.keys.some((key) => /^(api[-_]?key|access[-_]?token|token|secret)$/i.test(key))
        ? apiKeyMessage
        : undefined,
  },
);
export type ModelRef = z.infer<typeof modelRefSchema>;

/** An inclusive `{min, max}` range of integers, with `min <= max`. */
const rangeSchema = (least: number) =>
  z
    .strictObject({ min: z.number().int().min(least), max: z.number().int().min(least) })
    .refine((range) => range.min <= range.max, {
      message: "min must not be greater than max",
      path: ["min"],
    });

const toolsSchema = z
  .strictObject({
    /** The tools shipped with apigen; leave `categories` out for all of them. */
    builtin: z
      .strictObject({
        categories: z.array(z.string().min(1)).optional(),
        names: z.array(z.string().min(1)).optional(),
      })
      .optional(),
    /** JavaScript, TypeScript or Python files whose exports are tools. */
    modules: z
      .array(z.strictObject({ path: z.string().min(1), category: z.string().min(1).optional() }))
      .default([]),
    /** OpenAPI documents (a path or URL); every operation becomes a tool. */
    openapi: z
      .array(
        z.strictObject({
          spec: z.string().min(1),
          baseUrl: z.string().min(1).optional(),
          category: z.string().min(1).optional(),
        }),
      )
      .default([]),
    /** MCP servers started over stdio. */
    mcp: z
      .array(
        z.strictObject({
          command: z.string().min(1),
          args: z.array(z.string()).default([]),
          env: z.record(z.string(), z.string()).optional(),
          category: z.string().min(1).optional(),
        }),
      )
      .default([]),
  })
  .refine(
    (tools) =>
      tools.builtin !== undefined || tools.modules.length + tools.openapi.length + tools.mcp.length > 0,
    { message: "name at least one tool source (builtin, modules, openapi or mcp)" },
  );

/**
 * A generation run, as written in `apigen.yaml` (or JSON) and stored resolved as `config.json` in the run
 * directory. Every object is strict, so a misspelt key is an error that names its path; zod fills the
 * defaults. Parse it with `runConfigSchema.parse(input)`; `@apigen/pipeline`'s `loadRunConfig` also reads the
 * file, applies command-line overrides and fills a default generator model from the environment.
 *
 * @example
 * runConfigSchema.parse({
 *   target: { byStyle: { simple: 100, parallel: 50 } },
 *   tools: { builtin: { categories: ["finance"] } },
 *   generator: { model: { provider: "openai-compatible", model: "gpt-4o-mini", apiKeyEnv: "OPENAI_API_KEY" } },
 * });
 */
export const runConfigSchema = z.strictObject({
  /** Seeds every random choice of the run. @default 1 */
  seed: z.number().int().default(1),
  /** Accepted rows wanted, per query style. */
  target: z.strictObject({
    byStyle: z
      .partialRecord(queryStyleSchema, nonNegativeInt)
      .refine((byStyle) => Object.values(byStyle).some((count) => count > 0), {
        message: "ask for at least one row of some style",
      }),
  }),
  tools: toolsSchema,
  generator: z.strictObject({
    model: modelRefSchema,
    /** Query/answer pairs asked of one model call. @default 3 */
    pairsPerPrompt: positiveInt.default(3),
    /** Ask the generator for a `thought` with each pair. @default false */
    withThought: z.boolean().default(false),
    /** @default 0.7 (the paper's) */
    temperature: z.number().min(0).max(2).default(0.7),
    /** @default 2048 */
    maxTokens: positiveInt.default(2048),
  }),
  judge: z
    .strictObject({
      /** Run stage 3 (the semantic check). @default true */
      enabled: z.boolean().default(true),
      /** The judge; the generator's model when left out. */
      model: modelRefSchema.optional(),
      /** More judges that vote with it. @default [] */
      committee: z.array(modelRefSchema).default([]),
      /** Check that argument values are grounded in the query text. @default true */
      grounding: z.boolean().default(true),
    })
    .prefault({}),
  sampling: z
    .strictObject({
      /** @default {min: 2, max: 5} */
      toolsPerPrompt: rangeSchema(1).prefault({ min: 2, max: 5 }),
      /** Few-shot examples per prompt. @default {min: 1, max: 3} */
      examplesPerPrompt: rangeSchema(0).prefault({ min: 1, max: 3 }),
      /** Calls in a parallel answer. @default {min: 2, max: 4} */
      callsPerAnswer: rangeSchema(1).prefault({ min: 2, max: 4 }),
      /** Offer tools from several categories in one prompt. @default false */
      crossCategory: z.boolean().default(false),
      categoryWeights: z.record(z.string(), z.number().nonnegative()).optional(),
      framingWeights: z.record(z.string(), z.number().nonnegative()).optional(),
    })
    .prefault({}),
  seedPool: z
    .strictObject({
      /** JSONL files of verified rows to start the pool with. @default [] */
      files: z.array(z.string().min(1)).default([]),
      /** @default 3 */
      maxPerTool: positiveInt.default(3),
      /** @default 500 */
      maxSize: positiveInt.default(500),
    })
    .prefault({}),
  stages: z
    .strictObject({
      /** Per tool call. @default 10000 */
      timeoutMs: positiveInt.default(10_000),
      /** Execution results are cut to this many characters for the judge and the row. @default 2000 */
      maxResultChars: positiveInt.default(2000),
      /** @default false */
      failOnEmptyResult: z.boolean().default(false),
      /** @default true */
      failOnErrorPayload: z.boolean().default(true),
    })
    .prefault({}),
  dedup: z
    .strictObject({
      /** @default true */
      enabled: z.boolean().default(true),
      /** Estimated Jaccard similarity from which two queries are near duplicates. @default 0.85 */
      nearDuplicateThreshold: z.number().gt(0).max(1).default(0.85),
    })
    .prefault({}),
  /** Prompts in flight at once. @default 16 */
  concurrency: positiveInt.default(16),
  /** Give up after this many generator calls (a safety stop for a model that never passes). */
  maxPrompts: positiveInt.optional(),
});

/** A validated run config with every default filled. */
export type RunConfig = z.output<typeof runConfigSchema>;
/** A run config as written by hand: defaults may be left out. */
export type RunConfigInput = z.input<typeof runConfigSchema>;
