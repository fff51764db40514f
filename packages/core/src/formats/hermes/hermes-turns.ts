import { isJsonObject } from "../../json/json-value.js";
import type { ChatExtension } from "../openai/chat-extension.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { validateWire } from "../shared/validate-wire.js";
import {
  type HermesFrom,
  type HermesLayout,
  type HermesRecord,
  type HermesRole,
  hermesMessagesRecordSchema,
  hermesShareGptRecordSchema,
} from "./hermes-api.js";

/** One turn of a Hermes row, whichever the layout, with the paths errors name. */
export interface HermesTurnAt {
  role: HermesRole;
  content: string;
  /** The turn's path, e.g. `messages[2]` or `conversations[2]`. */
  at: string;
  /** The path of its text, e.g. `messages[2].content` or `conversations[2].value`. */
  field: string;
}

const fromOfRole: Record<HermesRole, HermesFrom> = {
  system: "system",
  user: "human",
  assistant: "gpt",
  tool: "tool",
};
const roleOfFrom: Record<HermesFrom, HermesRole> = {
  system: "system",
  human: "user",
  gpt: "assistant",
  tool: "tool",
};

/** Lays turns out as a row of the given layout, with the `apigen` key where there is one. */
export function writeHermesTurns(
  turns: { role: HermesRole; content: string }[],
  layout: HermesLayout,
  extension: ChatExtension | undefined,
): HermesRecord {
  const tail = extension === undefined ? {} : { apigen: extension };
  if (layout === "sharegpt") {
    return {
      conversations: turns.map(({ role, content }) => ({ from: fromOfRole[role], value: content })),
      ...tail,
    };
  }
  return { messages: turns.map(({ role, content }) => ({ role, content })), ...tail };
}

/** Reads the turns and the `apigen` key of a row, telling the layout from its `messages` or `conversations` key. */
export function readHermesTurns(
  record: unknown,
  context: ConversionContext,
): { turns: HermesTurnAt[]; list: "messages" | "conversations"; extension: ChatExtension | undefined } {
  const hasMessages = isJsonObject(record) && "messages" in record;
  const hasConversations = isJsonObject(record) && "conversations" in record;
  if (hasMessages === hasConversations) {
    throw conversionError(
      context,
      hasMessages
        ? "a row has either a messages list or a conversations list, not both"
        : "expected a row with a messages list or a conversations list",
    );
  }
  if (hasMessages) {
    const row = validateWire(hermesMessagesRecordSchema, record, context);
    const turns = row.messages.map(({ role, content }, index) => ({
      role,
      content,
      at: `messages[${index}]`,
      field: `messages[${index}].content`,
    }));
    return { turns, list: "messages", extension: row.apigen };
  }
  const row = validateWire(hermesShareGptRecordSchema, record, context);
  const turns = row.conversations.map(({ from, value }, index) => ({
    role: roleOfFrom[from],
    content: value,
    at: `conversations[${index}]`,
    field: `conversations[${index}].value`,
  }));
  return { turns, list: "conversations", extension: row.apigen };
}
