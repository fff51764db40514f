import { type CompletionRequest, toolToOpenAiTool } from "@apigen/core";
import type { ApiChatRequest } from "./open-ai-compatible-api.js";

/**
 * The `tools` and `tool_choice` fields of a chat request: each tool as an OpenAI function tool, and the choice
 * (`{ name }` becomes `{ type: "function", function: { name } }`). Without tools (or with none) neither is sent.
 * A `toolChoice` that needs a tool (`"required"`, a name) without tools, or naming a tool that is not among
 * them, is a `TypeError`, thrown before anything is sent.
 */
export function buildToolFields(request: CompletionRequest): Pick<ApiChatRequest, "tools" | "tool_choice"> {
  const { tools, toolChoice } = request;
  if (tools === undefined || tools.length === 0) {
    if (toolChoice === "required" || typeof toolChoice === "object") {
      throw new TypeError(
        `toolChoice ${JSON.stringify(toolChoice)} needs tools: pass the tools the model may call in request.tools`,
      );
    }
    return {};
  }
  if (typeof toolChoice === "object" && !tools.some((tool) => tool.name === toolChoice.name)) {
    throw new TypeError(
      `toolChoice names "${toolChoice.name}", which is not among request.tools (${tools.map((tool) => tool.name).join(", ")})`,
    );
  }
  return {
    tools: tools.map(toolToOpenAiTool),
    ...(toolChoice === undefined
      ? {}
      : {
          tool_choice:
            typeof toolChoice === "object"
              ? { type: "function", function: { name: toolChoice.name } }
              : toolChoice,
        }),
  };
}
