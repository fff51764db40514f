import { type Example, stringifyJson } from "@apigen/core";
import type { PromptFormat } from "../spec/train-job-spec-schema.js";
import { chatTemplateRow } from "./chat-template-row.js";
import { renderXlamV1 } from "./render-xlam-v1.js";
import { renderXlamV2 } from "./render-xlam-v2.js";
import type { TokenizerFamily } from "./tokenizer-family.js";

/** Options of {@link renderTrainingRow}. */
export interface RenderTrainingRowOptions {
  /**
   * The base model's chat layout: it picks the end-of-turn marker (`<|EOT|>`, `<|im_end|>`, `<|eot_id|>`) and,
   * for `xlam-v2`, the turn layout. Not used by `chat-template`, which the script renders with the model's own
   * template.
   * @default "deepseek" for xlam-v1, "chatml" for xlam-v2
   */
  tokenizerFamily?: TokenizerFamily | undefined;
}

/** A rendered training row: the loss falls on `completion` only. */
export interface TrainingRow {
  prompt: string;
  completion: string;
}

/**
 * Renders one example in a prompt format. `xlam-v1`: system line, `### Instruction:` with the four marked
 * blocks, `### Response:`; target `{"tool_calls": [...]}` (plus `"response"` on a call-less row that has
 * words) and the end-of-turn marker. `xlam-v2`: a system prompt listing the tools; target a JSON array of calls
 * or the text response. `chat-template`: `prompt` is the JSON of `{messages, tools}` before the answer and
 * `completion` the JSON of the assistant message (the script applies the model's template to both).
 *
 * @example
 * const { prompt, completion } = renderTrainingRow(example, "xlam-v1");
 */
export function renderTrainingRow(
  example: Example,
  format: PromptFormat,
  { tokenizerFamily }: RenderTrainingRowOptions = {},
): TrainingRow {
  switch (format) {
    case "xlam-v1":
      return renderXlamV1(example, tokenizerFamily ?? "deepseek");
    case "xlam-v2":
      return renderXlamV2(example, tokenizerFamily ?? "chatml");
    case "chat-template": {
      const { messages, tools } = chatTemplateRow(example);
      const answer = messages.at(-1);
      return {
        prompt: stringifyJson({ messages: messages.slice(0, -1), tools }),
        completion: stringifyJson(answer),
      };
    }
  }
}
