import { dirname, resolve, sep } from "node:path";
import {
  createSandboxedModuleSource,
  type SandboxedToolSource,
  type SandboxLogger,
} from "../../sandbox/create-sandboxed-module-source.js";
import type { SandboxInfo } from "../../sandbox/detect-sandbox.js";
import { defaultSandboxLimits, type SandboxLimits } from "../../sandbox/sandbox-limits.js";
import { jsHarnessSource } from "./js-harness-source.js";
import { transpileTypeScriptModule } from "./transpile-typescript-module.js";

/** Options of {@link createJsModuleSource}. */
export interface CreateJsModuleSourceOptions {
  /**
   * Path of the module that exports the tools: ESM or CommonJS JavaScript, or TypeScript (`.ts`, `.mts`, `.cts`,
   * transpiled in this process with esbuild into one JavaScript file, since Node 20 cannot strip types). Its
   * folder is readable by the sandbox.
   */
  path: string;
  /**
   * More files and folders the code may read (bound read-only under bwrap), e.g. packages the module imports
   * from outside its own folder. @default []
   */
  readOnlyPaths?: readonly string[];
  /** The only folder the tools may write; a fresh temporary folder (removed on close) when not given. */
  scratchDirectory?: string;
  /** OS limits for the child. @default defaultSandboxLimits */
  limits?: Partial<SandboxLimits>;
  /** `warm` keeps one child for all calls (restarted after a crash or limit kill); `per-call` starts one per call. @default "warm" */
  mode?: "warm" | "per-call";
  /** The Node binary. @default process.execPath */
  node?: string;
  /** Passed to each tool as `context.seed`. @default 0 */
  seed?: number;
  /** The sandbox to use. @default detectSandbox() */
  sandbox?: SandboxInfo;
  /** Receives a one-line warning when protection is missing. */
  logger?: SandboxLogger;
}

/**
 * A tool source for a user's JS module, run in a sandboxed Node child (see `detectSandbox`). The module
 * exports `tools` (named, or on its default export): an array of
 * `{ name, description, parameters, returns?, category?, run(args, { seed }) }`, or of objects made with
 * `defineTool` (`{ tool: { name, ... }, run }`). `run` may be async; it returns JSON. Throw an error whose
 * `name` is `"ToolArgumentError"` to reject arguments (`invalid_arguments`); any other throw is a `tool_error`.
 *
 * @example
 * const source = createJsModuleSource({ path: "./my-tools.mjs" });
 * const executor = createToolExecutor({ sources: [source] });
 */
export function createJsModuleSource({
  path,
  readOnlyPaths: extraPaths = [],
  scratchDirectory,
  limits,
  mode = "warm",
  node = process.execPath,
  seed = 0,
  sandbox,
  logger,
}: CreateJsModuleSourceOptions): SandboxedToolSource {
  const modulePath = resolve(path);
  const nodeHome = dirname(dirname(node));
  const runnablePath = /\.[cm]?ts$/.test(modulePath) ? transpileTypeScriptModule(modulePath) : modulePath;
  const resolvedLimits: Partial<SandboxLimits> = { ...limits };
  return createSandboxedModuleSource({
    name: modulePath,
    origin: { kind: "js-module", ref: modulePath },
    command: node,
    args: [
      `--max-old-space-size=${Math.max(64, Math.floor((resolvedLimits.memoryBytes ?? defaultSandboxLimits.memoryBytes) / 1024 / 1024 / 2))}`,
      "-e",
      jsHarnessSource,
      runnablePath,
      String(resolvedLimits.outputBytes ?? defaultSandboxLimits.outputBytes),
    ],
    readOnlyPaths: [
      dirname(modulePath),
      ...(nodeHome.startsWith(`${sep}usr`) ? [] : [nodeHome]),
      ...(runnablePath === modulePath ? [] : [dirname(runnablePath)]),
      ...extraPaths.map((extra) => resolve(extra)),
    ],
    env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8" },
    scratchDirectory,
    limits,
    mode,
    seed,
    sandbox,
    logger,
    listTimeoutMs: 30_000,
  });
}
