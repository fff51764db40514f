import {
  ConversionError,
  isJsonObject,
  type JsonObject,
  queryStyleSchema,
  readJsonl,
  stringifyJson,
  type Tool,
  toolSchema,
  xlamRowToExample,
} from "@apigen/core";
import { builtinTools, findBuiltinTool, findCloseNames } from "@apigen/tools";
import type { VerifyRowInput } from "@apigen/verifier";
import { VerifyInputError } from "./verify-input-error.js";

/** The row layouts `apigen verify` reads. */
export type VerifyFileFormat = "canonical" | "xlam";

/** Options of {@link readVerifyRows}. */
export interface ReadVerifyRowsOptions {
  path: string;
  /** The layout of every row; when left out, each row's own shape decides (xLAM rows hold JSON text). */
  format?: VerifyFileFormat;
}

const looksLikeXlam = (value: JsonObject): boolean =>
  typeof value.tools === "string" || typeof value.answers === "string";

function readTool(entry: unknown, fail: (reason: string) => never): Tool {
  if (typeof entry === "string") {
    const builtin = findBuiltinTool(entry);
    if (builtin === undefined) {
      const close = findCloseNames(
        entry,
        builtinTools.map((known) => known.tool.name),
      );
      return fail(
        `'${entry}' is not a built-in tool${close.length > 0 ? ` (did you mean ${close.join(", ")}?)` : ""}`,
      );
    }
    return builtin.tool;
  }
  const parsed = toolSchema.safeParse(entry);
  return parsed.success ? parsed.data : fail(`a tool is not valid: ${parsed.error.issues[0]?.message ?? ""}`);
}

function readCanonical(value: JsonObject, line: number, fail: (reason: string) => never): VerifyRowInput {
  if (!Array.isArray(value.tools)) {
    return fail("a canonical row needs tools: a list of tools or of built-in tool names");
  }
  const tools = value.tools.map((entry) => readTool(entry, fail));
  const style = value.style === undefined ? undefined : queryStyleSchema.safeParse(value.style);
  if (style !== undefined && !style.success) {
    return fail(`style ${stringifyJson(value.style)} is not a query style`);
  }
  const { tools: _tools, style: _style, id, ...answer } = value;
  return {
    id: typeof id === "string" || typeof id === "number" ? String(id) : String(line),
    text: stringifyJson(answer),
    tools,
    ...(style === undefined ? {} : { style: style.data }),
  };
}

/**
 * Streams a JSONL file of candidates as rows for `verifyCandidates`: canonical rows (`{query, answers, tools,
 * style?, id?}`, tools given whole or as built-in names) or xLAM-60k rows. A canonical row's query and answers
 * go to stage 1 as written, so a malformed answer is a verdict, not an error. A line that is not JSON, not an
 * object, or whose tools cannot be read throws a {@link VerifyInputError} naming the line.
 */
export async function* readVerifyRows({
  path,
  format,
}: ReadVerifyRowsOptions): AsyncGenerator<VerifyRowInput> {
  try {
    yield* readRows(path, format);
  } catch (error) {
    if (ConversionError.isInstance(error) && error.format === "jsonl" && typeof error.row === "number") {
      const cause = error.cause instanceof Error ? error.cause.message : error.message;
      throw new VerifyInputError({
        path,
        line: error.row,
        reason: `not valid JSON (${cause.replace(/at line \d+, column/, "at column")})`,
        cause: error,
      });
    }
    throw error;
  }
}

async function* readRows(path: string, format: VerifyFileFormat | undefined): AsyncGenerator<VerifyRowInput> {
  for await (const { line, value } of readJsonl(path)) {
    const fail = (reason: string, cause?: unknown): never => {
      throw new VerifyInputError({ path, line, reason, cause });
    };
    if (!isJsonObject(value)) {
      fail("a row must be a JSON object");
      continue;
    }
    if ((format ?? (looksLikeXlam(value) ? "xlam" : "canonical")) === "canonical") {
      yield readCanonical(value, line, fail);
      continue;
    }
    let example: ReturnType<typeof xlamRowToExample>;
    try {
      example = xlamRowToExample(value, { index: line });
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error), error);
    }
    yield {
      id: example.id ?? String(line),
      candidate: { query: example.query, answers: example.answers },
      tools: example.tools,
      ...(example.style === undefined ? {} : { style: example.style }),
    };
  }
}
