import type { FetchPart } from "@apigen/trainer";
import type { RunIo } from "../../run-io.js";
import { openTrainingRun } from "./open-training-run.js";

/** `apigen train fetch RUN_ID --into DIR`: copies the job's artifacts into a local folder. */
export async function runTrainFetch({
  runId,
  jobsDir,
  into,
  what,
  io,
}: {
  runId: string;
  jobsDir: string;
  into: string;
  what: FetchPart[];
  io: RunIo;
}): Promise<void> {
  const { state, backend } = await openTrainingRun({ runId, jobsDir });
  if (state.remote === undefined) {
    io.stderr.write(`run ${runId} was never started (${state.status}): nothing to fetch\n`);
    return;
  }
  const written = await backend.fetch(state.remote, { into, what });
  io.stdout.write(
    written.length === 0
      ? `nothing to fetch yet from ${runId} (${what.join(", ")})\n`
      : `${written.map((path) => `fetched ${path}`).join("\n")}\n`,
  );
}
