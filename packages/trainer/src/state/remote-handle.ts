import { z } from "zod";

/** Where a local run lives: its job folder and the process group leader's pid. */
export const localHandleSchema = z.strictObject({
  kind: z.literal("local"),
  dir: z.string(),
  pid: z.number().int().positive(),
});

/** Where an SSH run lives: the host, the job folder there and the process group leader's pid. */
export const sshHandleSchema = z.strictObject({
  kind: z.literal("ssh"),
  host: z.string(),
  port: z.number().int().positive(),
  user: z.string(),
  dir: z.string(),
  pid: z.number().int().positive().optional(),
});

/** Where a Hugging Face Jobs run lives: the namespace, the job id and the data set holding its inputs. */
export const hfJobsHandleSchema = z.strictObject({
  kind: z.literal("hf-jobs"),
  namespace: z.string(),
  jobId: z.string(),
  dataset: z.string().optional(),
});

/** How to find a started job again, whatever the backend: stored in `state.json`, never holds a secret. */
export const remoteHandleSchema = z.discriminatedUnion("kind", [
  localHandleSchema,
  sshHandleSchema,
  hfJobsHandleSchema,
]);

/** A started job's address. */
export type RemoteHandle = z.infer<typeof remoteHandleSchema>;
/** A local job's address. */
export type LocalHandle = z.infer<typeof localHandleSchema>;
/** An SSH job's address. */
export type SshHandle = z.infer<typeof sshHandleSchema>;
/** A Hugging Face Jobs job's address. */
export type HfJobsHandle = z.infer<typeof hfJobsHandleSchema>;
