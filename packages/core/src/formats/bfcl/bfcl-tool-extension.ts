import { z } from "zod";
import { type Tool, toolSourceSchema } from "../../schemas/tool.js";

/**
 * The canonical fields of a {@link Tool} that a BFCL function doc has no place for, as carried under the
 * `apigen` key (of the doc itself, or per tool in a question entry's `apigen.tools`).
 */
export const bfclToolExtensionSchema = z.strictObject({
  category: z.string().optional(),
  source: toolSourceSchema.optional(),
});
/** Canonical tool fields carried under `apigen`: `category` and `source`. */
export type BfclToolExtension = z.infer<typeof bfclToolExtensionSchema>;

/** The fields of `tool` that BFCL cannot hold; `{}` when it has none. */
export function bfclToolExtension(tool: Tool): BfclToolExtension {
  return {
    ...(tool.category === undefined ? {} : { category: tool.category }),
    ...(tool.source === undefined ? {} : { source: tool.source }),
  };
}

/** `tool` with the fields of `extension` put back (in the canonical key order). */
export function withBfclToolExtension(tool: Tool, extension: BfclToolExtension | undefined): Tool {
  if (extension === undefined) {
    return tool;
  }
  return {
    ...tool,
    ...(extension.category === undefined ? {} : { category: extension.category }),
    ...(extension.source === undefined ? {} : { source: extension.source }),
  };
}
