import { join } from "node:path";
import { stringifyJson } from "@apigen/core";
import {
  isLaunchInProgress,
  loadTrainJobSpec,
  refreshRunState,
  runJobDir,
  trainJobFiles,
} from "@apigen/trainer";
import type { RunIo } from "../../run-io.js";
import { formatNextSteps } from "./format-next-steps.js";
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
  if (json) {
    io.stdout.write(`${stringifyJson(refreshed.state, { indent: 2 })}\n`);
    return;
  }
  io.stdout.write(formatRunState(refreshed.state, refreshed.poll));
  const { status, remote } = refreshed.state;
  if (status === "submitted" && remote === undefined && !(await isLaunchInProgress({ runId, jobsDir }))) {
    io.stdout.write(
      "the launcher stopped before it recorded the job: launch the spec again (apigen train launch SPEC) to\n" +
        "adopt the job if it runs, or to submit it again if it does not\n",
    );
  }
  if (refreshed.state.status === "succeeded") {
    const spec = await loadTrainJobSpec(join(runJobDir({ jobsDir, runId }), trainJobFiles.config));
    io.stdout.write(formatNextSteps(spec, jobsDir));
  }
}
