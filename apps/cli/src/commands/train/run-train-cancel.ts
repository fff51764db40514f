import { cancelTrainingRun } from "@apigen/trainer";
import type { RunIo } from "../../run-io.js";
import { openTrainingRun } from "./open-training-run.js";

/** `apigen train cancel RUN_ID`: stops the job and everything it started; a finished run is left as it is. */
export async function runTrainCancel({
  runId,
  jobsDir,
  io,
}: {
  runId: string;
  jobsDir: string;
  io: RunIo;
}): Promise<void> {
  const { state, backend } = await openTrainingRun({ runId, jobsDir });
  const after = await cancelTrainingRun({ runId, jobsDir, backend });
  io.stdout.write(
    after.status === "cancelled" && state.status !== "cancelled"
      ? `cancelled ${runId}; launching it again resumes from its latest checkpoint\n`
      : `run ${runId} had already ended (${after.status}): nothing to cancel\n`,
  );
}
