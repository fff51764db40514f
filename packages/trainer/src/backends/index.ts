export { type CreateTrainingBackendOptions, createTrainingBackend } from "./create-training-backend.js";
export { createHfJobsBackend } from "./hf-jobs/create-hf-jobs-backend.js";
export { hfJobStageOutcome } from "./hf-jobs/hf-job-stage.js";
export type { HfJobsBackendOptions } from "./hf-jobs/hf-jobs-backend-options.js";
export { type HfJobsScriptOptions, hfJobsScript } from "./hf-jobs/hf-jobs-script.js";
export {
  type UploadJobFolder,
  type UploadJobFolderOptions,
  uploadJobFolder,
} from "./hf-jobs/upload-job-folder.js";
export { jobFiles } from "./job-files.js";
export { createLocalBackend, type LocalBackendOptions } from "./local/create-local-backend.js";
export { type FilterEnvironmentOptions, filterEnvironment } from "./local/filter-environment.js";
export { type JobFolderSnapshot, readJobOutcome } from "./read-job-outcome.js";
export { createSshBackend } from "./ssh/create-ssh-backend.js";
export { remoteCancelScript, remoteLaunchScript, remotePollScript } from "./ssh/remote-scripts.js";
export { shellJoin, shellQuote } from "./ssh/shell-quote.js";
export type { SshBackendOptions } from "./ssh/ssh-backend-options.js";
export type {
  FetchOptions,
  FetchPart,
  JobOutcome,
  LogsOptions,
  PollResult,
  TrainingBackend,
} from "./training-backend.js";
export { TrainingBackendError } from "./training-backend-error.js";
