import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { redactSecrets } from "@apigen/core";
import { cancelJob, getJob, listJobs, runJob } from "@huggingface/hub";
import { defaultHfJobsImage } from "../../spec/backend-spec-schema.js";
import type { HfJobsHandle, RemoteHandle } from "../../state/remote-handle.js";
import { jobFiles } from "../job-files.js";
import { readJobSecrets } from "../read-job-secrets.js";
import type { TrainingBackend } from "../training-backend.js";
import { TrainingBackendError } from "../training-backend-error.js";
import { hfJobStageOutcome } from "./hf-job-stage.js";
import type { HfJobsBackendOptions } from "./hf-jobs-backend-options.js";
import { checkpointDatasetEnv, hfJobsScript } from "./hf-jobs-script.js";
import { streamHfJobLogs } from "./stream-hf-job-logs.js";
import { uploadJobFolder } from "./upload-job-folder.js";

/**
 * A backend that runs jobs on Hugging Face Jobs (`@huggingface/hub`'s `runJob`, `getJob`, `cancelJob` and the
 * logs' server-sent events): the job folder goes to a private Hub data set first, then the job (in `image` on
 * `flavor`) downloads it and runs the command; the script uploads the merged model to the spec's push.repo. The
 * job's secrets (the names the job lists, values from `env`) travel as Jobs `secrets`, never as environment.
 * Stages map to outcomes with {@link hfJobStageOutcome}.
 *
 * @example
 * const backend = createHfJobsBackend({ namespace: "me", accessToken: process.env.HF_TOKEN ?? "" });
 */
export function createHfJobsBackend({
  namespace,
  accessToken,
  flavor = "a100-large",
  image = defaultHfJobsImage,
  timeoutSeconds,
  env = process.env,
  datasetFor = (runId) => `${namespace}/apigen-train-${runId}`,
  upload = uploadJobFolder,
  hubUrl,
  fetch,
  logIdleMs = 1500,
}: HfJobsBackendOptions): TrainingBackend {
  if (!accessToken.startsWith("hf_")) {
    throw new TypeError("The Hugging Face Jobs backend needs a Hub token that starts with hf_");
  }
  const connection = {
    accessToken,
    ...(hubUrl === undefined ? {} : { hubUrl }),
    ...(fetch === undefined ? {} : { fetch }),
  };
  const guard = async <Value>(
    what: string,
    secrets: string[],
    work: () => Promise<Value>,
  ): Promise<Value> => {
    try {
      return await work();
    } catch (error) {
      if (TrainingBackendError.isInstance(error) || error instanceof TypeError) {
        throw error;
      }
      const status = (error as { statusCode?: number }).statusCode;
      throw new TrainingBackendError({
        backend: "hf-jobs",
        reason: `${what} failed${status === undefined ? "" : ` (HTTP ${status})`}: ${redactSecrets((error as Error).message, [accessToken, ...secrets])}`,
        isRetryable: status === undefined || status === 429 || status >= 500,
      });
    }
  };
  return {
    kind: "hf-jobs",
    async findRunning({ runId }) {
      const listed = await guard("listing jobs", [], () => listJobs({ namespace, ...connection }));
      const running = listed.find(
        (job) =>
          job.labels?.[runIdLabel] === runId && hfJobStageOutcome(String(job.status.stage)) === undefined,
      );
      return running === undefined
        ? undefined
        : { kind: "hf-jobs", namespace, jobId: running.id, dataset: datasetFor(runId) };
    },
    async launch(job) {
      const secrets = readJobSecrets({ backend: "hf-jobs", job, env });
      const values = Object.values(secrets);
      const dataset = datasetFor(job.runId);
      await guard("uploading the job folder", values, () => upload({ dir: job.dir, dataset, ...connection }));
      const created = await guard("starting the job", values, () =>
        runJob({
          namespace,
          dockerImage: image,
          flavor: flavor as Parameters<typeof runJob>[0]["flavor"],
          command: ["bash", "-c", hfJobsScript({ dataset, command: job.command })],
          environment: { APIGEN_RUN_ID: job.runId, [checkpointDatasetEnv]: dataset },
          secrets: { HF_TOKEN: accessToken, ...secrets },
          labels: { [runIdLabel]: job.runId },
          ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
          ...connection,
        }),
      );
      return { kind: "hf-jobs", namespace, jobId: created.id, dataset };
    },
    async poll(handle) {
      const { jobId } = asHfJobs(handle);
      const job = await guard("reading the job", [], () => getJob({ namespace, jobId, ...connection }));
      const stage = String(job.status.stage);
      const outcome = hfJobStageOutcome(stage);
      const detail = job.status.message ? `${stage}: ${job.status.message}` : stage;
      return outcome === undefined
        ? { running: true, detail }
        : { running: false, outcome, detail, ...(outcome === "succeeded" ? { exitCode: 0 } : {}) };
    },
    logs(handle, { follow = false, signal } = {}) {
      const { jobId } = asHfJobs(handle);
      return streamHfJobLogs({
        namespace,
        jobId,
        follow,
        idleMs: logIdleMs,
        ...connection,
        ...(signal === undefined ? {} : { signal }),
      });
    },
    async cancel(handle) {
      const { jobId } = asHfJobs(handle);
      await guard("cancelling the job", [], () => cancelJob({ namespace, jobId, ...connection }));
    },
    async fetch(handle, { into, what = ["logs"] }) {
      const unsupported = what.filter((part) => part !== "logs");
      if (unsupported.length > 0) {
        throw new TrainingBackendError({
          backend: "hf-jobs",
          reason: `${unsupported.join(" and ")} of a Hugging Face job are pushed by the script to the spec's push.repo: download them from the Hub (hf download REPO)`,
        });
      }
      const lines: string[] = [];
      for await (const line of this.logs(handle)) {
        lines.push(line);
      }
      await mkdir(into, { recursive: true });
      const path = join(into, jobFiles.log);
      await writeFile(path, lines.map((line) => `${line}\n`).join(""));
      return [path];
    },
  };
}

/** The label every job carries with its run id, so a job whose launcher died can be found again. */
const runIdLabel = "apigen-run-id";

function asHfJobs(handle: RemoteHandle): HfJobsHandle {
  if (handle.kind !== "hf-jobs") {
    throw new TypeError(`The Hugging Face Jobs backend cannot follow a ${handle.kind} run`);
  }
  return handle;
}
