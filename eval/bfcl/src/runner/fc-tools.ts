import { type BfclFunction, bfclFunctionToTool, type Tool } from "@apigen/core";

/**
 * BFCL function docs as tools for native function calling. OpenAI-style APIs reject dots in function names
 * (`^[a-zA-Z0-9_-]{1,64}$`), so, as the leaderboard does for its FC models, every `.` becomes `_`; the checker
 * maps the names back (`underscoreToDot`).
 */
export function fcTools(docs: readonly BfclFunction[]): Tool[] {
  return docs.map((doc) => {
    const tool = bfclFunctionToTool(doc, { extensions: false });
    return { ...tool, name: tool.name.replaceAll(".", "_") };
  });
}
