import type { FetchPart } from "@apigen/trainer";
import { defaultJobsDir } from "@apigen/trainer";
import { type Command, InvalidArgumentError } from "commander";
import type { RunIo } from "../../run-io.js";
import { runTrainCancel } from "./run-train-cancel.js";
import { runTrainFetch } from "./run-train-fetch.js";
import { runTrainLaunch } from "./run-train-launch.js";
import { runTrainLogs } from "./run-train-logs.js";
import { runTrainStatus } from "./run-train-status.js";

const jobsDirHelp = "folder holding one sub-folder per run (state.json, the staged job)";
const fetchParts: FetchPart[] = ["output", "checkpoints", "logs"];

const parseParts = (text: string): FetchPart[] => {
  const parts = text.split(",").map((part) => part.trim());
  const unknown = parts.filter((part) => !fetchParts.includes(part as FetchPart));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `expected a comma-separated list of ${fetchParts.join(", ")}; got ${unknown.join(", ")}`,
    );
  }
  return parts as FetchPart[];
};

/**
 * Adds `apigen train` with `launch`, `status`, `logs`, `cancel` and `fetch`: fine-tune a model from a job spec
 * on this machine, an SSH host or Hugging Face Jobs, and follow the run by its id.
 */
export function registerTrainCommand(program: Command, io: RunIo): Command {
  const train = program
    .command("train")
    .enablePositionalOptions()
    .description(
      "Fine-tune an xLAM-style model on our data: validate a job spec (memory, context, tokens, licenses), stage " +
        "the rendered data and the training script, launch on a local GPU, an SSH host or Hugging Face Jobs, and " +
        "follow the run by its id (launching the same id again never starts a second copy; a failed run resumes " +
        "from its latest checkpoint).",
    )
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  apigen train launch train.yaml --dry-run       check the spec and print the estimate\n" +
        "  apigen train launch train.yaml                 stage and launch (again: resumes or does nothing)\n" +
        "  apigen train status xlam-1b                    state, step, loss, lr, tokens/s, memory, checkpoint\n" +
        "  apigen train logs xlam-1b --follow             the job's log until it ends\n" +
        "  apigen train cancel xlam-1b                    stop the job and everything it started\n" +
        "  apigen train fetch xlam-1b --into models/xlam-1b\n\n" +
        "Secrets never go in the spec: name the variable (secrets.hfTokenEnv: HF_TOKEN) and set it in the\n" +
        "environment. SSH logs in with backend.identityFile or the SSH agent; Hugging Face Jobs uses the token in\n" +
        "secrets.hfTokenEnv (default HF_TOKEN) and HF_ENDPOINT when set.",
    );

  train
    .command("launch")
    .description(
      "Validate a spec, stage the job into <jobs-dir>/<runId>/job and launch it on the spec's backend",
    )
    .argument("<spec>", "the job spec, YAML or JSON (see the @apigen/trainer README)")
    .option("--jobs-dir <dir>", jobsDirHelp, defaultJobsDir)
    .option("--dry-run", "validate, stage into a scratch folder and print the estimate; launch nothing")
    .addHelpText(
      "after",
      "\nExit codes: 0 launched (or already running/succeeded: nothing done), 1 spec errors or a backend failure.\n\n" +
        "Examples:\n  apigen train launch train.yaml --dry-run\n  apigen train launch train.yaml --jobs-dir /data/runs",
    )
    .action(async (spec: string, options: { jobsDir: string; dryRun?: boolean }) => {
      await runTrainLaunch({ specPath: spec, jobsDir: options.jobsDir, dryRun: options.dryRun === true, io });
    });

  train
    .command("status")
    .description(
      "Where a run stands: status, attempts, last heartbeat (step, loss, lr, tokens/s, memory, checkpoint)",
    )
    .argument("<run-id>", "the spec's runId")
    .option("--jobs-dir <dir>", jobsDirHelp, defaultJobsDir)
    .option("--json", "print state.json after the refresh")
    .addHelpText("after", "\nExample:\n  apigen train status xlam-1b --json")
    .action(async (runId: string, options: { jobsDir: string; json?: boolean }) => {
      await runTrainStatus({ runId, jobsDir: options.jobsDir, json: options.json === true, io });
    });

  train
    .command("logs")
    .description("Print a run's log (stdout and stderr of the training script) from the start")
    .argument("<run-id>", "the spec's runId")
    .option("--jobs-dir <dir>", jobsDirHelp, defaultJobsDir)
    .option("-f, --follow", "keep printing until the job ends")
    .addHelpText("after", "\nExample:\n  apigen train logs xlam-1b --follow")
    .action(async (runId: string, options: { jobsDir: string; follow?: boolean }) => {
      await runTrainLogs({ runId, jobsDir: options.jobsDir, follow: options.follow === true, io });
    });

  train
    .command("cancel")
    .description(
      "Stop a run: SIGTERM to its process group, SIGKILL after a grace period (or cancel the HF job)",
    )
    .argument("<run-id>", "the spec's runId")
    .option("--jobs-dir <dir>", jobsDirHelp, defaultJobsDir)
    .addHelpText(
      "after",
      "\nLaunching the same spec again resumes from the latest checkpoint.\n\nExample:\n  apigen train cancel xlam-1b",
    )
    .action(async (runId: string, options: { jobsDir: string }) => {
      await runTrainCancel({ runId, jobsDir: options.jobsDir, io });
    });

  train
    .command("fetch")
    .description("Copy a run's artifacts (final model, checkpoints, log) into a local folder")
    .argument("<run-id>", "the spec's runId")
    .requiredOption("--into <dir>", "the local folder to copy into (created)")
    .option("--what <parts>", `comma-separated among ${fetchParts.join(", ")}`, parseParts, [
      "output",
      "logs",
    ] as FetchPart[])
    .option("--jobs-dir <dir>", jobsDirHelp, defaultJobsDir)
    .addHelpText(
      "after",
      "\nHugging Face Jobs runs push their model to the spec's push.repo; fetch copies their log only (--what logs).\n\n" +
        "Example:\n  apigen train fetch xlam-1b --into models/xlam-1b --what output,checkpoints",
    )
    .action(async (runId: string, options: { jobsDir: string; into: string; what: FetchPart[] }) => {
      await runTrainFetch({ runId, jobsDir: options.jobsDir, into: options.into, what: options.what, io });
    });
  return train;
}
