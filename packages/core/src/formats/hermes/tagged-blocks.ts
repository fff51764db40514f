import type { JsonValue } from "../../json/json-value.js";
import { readJsonText } from "../openai/read-json-text.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";

/**
 * Writes JSON texts as `<tag>\n{json}\n</tag>` blocks joined by newlines. A closing tag inside the JSON (in
 * a string) is written as `<\/tag>`, which JSON reads back as the same text.
 */
export function writeTaggedBlocks(tag: string, jsonTexts: string[]): string {
  const closing = `</${tag}>`;
  return jsonTexts
    .map((text) => `<${tag}>\n${text.replaceAll(closing, `<\\/${tag}>`)}\n${closing}`)
    .join("\n");
}

/** One parsed block and where it is (`messages[2].content<tool_call>[1]`). */
export interface TaggedBlock {
  value: JsonValue;
  context: ConversionContext;
}

/**
 * Reads every `<tag>…</tag>` block of a message as JSON. Text outside the blocks (other than whitespace)
 * and JSON errors throw a `ConversionError` naming the message and the block.
 */
export function readTaggedBlocks(text: string, tag: string, context: ConversionContext): TaggedBlock[] {
  const pattern = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g");
  const blocks: TaggedBlock[] = [];
  let outside = "";
  let end = 0;
  for (const match of text.matchAll(pattern)) {
    outside += text.slice(end, match.index);
    end = match.index + match[0].length;
    const blockContext = {
      ...context,
      field: joinField(joinField(context.field, `<${tag}>`), blocks.length),
    };
    blocks.push({ value: readJsonText((match[1] ?? "").trim(), blockContext), context: blockContext });
  }
  outside += text.slice(end);
  if (outside.trim() !== "") {
    const excerpt = outside.trim().slice(0, 40);
    throw conversionError(
      context,
      `text outside the <${tag}> blocks (${JSON.stringify(excerpt)}); a message holds either calls or words`,
    );
  }
  return blocks;
}
