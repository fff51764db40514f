import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createTrainingBackend,
  defaultJobsDir,
  estimateTokens,
  launchTrainingRun,
  loadTrainJobSpec,
  readRunState,
  refreshRunState,
  runJobDir,
  stageTrainJob,
  TrainJobSpecError,
  trainJobFiles,
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
  const backend = dryRun
    ? undefined
    : await createTrainingBackend({ backend: spec.backend, secrets: spec.secrets, env });
  const existing = await readRunState({ runId, jobsDir });
  if (backend !== undefined && existing !== undefined) {
    const { state } = await refreshRunState({ state: existing, backend, jobsDir });
    if (state.status === "running" || state.status === "submitted" || state.status === "succeeded") {
      io.stdout.write(
        `run ${runId} is already ${state.status}: nothing to do (apigen train status ${runId})\n`,
      );
      return;
    }
  }
  const scratch = dryRun ? await mkdtemp(join(tmpdir(), "apigen-train-dry-run-")) : undefined;
  try {
    const job = await stageTrainJob({ spec, dir: scratch ?? runJobDir({ runId, jobsDir }) });
    io.stdout.write(
      formatValidation(validateTrainJob(spec, { env, dataStats: await trainDataStats(job.dir) })),
    );
    if (backend === undefined) {
      io.stdout.write(
        `dry run: ${runId} validated and staged (${job.command.join(" ")}); nothing launched\n`,
      );
      return;
    }
    const { action, state } = await launchTrainingRun({ job, backend, jobsDir });
    io.stdout.write(
      `${action} ${runId} on ${spec.backend.kind} (attempt ${state.attempts})\n` +
        `follow it:  apigen train status ${runId}${jobsFlag(jobsDir)}\n` +
        `            apigen train logs ${runId} --follow${jobsFlag(jobsDir)}\n`,
    );
  } finally {
    if (scratch !== undefined) {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

async function trainDataStats(dir: string): Promise<{ rows: number; tokens: number }> {
  const text = await readFile(join(dir, trainJobFiles.trainData), "utf8");
  const rows = text.split("\n").filter((line) => line !== "");
  return { rows: rows.length, tokens: rows.reduce((sum, row) => sum + estimateTokens(row), 0) };
}

function jobsFlag(jobsDir: string): string {
  return jobsDir === defaultJobsDir ? "" : ` --jobs-dir ${jobsDir}`;
}
