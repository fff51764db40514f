import type { z } from "zod";
import type { RunConfigProblem } from "./run-config-error.js";

/** Turns zod's issues into `path: message` problems; an unknown key is reported at its own path. */
export function formatConfigIssues(issues: readonly z.core.$ZodIssue[]): RunConfigProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      const custom = !issue.message.startsWith("Unrecognized key");
      return issue.keys.map((key) => ({
        path: path === "" ? key : `${path}.${key}`,
        message: custom ? issue.message : "unknown setting (check its spelling)",
      }));
    }
    return [{ path, message: issue.message }];
  });
}
