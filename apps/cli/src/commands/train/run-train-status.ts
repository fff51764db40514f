import { stringifyJson } from "@apigen/core";
import { refreshRunState } from "@apigen/trainer";
import type { RunIo } from "../../run-io.js";
import { formatRunState } from "./format-run-state.js";
import { openTrainingRun } from "./open-training-run.js";

/** `apigen train status RUN_ID`: asks the backend, records what it says, prints the state and last heartbeat. */
export async function runTrainStatus({
  runId,
  jobsDir,
  json,
  io,
}: {
  runId: string;
  jobsDir: string;
  json: boolean;
  io: RunIo;
}): Promise<void> {
  const { state, backend } = await openTrainingRun({ runId, jobsDir });
  const refreshed = await refreshRunState({ state, backend, jobsDir });
  io.stdout.write(
    json
      ? `${stringifyJson(refreshed.state, { indent: 2 })}\n`
      : formatRunState(refreshed.state, refreshed.poll),
  );
}
