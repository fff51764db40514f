import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createTrainingBackend,
  defaultJobsDir,
  launchTrainingRun,
  loadTrainJobSpec,
  runJobDir,
  type StagedJob,
  stageTrainJob,
  TrainJobSpecError,
  validateTrainJob,
} from "@apigen/trainer";
import type { RunIo } from "../../run-io.js";
import { formatValidation } from "./format-validation.js";

/** Options of {@link runTrainLaunch}: what `apigen train launch` was given. */
export interface RunTrainLaunchOptions {
  specPath: string;
  jobsDir: string;
  /** Validate, stage into a scratch folder and print the estimate, but launch nothing. */
  dryRun: boolean;
  io: RunIo;
  /** The launcher's environment. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Validates a spec, stages the job into `<jobsDir>/<runId>/job`, and launches it on the spec's backend,
 * idempotently by run id. A spec with errors throws a `TrainJobSpecError` listing them, before anything is staged.
 */
export async function runTrainLaunch({
  specPath,
  jobsDir,
  dryRun,
  io,
  env = process.env,
}: RunTrainLaunchOptions): Promise<void> {
  const spec = await loadTrainJobSpec(specPath);
  const { runId } = spec;
  const first = validateTrainJob(spec, { env });
  if (first.errors.length > 0) {
    io.stdout.write(formatValidation(first));
    throw new TrainJobSpecError({
      path: specPath,
      issues: [
        ...first.errors.map((finding) => `${finding.path ?? "(spec)"}: ${finding.message}`),
        "nothing was launched",
      ],
    });
  }
  const report = (job: StagedJob) =>
    io.stdout.write(formatValidation(validateTrainJob(spec, { env, dataStats: job.trainData })));
  if (dryRun) {
    const scratch = await mkdtemp(join(tmpdir(), "apigen-train-dry-run-"));
    try {
      const job = await stageTrainJob({ spec, dir: scratch });
      report(job);
      io.stdout.write(
        `dry run: ${runId} validated and staged (${job.command.join(" ")}); nothing launched\n`,
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    return;
  }
  const backend = await createTrainingBackend({ backend: spec.backend, secrets: spec.secrets, env });
  const dir = runJobDir({ runId, jobsDir });
  const stage = async () => {
    const job = await stageTrainJob({ spec, dir });
    report(job);
    return job;
  };
  const { action, state } = await launchTrainingRun({ runId, stage, backend, jobsDir });
  if (action === "already-running" || action === "already-succeeded") {
    io.stdout.write(
      `run ${runId} is already ${state.status}: nothing to do (apigen train status ${runId})\n`,
    );
    return;
  }
  io.stdout.write(
    `${action} ${runId} on ${spec.backend.kind} (attempt ${state.attempts})\n` +
      `follow it:  apigen train status ${runId}${jobsFlag(jobsDir)}\n` +
      `            apigen train logs ${runId} --follow${jobsFlag(jobsDir)}\n`,
  );
}

function jobsFlag(jobsDir: string): string {
  return jobsDir === defaultJobsDir ? "" : ` --jobs-dir ${jobsDir}`;
}
