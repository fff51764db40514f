import { access } from "node:fs/promises";
import { type JsonSchema, stringifyJson } from "@apigen/core";
import type { LlamaContext, LlamaGrammar, LlamaModel, LlamaOptions } from "node-llama-cpp";
import { acquireLlama } from "./acquire-llama.js";
import { type ChatPool, createChatPool } from "./chat-pool.js";

/** What {@link loadLlamaCppRuntime} needs. */
export interface LlamaCppRuntimeOptions {
  /** A local GGUF file, or else a URI to download once into `cacheDirectory`. */
  source: { modelPath: string } | { modelUri: string };
  cacheDirectory: string | undefined;
  contextSize: number | undefined;
  threads: number | undefined;
  gpu: NonNullable<LlamaOptions["gpu"]>;
  sequences: number;
}

/** A loaded model with a context and one chat per sequence. */
export interface LlamaCppRuntime {
  model: LlamaModel;
  context: LlamaContext;
  pool: ChatPool;
  /** A grammar that only lets the model write JSON matching `schema`; the last 64 are kept. */
  grammarFor(schema: JsonSchema): Promise<LlamaGrammar>;
  dispose(): Promise<void>;
}

const grammarCacheSize = 64;

/**
 * Takes the shared llama.cpp binding (a prebuilt binary; never compiled here), resolves the model file
 * (downloading a URI into the cache on first use), and creates a context with `sequences` sequences. Throws
 * plain errors; the caller names the model in them. node-llama-cpp is imported here, on first use, so that
 * importing the package stays fast.
 */
export async function loadLlamaCppRuntime({
  source,
  cacheDirectory,
  contextSize,
  threads,
  gpu,
  sequences,
}: LlamaCppRuntimeOptions): Promise<LlamaCppRuntime> {
  const { LlamaChat, resolveModelFile } = await import("node-llama-cpp");
  let modelPath: string;
  if ("modelPath" in source) {
    await access(source.modelPath);
    modelPath = source.modelPath;
  } else {
    const fileName = urlFileName(source.modelUri);
    modelPath = await resolveModelFile(source.modelUri, {
      ...(cacheDirectory === undefined ? {} : { directory: cacheDirectory }),
      ...(fileName === undefined ? {} : { fileName }),
      cli: false,
    });
  }
  const { llama, release } = await acquireLlama(gpu);
  let model: LlamaModel | undefined;
  try {
    const loaded = await llama.loadModel({ modelPath });
    model = loaded;
    const context = await loaded.createContext({
      contextSize: contextSize ?? Math.min(4096, loaded.trainContextSize),
      sequences,
      ...(threads === undefined ? {} : { threads }),
    });
    const chats = Array.from(
      { length: sequences },
      () => new LlamaChat({ contextSequence: context.getSequence() }),
    );
    const grammars = new Map<string, Promise<LlamaGrammar>>();
    return {
      model: loaded,
      context,
      pool: createChatPool(chats),
      grammarFor(schema) {
        const key = stringifyJson(schema);
        let grammar = grammars.get(key);
        if (grammar === undefined) {
          grammar = llama.createGrammarForJsonSchema(
            schema as Parameters<typeof llama.createGrammarForJsonSchema>[0],
          );
          grammar.catch(() => grammars.delete(key));
          grammars.set(key, grammar);
          if (grammars.size > grammarCacheSize) {
            grammars.delete(grammars.keys().next().value as string);
          }
        }
        return grammar;
      },
      async dispose() {
        for (const chat of chats) {
          chat.dispose();
        }
        await context.dispose();
        await loaded.dispose();
        await release();
      },
    };
  } catch (error) {
    await model?.dispose();
    await release();
    throw error;
  }
}

/**
 * The `.gguf` file name at the end of an `http(s):` URL. Passed as the file name to keep, it lets a later run
 * find the downloaded file without asking the server again (node-llama-cpp knows `hf:` names by itself).
 */
function urlFileName(uri: string): string | undefined {
  if (!/^https?:\/\//i.test(uri) || !URL.canParse(uri)) {
    return undefined;
  }
  const last = decodeURIComponent(new URL(uri).pathname.split("/").at(-1) ?? "");
  return /^[\w.-]+\.gguf$/i.test(last) ? last : undefined;
}
