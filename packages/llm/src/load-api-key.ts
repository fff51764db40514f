import { readFileSync } from "node:fs";
import { isJsonObject, parseJson } from "@apigen/core";
import { LoadApiKeyError } from "./errors/load-api-key-error.js";

/** Options of {@link loadApiKey}. */
export interface LoadApiKeyOptions {
  /** A key given in code; it wins over the environment and the config file. */
  apiKey?: string | undefined;
  /** The environment variable to read, e.g. `"OPENAI_API_KEY"`. */
  environmentVariableName: string;
  /** What the key is for, used in the error message, e.g. `"OpenAI-compatible server"`. */
  description: string;
  /**
   * A JSON file of secrets keyed by environment variable name, `{ "OPENAI_API_KEY": "sk-..." }`, read when
   * neither the option nor the environment has the key.
   */
  configFile?: string | undefined;
  /**
   * Whether a missing key is an error. Servers such as vLLM, Ollama and llama.cpp need no key.
   * @default true
   */
  required?: boolean;
  /**
   * Where environment variables are read from.
   * @default process.env
   */
  environment?: Readonly<Record<string, string | undefined>>;
}

/**
 * Finds an API key: the `apiKey` option, else the environment variable, else the config file. This is the
 * only place the package reads the environment. Errors say which variable to set and never contain a key.
 *
 * @example
 * const apiKey = loadApiKey({ environmentVariableName: "OPENAI_API_KEY", description: "OpenAI" });
 */
export function loadApiKey(options: LoadApiKeyOptions & { required?: true }): string;
export function loadApiKey(options: LoadApiKeyOptions): string | undefined;
export function loadApiKey({
  apiKey,
  environmentVariableName,
  description,
  configFile,
  required = true,
  environment = process.env,
}: LoadApiKeyOptions): string | undefined {
  if (apiKey !== undefined) {
    if (apiKey.trim() === "") {
      throw new LoadApiKeyError({
        message: `The ${description} API key given in the apiKey option is empty: pass a key or leave the option out to read $${environmentVariableName}`,
        environmentVariableName,
      });
    }
    return apiKey;
  }
  const fromEnvironment = environment[environmentVariableName];
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== "") {
    return fromEnvironment.trim();
  }
  const fromFile = configFile === undefined ? undefined : readConfigFile(configFile, environmentVariableName);
  if (fromFile !== undefined || !required) {
    return fromFile;
  }
  const where = configFile === undefined ? "" : ` or the "${environmentVariableName}" key in ${configFile}`;
  throw new LoadApiKeyError({
    message: `No ${description} API key: set the environment variable ${environmentVariableName}${where}, or pass the apiKey option`,
    environmentVariableName,
  });
}

function readConfigFile(path: string, environmentVariableName: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") {
      return undefined;
    }
    throw new LoadApiKeyError({
      message: `Cannot read the secrets file ${path} (${String(code)}): check its permissions`,
      environmentVariableName,
    });
  }
  let secrets: unknown;
  try {
    secrets = parseJson(text);
  } catch {
    throw new LoadApiKeyError({
      message: `The secrets file ${path} is not valid JSON: write an object such as {"${environmentVariableName}": "..."}`,
      environmentVariableName,
    });
  }
  if (!isJsonObject(secrets)) {
    throw new LoadApiKeyError({
      message: `The secrets file ${path} must hold a JSON object keyed by variable name, e.g. {"${environmentVariableName}": "..."}`,
      environmentVariableName,
    });
  }
  const value = secrets[environmentVariableName];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== "string" || value.trim() === "") {
    throw new LoadApiKeyError({
      message: `The "${environmentVariableName}" entry in ${path} must be a non-empty string`,
      environmentVariableName,
    });
  }
  return value.trim();
}
