import type { UploadJobFolder } from "./upload-job-folder.js";

/** Options of `createHfJobsBackend`. */
export interface HfJobsBackendOptions {
  /** User or organisation that owns (and pays for) the jobs and the data sets. */
  namespace: string;
  /** A Hub token (`hf_...`) allowed to run jobs in `namespace`; it is never written anywhere. */
  accessToken: string;
  /** Hardware flavor (`GET /api/jobs/hardware` lists them). @default "a100-large" */
  flavor?: string;
  /** Docker image. @default the spec's PyTorch CUDA image */
  image?: string;
  /** The job is stopped after this many seconds. */
  timeoutSeconds?: number;
  /** Where the secrets a job names are read from. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** The data set a run's folder is uploaded to. @default (runId) => `${namespace}/apigen-train-${runId}` */
  datasetFor?: (runId: string) => string;
  /** Uploads the job folder. @default `uploadJobFolder` */
  upload?: UploadJobFolder;
  /** The Hub's base URL. @default "https://huggingface.co" */
  hubUrl?: string;
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Without `follow`, logs stop after this long without a new line. @default 1500 */
  logIdleMs?: number;
}
