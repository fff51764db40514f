import type { ExecutionStatus } from "@apigen/core";

const memoryMarkers = [
  "heap out of memory",
  "allocation failed",
  "memoryerror",
  "cannot allocate memory",
  "std::bad_alloc",
  "out of memory",
  "invalid array length",
  "failed to reserve",
];

/** How a child died while it held a call, from its exit code, signal and the end of its stderr. */
export function classifyExit({
  code,
  signal,
  stderr,
}: {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}): { status: Exclude<ExecutionStatus, "ok">; message: string } {
  const lower = stderr.toLowerCase();
  const how = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
  if (signal === "SIGXCPU") {
    return { status: "timeout", message: "The tool process used up its CPU-time limit" };
  }
  if (memoryMarkers.some((marker) => lower.includes(marker))) {
    return { status: "memory_limit", message: `The tool ran out of memory under the sandbox limit (${how})` };
  }
  const lastLine = stderr.trim().split("\n").at(-1)?.slice(0, 300) ?? "";
  return {
    status: "crashed",
    message: `The tool process ended without an answer (${how})${lastLine === "" ? "" : `: ${lastLine}`}`,
  };
}
