import type { TrainJobSpecInput } from "../train-job-spec-schema.js";

/** A minimal valid spec input: the xLAM-1b recipe, local backend. */
export const baseSpecInput = {
  runId: "xlam-1b",
  baseModel: "deepseek-ai/deepseek-coder-1.3b-instruct",
  promptFormat: "xlam-v1",
  data: { sources: [{ path: "runs/finance" }] },
  method: { kind: "full" },
  backend: { kind: "local" },
} satisfies TrainJobSpecInput;
