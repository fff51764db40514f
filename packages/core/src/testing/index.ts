export { locateSharedData, type SharedData, sharedDir, sharedDirEnvironmentVariable } from "./shared-data.js";
