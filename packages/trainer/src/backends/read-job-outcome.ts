import { isJsonObject, type JsonObject, safeParseJson } from "@apigen/core";
import { type HeartbeatLine, heartbeatLineSchema } from "../state/heartbeat-line.js";
import { parsePlainJson } from "../state/parse-plain-json.js";
import type { PollResult } from "./training-backend.js";

/** What a backend read from a job's folder; any file may be missing. */
export interface JobFolderSnapshot {
  /** Whether the job's process group leader is alive. */
  alive: boolean;
  /** Text of `exit_code`. */
  exitCodeText?: string;
  /** The last line (or lines) of `heartbeat.jsonl`. */
  heartbeatText?: string;
  /** Text of `completed.json`. */
  completedText?: string;
}

/**
 * Turns what local and SSH backends read from a job folder into a {@link PollResult}: running while the process
 * lives and has not written its exit code; succeeded when `completed.json` says so; failed otherwise.
 */
export function readJobOutcome({
  alive,
  exitCodeText,
  heartbeatText,
  completedText,
}: JobFolderSnapshot): PollResult {
  const exitText = exitCodeText?.trim() ?? "";
  const exitCode = /^\d+$/.test(exitText) ? Number(exitText) : undefined;
  const running = alive && exitCode === undefined;
  const heartbeat = lastHeartbeat(heartbeatText ?? "");
  const completed = parseCompleted(completedText);
  const result: PollResult = {
    running,
    ...(exitCode === undefined ? {} : { exitCode }),
    ...(heartbeat === undefined ? {} : { heartbeat }),
    ...(completed === undefined ? {} : { completed }),
  };
  if (running) {
    return result;
  }
  const succeeded = completed?.status === "succeeded" && (exitCode === undefined || exitCode === 0);
  return {
    ...result,
    outcome: succeeded ? "succeeded" : "failed",
    detail:
      exitCode === undefined
        ? succeeded
          ? "finished"
          : "process gone without an exit code"
        : `exit code ${exitCode}`,
  };
}

/** The last line of heartbeat text that parses as a heartbeat. */
export function lastHeartbeat(text: string): HeartbeatLine | undefined {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  for (let index = lines.length - 1; index >= 0; index--) {
    const parsed = parsePlainJson({ text: lines[index] ?? "", schema: heartbeatLineSchema });
    if (parsed.success) {
      return parsed.value;
    }
  }
  return undefined;
}

function parseCompleted(text: string | undefined): JsonObject | undefined {
  if (text === undefined || text.trim() === "") {
    return undefined;
  }
  const parsed = safeParseJson({ text });
  return parsed.success && isJsonObject(parsed.value) ? (parsed.value as JsonObject) : undefined;
}
