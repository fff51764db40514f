export {
  type HubRepoType,
  type HubStandIn,
  type HubStandInCommit,
  type HubStandInFile,
  type HubStandInOptions,
  type HubStandInRepo,
  type HubStandInRequest,
  startHubStandIn,
} from "./hub-stand-in/index.js";
export { locateSharedData, type SharedData, sharedDir, sharedDirEnvironmentVariable } from "./shared-data.js";
export { filesUnder, waitFor } from "./wait-for.js";
