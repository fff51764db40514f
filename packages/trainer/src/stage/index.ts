export { stageTrainJob, trainerPythonDir, trainJobCommand } from "./stage-train-job.js";
export type { StagedJob, StageTrainJobOptions } from "./staged-job.js";
export { checkpointPath, trainJobFiles } from "./train-job-files.js";
