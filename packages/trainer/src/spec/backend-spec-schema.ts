import { z } from "zod";

/** Runs the job on this machine's GPUs, as a child process. */
export const localBackendSchema = z.strictObject({ kind: z.literal("local") });

/** Runs the job on a GPU host reached over SSH. */
export const sshBackendSchema = z.strictObject({
  kind: z.literal("ssh"),
  host: z.string().min(1),
  /** @default 22 */
  port: z.number().int().min(1).max(65535).default(22),
  user: z.string().min(1),
  /** Private key file; without it the SSH agent is asked. */
  identityFile: z.string().min(1).optional(),
  /** Folder on the host under which the job's folder is created. */
  remoteDir: z.string().min(1),
  /**
   * The host's public key (`ssh-ed25519 AAAA...`) or its fingerprint (`SHA256:...`, as `ssh-keygen -lf` prints it).
   * Without it the host must be listed in `knownHostsFile`.
   */
  hostKey: z.string().min(1).optional(),
  /** @default "~/.ssh/known_hosts" */
  knownHostsFile: z.string().min(1).optional(),
});

/** The default container image of Hugging Face Jobs: PyTorch with CUDA; the job installs the rest. */
export const defaultHfJobsImage = "pytorch/pytorch:2.6.0-cuda12.4-cudnn9-runtime";

/** Runs the job on Hugging Face Jobs. */
export const hfJobsBackendSchema = z.strictObject({
  kind: z.literal("hf-jobs"),
  /** User or organisation the job is billed to. */
  namespace: z.string().min(1),
  /** Hardware flavor (see `GET /api/jobs/hardware`). @default "a100-large" */
  flavor: z.string().min(1).default("a100-large"),
  /** Docker image. @default {@link defaultHfJobsImage} */
  image: z.string().min(1).default(defaultHfJobsImage),
  /** The job is stopped after this many seconds. */
  timeoutSeconds: z.number().int().positive().optional(),
});

/** Where the job runs: `local`, `ssh` or `hf-jobs`. */
export const backendSpecSchema = z.discriminatedUnion("kind", [
  localBackendSchema,
  sshBackendSchema,
  hfJobsBackendSchema,
]);
export type BackendSpec = z.infer<typeof backendSpecSchema>;
