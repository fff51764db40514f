export { standInTrainScript } from "./stand-in-train-script.js";
export {
  type JobsStandIn,
  type JobsStandInJob,
  type JobsStandInOptions,
  startJobsStandIn,
} from "./start-jobs-stand-in.js";
export { type SshStandIn, type SshStandInOptions, startSshStandIn } from "./start-ssh-stand-in.js";
export { type WriteStandInJobOptions, writeStandInJob } from "./write-stand-in-job.js";
