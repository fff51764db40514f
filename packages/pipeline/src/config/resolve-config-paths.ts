import { isAbsolute, resolve } from "node:path";
import { isJsonObject } from "@apigen/core";

type Loose = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Returns a copy of a raw (not yet validated) run config with its relative paths made absolute against
 * `baseDir`, the config file's folder: tool modules, local OpenAPI documents, seed-pool files and llama.cpp
 * GGUF paths. URLs, `hf:` model URIs and values of the wrong type are left for validation to report.
 */
export function resolveConfigPaths({ input, baseDir }: { input: Loose; baseDir: string }): Loose {
  const config = structuredClone(input);
  const fix = (holder: unknown, key: string, when: (text: string) => boolean = () => true) => {
    if (isJsonObject(holder)) {
      const text = holder[key];
      if (typeof text === "string" && text !== "" && !isAbsolute(text) && when(text)) {
        holder[key] = resolve(baseDir, text);
      }
    }
  };
  const notUrl = (text: string) => !/^[a-z][a-z0-9+.-]*:/i.test(text);
  const tools = config.tools;
  if (isJsonObject(tools)) {
    for (const module of list(tools.modules)) {
      fix(module, "path");
    }
    for (const document of list(tools.openapi)) {
      fix(document, "spec", notUrl);
    }
  }
  if (isJsonObject(config.seedPool) && Array.isArray(config.seedPool.files)) {
    config.seedPool.files = config.seedPool.files.map((file) =>
      typeof file === "string" && file !== "" && !isAbsolute(file) ? resolve(baseDir, file) : file,
    );
  }
  const models = [
    isJsonObject(config.generator) ? config.generator.model : undefined,
    ...(isJsonObject(config.judge) ? [config.judge.model, ...list(config.judge.committee)] : []),
  ];
  for (const model of models) {
    if (isJsonObject(model) && model.provider === "llama-cpp") {
      fix(model, "model", (text) => notUrl(text) && /\.gguf$/i.test(text));
    }
  }
  return config;
}
