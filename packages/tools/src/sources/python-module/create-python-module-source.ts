import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { parseJson } from "@apigen/core";
import { ToolSourceError } from "../../executor/tool-source-error.js";
import {
  createSandboxedModuleSource,
  type SandboxedToolSource,
  type SandboxLogger,
} from "../../sandbox/create-sandboxed-module-source.js";
import type { SandboxInfo } from "../../sandbox/detect-sandbox.js";
import { defaultSandboxLimits, type SandboxLimits } from "../../sandbox/sandbox-limits.js";
import { pythonHarnessSource } from "./python-harness-source.js";

/** Options of {@link createPythonModuleSource}. */
export interface CreatePythonModuleSourceOptions {
  /** Path of the `.py` module whose public functions become tools. Its folder is readable by the sandbox. */
  path: string;
  /**
   * The interpreter (a name on `PATH` or a path). It is asked once, outside the sandbox, for its real
   * executable and prefix, which the sandbox then makes readable. @default "python3"
   */
  python?: string;
  /**
   * More files and folders the code may read (bound read-only under bwrap), e.g. packages the module imports
   * from outside its own folder. @default []
   */
  readOnlyPaths?: readonly string[];
  /** The only folder the functions may write; a fresh temporary folder (removed on close) when not given. */
  scratchDirectory?: string;
  /** OS limits for the child. @default defaultSandboxLimits */
  limits?: Partial<SandboxLimits>;
  /** `warm` keeps one child for all calls (restarted after a crash or limit kill); `per-call` starts one per call. @default "warm" */
  mode?: "warm" | "per-call";
  /** The sandbox to use. @default detectSandbox() */
  sandbox?: SandboxInfo;
  /** Receives a one-line warning when protection is missing. */
  logger?: SandboxLogger;
}

function describeInterpreter(python: string): { executable: string; prefixes: string[] } {
  const probe = spawnSync(
    python,
    ["-I", "-c", "import json, sys; print(json.dumps([sys.executable, sys.prefix, sys.base_prefix]))"],
    { encoding: "utf8", timeout: 10_000 },
  );
  if (probe.status !== 0) {
    const reason =
      probe.error?.message ?? probe.stderr.trim().split("\n").at(-1) ?? `exit ${String(probe.status)}`;
    throw new ToolSourceError({ source: python, reason: `cannot run the Python interpreter: ${reason}` });
  }
  const [executable, ...prefixes] = parseJson(probe.stdout.trim()) as string[];
  if (executable === undefined || executable === "") {
    throw new ToolSourceError({ source: python, reason: "the interpreter does not know its own executable" });
  }
  return { executable, prefixes };
}

/**
 * A tool source for a Python module, run with `python3 -I` in a sandboxed child (see `detectSandbox`). Each
 * public function (no leading `_`) defined in the module is a tool: its name is the function's name, its
 * description the docstring's first paragraph, its parameters come from the signature (type hints `int`,
 * `float`, `str`, `bool`, `list[X]`/`List[X]`, `dict[str, X]`, `tuple`, `Optional[X]`, `Literal[...]` →
 * `enum`; a default makes a parameter optional and is recorded as `default`) with descriptions from a Google
 * `Args:` section or reST `:param x:` lines, and its `returns` schema from the return hint. Raise an exception
 * class named `ToolArgumentError` to reject arguments (`invalid_arguments`); `MemoryError` is `memory_limit`;
 * network failures are `network_denied`; other exceptions are `tool_error`. Results keep `5.0` apart from `5`.
 *
 * @example
 * const source = createPythonModuleSource({ path: "./finance_tools.py" });
 */
export function createPythonModuleSource({
  path,
  python = "python3",
  readOnlyPaths: extraPaths = [],
  scratchDirectory,
  limits,
  mode = "warm",
  sandbox,
  logger,
}: CreatePythonModuleSourceOptions): SandboxedToolSource {
  const modulePath = resolve(path);
  const { executable, prefixes } = describeInterpreter(python);
  const readOnlyPaths = [
    dirname(modulePath),
    ...new Set([dirname(executable), ...prefixes].filter((prefix) => !prefix.startsWith("/usr"))),
    ...extraPaths.map((extra) => resolve(extra)),
  ];
  return createSandboxedModuleSource({
    name: modulePath,
    origin: { kind: "python-module", ref: modulePath },
    command: executable,
    args: [
      "-I",
      "-c",
      pythonHarnessSource,
      modulePath,
      String(limits?.outputBytes ?? defaultSandboxLimits.outputBytes),
    ],
    readOnlyPaths,
    env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8", PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8" },
    scratchDirectory,
    limits,
    mode,
    seed: 0,
    sandbox,
    logger,
    listTimeoutMs: 30_000,
  });
}
