import { parentPort, workerData } from "node:worker_threads";
import { type JsonObject, parseJson, stringifyJson } from "@apigen/core";
import type { BuiltinTool } from "../builtin/define-tool.js";
import { invokeBuiltinTool } from "./invoke-builtin-tool.js";

/** A request to the worker: arguments travel as JSON text so float marks survive. */
export interface BuiltinWorkerRequest {
  id: number;
  name: string;
  arguments: string;
  seed: number;
}

/** The worker's answer: the outcome as JSON text. */
export interface BuiltinWorkerReply {
  id: number;
  outcome: string;
}

const { registryUrl, exportName } = workerData as { registryUrl: string; exportName: string };
const registry = (await import(registryUrl)) as Record<string, unknown>;
const list = registry[exportName];
if (!Array.isArray(list)) {
  throw new TypeError(`${registryUrl} has no array export named ${exportName}`);
}
const tools = new Map((list as BuiltinTool[]).map((tool) => [tool.tool.name, tool]));

parentPort?.on("message", async (request: BuiltinWorkerRequest) => {
  const tool = tools.get(request.name);
  const outcome =
    tool === undefined
      ? {
          status: "unknown_tool",
          message: `The worker's registry has no tool named ${request.name}`,
          durationMs: 0,
        }
      : await invokeBuiltinTool({
          tool,
          arguments: parseJson(request.arguments) as JsonObject,
          seed: request.seed,
        });
  let text: string;
  try {
    text = stringifyJson(outcome);
  } catch (error) {
    const message = `The result cannot be written as JSON: ${error instanceof Error ? error.message : String(error)}`;
    text = stringifyJson({ status: "tool_error", message, durationMs: outcome.durationMs });
  }
  parentPort?.postMessage({ id: request.id, outcome: text } satisfies BuiltinWorkerReply);
});
