import { describe, expect, it } from "vitest";
import { IllegalRunTransitionError } from "./illegal-run-transition-error.js";
import type { RunState } from "./run-state.js";
import { canTransitionRun, type RunStatus, runStatuses } from "./run-status.js";
import { transitionRun } from "./transition-run.js";

const legal: Record<RunStatus, RunStatus[]> = {
  validated: ["staged", "failed", "cancelled"],
  staged: ["submitted", "failed", "cancelled"],
  submitted: ["running", "succeeded", "failed", "cancelled"],
  running: ["succeeded", "failed", "cancelled"],
  succeeded: [],
  failed: ["staged", "submitted"],
  cancelled: ["staged", "submitted"],
};

const cases = runStatuses.flatMap((from) =>
  runStatuses.map((to) => ({ from, to, allowed: legal[from].includes(to) })),
);

const stateAt = (status: RunStatus): RunState => ({
  runId: "table",
  backend: "local",
  status,
  history: [{ status, at: "2026-01-01T00:00:00.000Z" }],
  attempts: 1,
});

describe("run transitions", () => {
  it.each(cases)("$from → $to allowed: $allowed", ({ from, to, allowed }) => {
    expect(canTransitionRun(from, to)).toBe(allowed);
    const move = () =>
      transitionRun(stateAt(from), { to, at: new Date("2026-01-02T00:00:00Z"), detail: "why" });
    if (allowed) {
      const next = move();
      expect(next.status).toBe(to);
      expect(next.history.at(-1)).toEqual({ status: to, at: "2026-01-02T00:00:00.000Z", detail: "why" });
      expect(next.history).toHaveLength(2);
    } else {
      expect(move).toThrow(`Run table cannot go from ${from} to ${to}`);
      try {
        move();
      } catch (error) {
        expect(IllegalRunTransitionError.isInstance(error)).toBe(true);
        expect(error).toMatchObject({ from, to, runId: "table" });
      }
    }
  });

  it("has every status in the table", () => {
    expect(cases).toHaveLength(49);
    expect(cases.filter((entry) => entry.allowed)).toHaveLength(17);
  });
});
