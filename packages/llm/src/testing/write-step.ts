import type { ServerResponse } from "node:http";
import { isJsonObject, type JsonObject, stringifyJson } from "@apigen/core";
import {
  completionBody,
  completionEvents,
  countInputTokens,
  countTokens,
  errorBody,
  type ScriptedAnswer,
} from "./chat-completion-bodies.js";
import type { ServerStep } from "./server-step.js";

/** Writes one scripted step as the answer to a chat completion request. */
export function writeStep({
  step,
  response,
  body,
  model,
  requestId,
}: {
  step: ServerStep;
  response: ServerResponse;
  body: JsonObject;
  model: string;
  requestId: string;
}): void {
  const streaming = body.stream === true;
  const includeUsage = isJsonObject(body.stream_options) && body.stream_options.include_usage === true;
  const answer = (
    text: string,
    step: { finishReason?: ScriptedAnswer["finishReason"]; usage?: ScriptedAnswer["usage"] },
  ) => ({
    id: `chatcmpl-${requestId}`,
    model,
    text,
    finishReason: step.finishReason === undefined ? "stop" : step.finishReason,
    usage: step.usage ?? { inputTokens: countInputTokens(body), outputTokens: countTokens(text) },
  });

  if ("hang" in step) {
    return;
  }
  if ("reset" in step) {
    response.socket?.destroy();
    return;
  }
  if ("status" in step) {
    const headers: Record<string, string> = { "x-request-id": requestId };
    if (step.retryAfter !== undefined) {
      headers["retry-after"] = String(step.retryAfter);
    }
    if (step.retryAfterMs !== undefined) {
      headers["retry-after-ms"] = String(step.retryAfterMs);
    }
    const text = step.body === undefined ? errorBody(step.status, step.message) : stringifyJson(step.body);
    send(response, step.status, "application/json", text, headers, requestId);
    return;
  }
  if ("garbage" in step) {
    const garbage = streaming
      ? "data: {not json at all\n\n"
      : "<html><body>502 upstream sent garbage</body>\u0000";
    send(response, 200, streaming ? "text/event-stream" : "application/json", garbage, {}, requestId);
    return;
  }
  if ("toolCalls" in step) {
    const toolCalls = step.toolCalls.map((call, index) => ({
      id: call.id ?? `call_${requestId}_${index}`,
      name: call.name,
      arguments: typeof call.arguments === "string" ? call.arguments : stringifyJson(call.arguments),
    }));
    const text = step.text ?? "";
    const written = text + toolCalls.map((call) => call.name + call.arguments).join("");
    const scripted = {
      ...answer(text, { finishReason: step.finishReason === undefined ? "tool_calls" : step.finishReason }),
      toolCalls,
      usage: step.usage ?? { inputTokens: countInputTokens(body), outputTokens: countTokens(written) },
    };
    const payload = streaming
      ? completionEvents(scripted, { includeUsage }).join("")
      : completionBody(scripted);
    send(response, 200, streaming ? "text/event-stream" : "application/json", payload, {}, requestId);
    return;
  }
  const text =
    "truncated" in step
      ? (step.text ?? '{"answer": "this JSON is cut short"}')
      : "text" in step
        ? step.text
        : stringifyJson(step.json);
  const scripted = answer(text, "truncated" in step ? {} : step);
  if (streaming) {
    const events = completionEvents(scripted, { includeUsage });
    const kept = "truncated" in step ? events.slice(0, Math.ceil(events.length / 2)) : events;
    send(response, 200, "text/event-stream", kept.join(""), {}, requestId);
    return;
  }
  const full = completionBody(scripted);
  const kept = "truncated" in step ? full.slice(0, Math.floor(full.length / 2)) : full;
  send(response, 200, "application/json", kept, {}, requestId);
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string>,
  requestId: string,
) {
  response.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    "x-request-id": requestId,
    ...headers,
  });
  response.end(body);
}
