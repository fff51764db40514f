export { acquireFileLock, type FileLock, type LockHeld, readLiveLockHolder } from "./acquire-file-lock.js";
export type { LockHolder } from "./lock-holder.js";
export { isProcessAlive, isProcessGroupAlive } from "./process-liveness.js";
