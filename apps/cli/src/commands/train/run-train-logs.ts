import type { RunIo } from "../../run-io.js";
import { openTrainingRun } from "./open-training-run.js";

/** `apigen train logs RUN_ID [--follow]`: prints the job's log from the start, following it until it ends. */
export async function runTrainLogs({
  runId,
  jobsDir,
  follow,
  io,
  signal,
}: {
  runId: string;
  jobsDir: string;
  follow: boolean;
  io: RunIo;
  signal?: AbortSignal;
}): Promise<void> {
  const { state, backend } = await openTrainingRun({ runId, jobsDir });
  if (state.remote === undefined) {
    io.stderr.write(`run ${runId} was never started (${state.status}): no log yet\n`);
    return;
  }
  for await (const line of backend.logs(state.remote, {
    follow,
    ...(signal === undefined ? {} : { signal }),
  })) {
    io.stdout.write(`${line}\n`);
  }
}
