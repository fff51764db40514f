import { createHash } from "node:crypto";
import { type CompletionRequest, stringifyJson } from "@apigen/core";
import { toBatchRequestBody } from "./batch-request-line.js";

/** Options of {@link batchCustomId}. */
export interface BatchCustomIdOptions {
  /** The model the request is for; part of the hash, since the same messages sent to two models are two requests. */
  model: string;
}

/**
 * The `custom_id` apigen gives a request in a batch file: `apigen-` and 32 hex digits of the SHA-256 of the
 * request body (model, messages, response format, sampling parameters, seed, `providerOptions.batch`) written
 * with sorted keys. Equal requests get equal ids in every run, so results can be matched back by content alone;
 * `abortSignal` and other providers' options do not count.
 *
 * @example
 * const customId = batchCustomId({ messages: [{ role: "user", content: "Hi" }] }, { model: "gpt-4o-mini" });
 */
export function batchCustomId(request: CompletionRequest, { model }: BatchCustomIdOptions): string {
  const body = toBatchRequestBody({ model, request });
  const digest = createHash("sha256")
    .update(stringifyJson(body, { sortKeys: true }))
    .digest("hex");
  return `apigen-${digest.slice(0, 32)}`;
}
