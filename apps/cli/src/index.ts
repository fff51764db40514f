export { createProgram, type RunIo, run } from "./run.js";
