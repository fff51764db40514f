import { readFile } from "node:fs/promises";
import type { BackendSpec } from "../spec/backend-spec-schema.js";
import type { SecretsSpec } from "../spec/secrets-spec-schema.js";
import { createHfJobsBackend } from "./hf-jobs/create-hf-jobs-backend.js";
import { createLocalBackend } from "./local/create-local-backend.js";
import { createSshBackend } from "./ssh/create-ssh-backend.js";
import { createHostKeyCheck } from "./ssh/host-key-check.js";
import type { TrainingBackend } from "./training-backend.js";
import { TrainingBackendError } from "./training-backend-error.js";

/** Options of {@link createTrainingBackend}. */
export interface CreateTrainingBackendOptions {
  /** The spec's `backend` section. */
  backend: BackendSpec;
  /** The spec's `secrets` section: `hfTokenEnv` names the Hub token's variable for Hugging Face Jobs. */
  secrets?: SecretsSpec;
  /**
   * The launcher's environment: secrets, `SSH_AUTH_SOCK` for the SSH agent, `HF_ENDPOINT` for another Hub.
   * @default process.env
   */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The backend a spec asks for, with its credentials taken from the environment and files (never from the
 * spec): local; SSH with the spec's `identityFile` or else the SSH agent; Hugging Face Jobs with the token in
 * the variable `secrets.hfTokenEnv` names (default `HF_TOKEN`).
 *
 * @example
 * const backend = await createTrainingBackend({ backend: spec.backend, secrets: spec.secrets });
 */
export async function createTrainingBackend({
  backend,
  secrets = {},
  env = process.env,
}: CreateTrainingBackendOptions): Promise<TrainingBackend> {
  switch (backend.kind) {
    case "local":
      return createLocalBackend({ env });
    case "ssh": {
      const privateKey =
        backend.identityFile === undefined
          ? undefined
          : await readFile(expandHome(backend.identityFile, env));
      const agent = env.SSH_AUTH_SOCK;
      if (privateKey === undefined && agent === undefined) {
        throw new TrainingBackendError({
          backend: "ssh",
          reason:
            "no way to log in: set backend.identityFile in the spec or run an SSH agent (SSH_AUTH_SOCK)",
        });
      }
      const hostVerifier = await createHostKeyCheck({
        host: backend.host,
        port: backend.port,
        hostKey: backend.hostKey,
        knownHostsFile: expandHome(backend.knownHostsFile ?? "~/.ssh/known_hosts", env),
      });
      return createSshBackend({
        host: backend.host,
        port: backend.port,
        user: backend.user,
        remoteDir: backend.remoteDir,
        hostVerifier,
        env,
        ...(privateKey === undefined ? {} : { privateKey }),
        ...(agent === undefined ? {} : { agent }),
      });
    }
    case "hf-jobs": {
      const tokenEnv = secrets.hfTokenEnv ?? "HF_TOKEN";
      const accessToken = env[tokenEnv];
      if (accessToken === undefined || accessToken === "") {
        throw new TrainingBackendError({
          backend: "hf-jobs",
          reason: `set ${tokenEnv} to a Hub token allowed to run jobs in ${backend.namespace}`,
        });
      }
      const hubUrl = env.HF_ENDPOINT;
      return createHfJobsBackend({
        namespace: backend.namespace,
        flavor: backend.flavor,
        image: backend.image,
        accessToken,
        env,
        ...(backend.timeoutSeconds === undefined ? {} : { timeoutSeconds: backend.timeoutSeconds }),
        ...(hubUrl === undefined || hubUrl === "" ? {} : { hubUrl }),
      });
    }
  }
}

function expandHome(path: string, env: Readonly<Record<string, string | undefined>>): string {
  return path.startsWith("~/") && env.HOME !== undefined ? `${env.HOME}${path.slice(1)}` : path;
}
