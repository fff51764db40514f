import { basename } from "node:path";
import type { RunConfig } from "@apigen/core";
import {
  createBuiltinSource,
  createJsModuleSource,
  createMcpSource,
  createOpenApiSource,
  createPythonModuleSource,
  type ToolSource,
} from "@apigen/tools";
import type { OpenRunToolsOptions } from "./open-run-tools.js";
import { selectBuiltinTools } from "./select-builtin-tools.js";

/** A tool source to open, with how its tools are categorised and the line that names it in the stats. */
export interface PlannedSource {
  source: ToolSource;
  /** The category of every tool of the source, or undefined to take the tool's own. */
  category: string | undefined;
  /** The fallback category. */
  kind: string;
  label: string;
}

/**
 * Creates (without starting anything yet) one tool source per entry of a run config's `tools`: the selected
 * built-ins, each JS or Python module, each OpenAPI document and each MCP server.
 */
export function planToolSources(
  config: RunConfig["tools"],
  { sandbox, logger, seed = 0, builtinIsolation = "worker", fetch }: Omit<OpenRunToolsOptions, "timeoutMs">,
): PlannedSource[] {
  const planned: PlannedSource[] = [];
  const sandboxOptions = {
    ...(sandbox === undefined ? {} : { sandbox }),
    ...(logger === undefined ? {} : { logger }),
  };
  if (config.builtin !== undefined) {
    const { tools, categories } = selectBuiltinTools(config.builtin);
    const scope =
      categories.length > 0
        ? categories.join(", ")
        : config.builtin.names?.length
          ? "named tools"
          : "all categories";
    planned.push({
      source: createBuiltinSource({ tools, isolation: builtinIsolation, seed }),
      category: undefined,
      kind: "Other",
      label: `builtin: ${scope}`,
    });
  }
  for (const entry of config.modules) {
    const python = /\.py$/i.test(entry.path);
    const source = python
      ? createPythonModuleSource({ path: entry.path, ...sandboxOptions })
      : createJsModuleSource({ path: entry.path, seed, ...sandboxOptions });
    planned.push({
      source,
      category: entry.category,
      kind: "module",
      label: `module: ${basename(entry.path)}`,
    });
  }
  for (const entry of config.openapi) {
    const label = /^https?:/i.test(entry.spec) ? entry.spec : basename(entry.spec);
    const source = createOpenApiSource({
      document: entry.spec,
      name: `openapi:${entry.spec}`,
      ...(entry.baseUrl === undefined ? {} : { baseUrl: entry.baseUrl }),
      ...(entry.category === undefined ? {} : { category: entry.category }),
      ...(fetch === undefined ? {} : { fetch }),
    });
    planned.push({ source, category: entry.category, kind: "openapi", label: `openapi: ${label}` });
  }
  for (const [index, entry] of config.mcp.entries()) {
    const line = [entry.command, ...entry.args].join(" ");
    const source = createMcpSource({
      transport: {
        kind: "stdio",
        command: entry.command,
        args: entry.args,
        ...(entry.env === undefined ? {} : { env: entry.env }),
      },
      name: `mcp#${index + 1}:${line}`,
      ...(entry.category === undefined ? {} : { category: entry.category }),
    });
    planned.push({ source, category: entry.category, kind: "mcp", label: `mcp: ${line}` });
  }
  return planned;
}
