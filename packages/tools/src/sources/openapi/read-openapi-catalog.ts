import type { Result, Tool } from "@apigen/core";
import { type ApiOpenApiDocument, type ApiPathItem, apiHttpMethods } from "./api-openapi.js";
import { createRefResolver } from "./create-ref-resolver.js";
import { loadOpenApiDocument } from "./load-openapi-document.js";
import { type OperationPlan, operationToTool } from "./operation-to-tool.js";
import { snakeCaseName } from "./snake-case-name.js";

/** One tool of a document and how to call it. */
export interface OpenApiCatalogEntry {
  tool: Tool;
  plan: OperationPlan;
}

/** The tools of a document, by name, and where calls go. */
export interface OpenApiCatalog {
  tools: OpenApiCatalogEntry[];
  byName: Map<string, OpenApiCatalogEntry>;
  /** The base URL, or why there is none (a relative server URL and no override). */
  baseUrl: Result<string, string>;
}

/** Options of {@link readOpenApiCatalog}. */
export interface ReadOpenApiCatalogOptions {
  document: string | object;
  baseUrl: string | undefined;
  operationFilter: (operation: {
    toolName: string;
    operationId: string | undefined;
    method: string;
    path: string;
    tags: string[];
  }) => boolean;
  category: string | undefined;
}

/**
 * Loads a document and turns each of its operations into a tool. Names that would clash get `_2`, `_3`;
 * operations whose body this source cannot send (multipart, binary) are left out.
 */
export async function readOpenApiCatalog({
  document,
  baseUrl,
  operationFilter,
  category,
}: ReadOpenApiCatalogOptions): Promise<OpenApiCatalog> {
  const loaded = await loadOpenApiDocument({ document });
  const resolver = createRefResolver(loaded.document, loaded.label);
  const tools: OpenApiCatalogEntry[] = [];
  const byName = new Map<string, OpenApiCatalogEntry>();
  for (const [path, rawItem] of Object.entries(loaded.document.paths ?? {})) {
    const pointer = `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    const item = resolver.deref<ApiPathItem | undefined>(rawItem, pointer);
    for (const method of apiHttpMethods) {
      const operation = item?.[method];
      if (operation === undefined) {
        continue;
      }
      const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
      let toolName = snakeCaseName(operationId ?? `${method} ${path}`);
      for (let suffix = 2; byName.has(toolName); suffix++) {
        toolName = `${snakeCaseName(operationId ?? `${method} ${path}`)}_${suffix}`;
      }
      const tags = Array.isArray(operation.tags)
        ? operation.tags.filter((tag) => typeof tag === "string")
        : [];
      if (!operationFilter({ toolName, operationId, method, path, tags })) {
        continue;
      }
      const built = operationToTool({
        name: toolName,
        method,
        path,
        operation,
        pathParameters: item?.parameters,
        resolver,
        pointer: `${pointer}/${method}`,
      });
      if (built === undefined) {
        continue;
      }
      const entry: OpenApiCatalogEntry = {
        tool: {
          ...built.tool,
          ...(category === undefined ? {} : { category }),
          source: { kind: "openapi", ...(typeof document === "string" ? { ref: document } : {}) },
        },
        plan: built.plan,
      };
      tools.push(entry);
      byName.set(toolName, entry);
    }
  }
  return { tools, byName, baseUrl: resolveBaseUrl(loaded.document, baseUrl, loaded.label) };
}

function resolveBaseUrl(
  document: ApiOpenApiDocument,
  override: string | undefined,
  label: string,
): Result<string, string> {
  if (override !== undefined) {
    return { success: true, value: override };
  }
  const server = Array.isArray(document.servers) ? document.servers[0] : undefined;
  const template = typeof server?.url === "string" ? server.url : "/";
  const url = template.replace(/\{([^}]+)\}/g, (whole, variable: string) => {
    const value = server?.variables?.[variable]?.default;
    return typeof value === "string" ? value : whole;
  });
  if (!/^https?:\/\//i.test(url)) {
    return {
      success: false,
      error: `OpenAPI document ${label} names no absolute server URL (servers[0].url is "${url}"); pass baseUrl`,
    };
  }
  return { success: true, value: url };
}
