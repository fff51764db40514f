export type {
  HubRepoType,
  HubStandIn,
  HubStandInCommit,
  HubStandInFile,
  HubStandInOptions,
  HubStandInRepo,
  HubStandInRequest,
} from "./hub-stand-in-types.js";
export { startHubStandIn } from "./start-hub-stand-in.js";
