import { isAbsolute, resolve } from "node:path";
import type { RunConfigInput } from "@apigen/core";

type ToolsInput = RunConfigInput["tools"];

const forms =
  "builtin, builtin:CATEGORY,CATEGORY, a .js/.mjs/.cjs/.ts/.mts/.py module, an OpenAPI .yaml/.yml/.json file or URL, or mcp:COMMAND ARGS";

/**
 * Turns tool sources written as strings (as on a command line) into the `tools` section of a run config:
 * `builtin`, `builtin:finance,math`, a module path (`.js`, `.mjs`, `.cjs`, `.ts`, `.mts`, `.py`), an OpenAPI
 * document (`.yaml`, `.yml`, `.json`, or an `http(s)` URL) or `mcp:COMMAND ARGS`. Relative paths are resolved
 * against `cwd`. Throws a `TypeError` listing the accepted forms for anything else.
 *
 * @example
 * parseToolSpecs({ specs: ["builtin:finance", "./tools.py", "mcp:npx -y @modelcontextprotocol/server-memory"] })
 */
export function parseToolSpecs({
  specs,
  cwd = process.cwd(),
}: {
  specs: readonly string[];
  cwd?: string;
}): ToolsInput {
  const tools = {
    builtin: undefined as ToolsInput["builtin"],
    modules: [] as NonNullable<ToolsInput["modules"]>,
    openapi: [] as NonNullable<ToolsInput["openapi"]>,
    mcp: [] as NonNullable<ToolsInput["mcp"]>,
  };
  const path = (text: string) => (isAbsolute(text) ? text : resolve(cwd, text));
  for (const raw of specs) {
    const spec = raw.trim();
    const lower = spec.toLowerCase();
    if (lower === "builtin" || lower.startsWith("builtin:")) {
      const categories = spec
        .slice("builtin".length + 1)
        .split(",")
        .map((category) => category.trim())
        .filter((category) => category !== "");
      const known = tools.builtin?.categories;
      tools.builtin =
        categories.length === 0 || (tools.builtin !== undefined && known === undefined)
          ? {}
          : { categories: [...(known ?? []), ...categories] };
    } else if (lower.startsWith("mcp:")) {
      const [command, ...args] = spec.slice(4).trim().split(/\s+/);
      if (command === undefined || command === "") {
        throw new TypeError(`The tool source "${spec}" names no command: write mcp:COMMAND ARGS`);
      }
      tools.mcp.push({ command, args });
    } else if (/\.(m?js|cjs|m?ts|cts|py)$/i.test(spec)) {
      tools.modules.push({ path: path(spec) });
    } else if (/^https?:\/\//i.test(spec)) {
      tools.openapi.push({ spec });
    } else if (/\.(ya?ml|json)$/i.test(spec)) {
      tools.openapi.push({ spec: path(spec) });
    } else {
      throw new TypeError(`Cannot read the tool source "${spec}": write ${forms}`);
    }
  }
  const { builtin, ...rest } = tools;
  return builtin === undefined ? rest : { builtin, ...rest };
}
