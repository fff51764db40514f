import type { StagedJob } from "../stage/staged-job.js";
import type { BackendKind } from "../state/run-state.js";
import { TrainingBackendError } from "./training-backend-error.js";

/**
 * The values of the secrets a job names (`job.secretEnv`), read from the launcher's environment, by name. Throws a
 * {@link TrainingBackendError} naming every one that is unset or empty, before anything is started.
 *
 * @example
 * const secrets = readJobSecrets({ backend: "ssh", job, env: process.env }); // { HF_TOKEN: "hf_..." }
 */
export function readJobSecrets({
  backend,
  job,
  env,
}: {
  backend: BackendKind;
  job: Pick<StagedJob, "secretEnv">;
  env: Readonly<Record<string, string | undefined>>;
}): Record<string, string> {
  const missing = job.secretEnv.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new TrainingBackendError({
      backend,
      reason: `the job needs ${missing.join(", ")} set in the launcher's environment`,
    });
  }
  return Object.fromEntries(job.secretEnv.map((name) => [name, env[name] ?? ""]));
}
