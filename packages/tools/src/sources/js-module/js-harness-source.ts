/**
 * The script the sandboxed Node child runs (`node -e`), as text so it ships inside the compiled package. It
 * loads the user's module on the first request and answers newline-delimited JSON on the real stdout; the
 * tools' own `console.log` output goes to stderr. Arguments: the module path and the output cap in bytes.
 */
export const jsHarnessSource = String.raw`
"use strict";
const { pathToFileURL } = require("node:url");
const modulePath = process.argv[1];
const outputCap = Number(process.argv[2]);
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);
console.log = console.info = console.debug = console.error;
const networkCodes = new Set(["ENETUNREACH", "EHOSTUNREACH", "EAI_AGAIN", "ENOTFOUND", "ECONNREFUSED"]);
let loaded;
function load() {
  loaded ??= import(pathToFileURL(modulePath).href).then((module) => {
    const list = module.tools ?? module.default?.tools ?? (Array.isArray(module.default) ? module.default : undefined);
    if (!Array.isArray(list)) {
      throw new Error("the module exports no tools array (export const tools = [...])");
    }
    const tools = new Map();
    for (const entry of list) {
      const tool = entry && typeof entry.tool === "object" && entry.tool !== null ? entry.tool : entry;
      if (!tool || typeof tool.name !== "string" || typeof entry.run !== "function") {
        throw new Error("each tool needs a string name and a run function");
      }
      tools.set(tool.name, { tool, run: entry.run });
    }
    return tools;
  });
  return loaded;
}
function classify(error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = error && (error.code || (error.cause && error.cause.code));
  if (error && error.name === "ToolArgumentError") return { status: "invalid_arguments", message };
  if (error instanceof RangeError && /array length|allocation failed|string length|typed array length/i.test(message)) {
    return { status: "memory_limit", message };
  }
  if (typeof code === "string" && networkCodes.has(code)) {
    return { status: "network_denied", message: "Network access is denied in the sandbox (" + code + "): " + message };
  }
  return { status: "tool_error", message };
}
function estimateExceeds(value, budget) {
  let size = 0;
  const seen = new Set();
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      size += item.length + 2;
    } else if (item !== null && typeof item === "object") {
      if (seen.has(item)) continue;
      seen.add(item);
      if (Array.isArray(item)) {
        size += item.length + 2;
        for (const element of item) stack.push(element);
      } else {
        for (const key of Object.keys(item)) {
          size += key.length + 4;
          stack.push(item[key]);
        }
      }
    } else {
      size += 8;
    }
    if (size > budget) return true;
  }
  return false;
}
function answer(reply) {
  if (reply.ok && estimateExceeds(reply.result, outputCap)) {
    write(JSON.stringify({ id: reply.id, ok: false, status: "tool_error", message: "The result exceeds the output cap of " + outputCap + " bytes" }) + "\n");
    return;
  }
  let text;
  try {
    text = JSON.stringify(reply);
  } catch (error) {
    const failure = error instanceof RangeError ? "memory_limit" : "tool_error";
    text = JSON.stringify({ id: reply.id, ok: false, status: failure, message: "The result cannot be written as JSON: " + String(error && error.message) });
  }
  if (text.length > outputCap) {
    text = JSON.stringify({ id: reply.id, ok: false, status: "tool_error", message: "The result of " + text.length + " bytes exceeds the output cap of " + outputCap + " bytes" });
  }
  write(text + "\n");
}
async function handle(request) {
  const id = request.id;
  try {
    const tools = await load();
    if (request.op === "list") {
      const list = [...tools.values()].map(({ tool }) => ({
        name: tool.name, description: tool.description ?? "", parameters: tool.parameters ?? { type: "object", properties: {} },
        ...(tool.returns === undefined ? {} : { returns: tool.returns }),
        ...(tool.category === undefined ? {} : { category: tool.category }),
      }));
      answer({ id, ok: true, tools: list });
      return;
    }
    const entry = tools.get(request.name);
    if (entry === undefined) {
      answer({ id, ok: false, status: "unknown_tool", message: "No tool named " + request.name });
      return;
    }
    const result = await entry.run(request.arguments ?? {}, { seed: request.seed ?? 0 });
    answer({ id, ok: true, result: result === undefined ? null : result });
  } catch (error) {
    answer({ id, ok: false, ...classify(error) });
  }
}
let pending = "";
let chain = Promise.resolve();
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  pending += chunk;
  let newline = pending.indexOf("\n");
  while (newline >= 0) {
    const line = pending.slice(0, newline);
    pending = pending.slice(newline + 1);
    if (line.trim() !== "") {
      let request;
      try { request = JSON.parse(line); } catch { request = undefined; }
      if (request !== undefined) chain = chain.then(() => handle(request));
    }
    newline = pending.indexOf("\n");
  }
});
process.stdin.on("end", () => process.exit(0));
process.on("unhandledRejection", () => undefined);
`;
