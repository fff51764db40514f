export { type CancelTrainingRunOptions, cancelTrainingRun } from "./cancel-training-run.js";
export { type HeartbeatLine, heartbeatLineSchema } from "./heartbeat-line.js";
export { IllegalRunTransitionError } from "./illegal-run-transition-error.js";
export { type LaunchedRun, type LaunchTrainingRunOptions, launchTrainingRun } from "./launch-training-run.js";
export { readRunState } from "./read-run-state.js";
export {
  type RefreshedRun,
  type RefreshTrainingRunOptions,
  refreshRunState,
  refreshTrainingRun,
} from "./refresh-training-run.js";
export {
  type HfJobsHandle,
  hfJobsHandleSchema,
  type LocalHandle,
  localHandleSchema,
  type RemoteHandle,
  remoteHandleSchema,
  type SshHandle,
  sshHandleSchema,
} from "./remote-handle.js";
export {
  type BackendKind,
  backendKindSchema,
  type RunHistoryEntry,
  type RunState,
  runHistoryEntrySchema,
  runStateSchema,
} from "./run-state.js";
export {
  defaultJobsDir,
  type RunLocationOptions,
  runFolder,
  runJobDir,
  runStatePath,
} from "./run-state-path.js";
export {
  canTransitionRun,
  type RunStatus,
  runStatuses,
  runStatusSchema,
  runTransitions,
} from "./run-status.js";
export { TrainingRunError } from "./training-run-error.js";
export { type TransitionRunOptions, transitionRun } from "./transition-run.js";
export { isLaunchInProgress } from "./with-launch-lock.js";
export { type WriteRunStateOptions, writeRunState } from "./write-run-state.js";
