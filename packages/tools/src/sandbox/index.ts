export {
  type BuildSandboxCommandOptions,
  buildSandboxCommand,
  type SandboxCommand,
} from "./build-sandbox-command.js";
export {
  type CreateSandboxedModuleSourceOptions,
  createSandboxedModuleSource,
  type SandboxedToolSource,
  type SandboxLogger,
} from "./create-sandboxed-module-source.js";
export {
  type DetectSandboxOptions,
  detectSandbox,
  type SandboxInfo,
  type SandboxKind,
  type SandboxProtection,
} from "./detect-sandbox.js";
export { defaultSandboxLimits, resolveSandboxLimits, type SandboxLimits } from "./sandbox-limits.js";
export { killSandboxed, type SpawnSandboxedOptions, spawnSandboxed } from "./spawn-sandboxed.js";
